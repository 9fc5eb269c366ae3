#include "core/compensation/recommend.hpp"

#include <algorithm>
#include <cstddef>

#include "core/base/money.hpp"

namespace mend {
namespace {

constexpr const RecommendWeights& kW = kRecommendWeights;

bool contains(const std::vector<std::string>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

std::string join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : ", ") + s;
  return out;
}

// Value-to-cost in tenths, in integers so every platform ranks identically;
// split so huge values cannot overflow.
Cents ratio_tenths(Cents value, Cents cost) {
  const Cents whole = value / cost;
  if (whole > 1000000) return 10000000;
  const Cents rest = value % cost;
  const Cents rest_tenths = cost < 100'000'000'000'000 ? rest * 10 / cost : rest / (cost / 10);
  return whole * 10 + rest_tenths;
}

std::string ratio_text(Cents value, Cents cost) {
  const Cents tenths = ratio_tenths(value, cost);
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10);
}

// Adds points, and the reason when reasons are wanted; `why` is only called then.
struct Tally {
  std::vector<std::string>* reasons = nullptr;
  int score = 0;
  template <class Why>
  void add(int points, Why why) {
    score += points;
    if (reasons) reasons->push_back(why());
  }
};

}  // namespace

Cents generous_value(const std::vector<CatalogItem>& catalog) {
  std::vector<Cents> values;
  for (const CatalogItem& item : catalog)
    if (item.active) values.push_back(item.value);
  if (values.empty()) return 0;
  const auto median = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
  std::nth_element(values.begin(), median, values.end());
  return *median;
}

int score_item(const CatalogItem& item, const ItemFit& fit, std::vector<std::string>* reasons) {
  Tally t{reasons};
  const Customer& customer = fit.customer;

  int tags = 0;
  for (const std::string& tag : item.tags) tags += contains(customer.cares_about, tag) ? 1 : 0;
  if (tags > 0) {
    t.add(kW.per_matching_tag * tags, [&] {
      std::vector<std::string> matched;
      for (const std::string& tag : item.tags)
        if (contains(customer.cares_about, tag)) matched.push_back(tag);
      return "matches what the customer cares about: " + join(matched);
    });
  }

  if (item.suits_categories.empty()) {
    t.add(kW.suits_any_failure, [] { return std::string("suits any kind of failure"); });
  } else if (contains(item.suits_categories, fit.failure_kind)) {
    t.add(kW.suits_failure, [&] { return "suits " + std::string(fit.failure_kind) + " failures"; });
  } else {
    t.add(kW.meant_for_other_failures,
          [&] { return "meant for other failures (" + join(item.suits_categories) + ")"; });
  }

  if (!item.suits_segments.empty() && !customer.segment.empty()) {
    if (contains(item.suits_segments, customer.segment)) {
      t.add(kW.suits_segment, [&] { return "suits " + customer.segment + " customers"; });
    } else {
      t.add(kW.meant_for_other_segments,
            [&] { return "meant for other segments (" + join(item.suits_segments) + ")"; });
    }
  }

  if (item.cost <= 0) {
    t.add(kW.value_ratio_cap, [] { return std::string("costs the business nothing"); });
  } else if (item.value > 0) {
    const Cents tenths = std::min<Cents>(
        ratio_tenths(item.value, item.cost) * kW.per_unit_of_value_ratio / 10, kW.value_ratio_cap);
    t.add(static_cast<int>(tenths), [&] {
      return "worth " + format_cents(item.value) + " to the customer for " +
             format_cents(item.cost) + " (" + ratio_text(item.value, item.cost) + "x)";
    });
  }

  if (item.value >= fit.generous_value && (fit.severity >= kW.severe_from || fit.repeat_failure)) {
    t.add(kW.generous_when_deserved, [&] {
      return std::string(fit.repeat_failure ? "a generous gesture for a repeat failure"
                                            : "a generous gesture for a severe failure");
    });
  }
  return t.score;
}

std::vector<Recommendation> recommend(const Book& book, const Ledger& ledger,
                                      const CaseState& state, bool repeat_failure,
                                      const std::string& actor, TimeMs now) {
  const ItemFit fit{state.customer, state.category, state.severity, repeat_failure,
                    generous_value(book.catalog)};
  std::vector<Recommendation> out;
  for (const CatalogItem& item : book.catalog) {
    if (!item.active) continue;
    Recommendation r;
    r.item_id = item.id;
    r.name = item.name;
    r.cost = item.cost;
    r.value = item.value;
    r.score = score_item(item, fit, &r.reasons);

    for (const GrantRecord& g : state.grants) {
      if (!g.reversed && g.item_id == item.id) {
        r.score += kW.already_granted;
        r.reasons.push_back("already given in this case");
        break;
      }
    }
    r.fit_reasons = r.reasons.size();

    const AuthorityCheck check = check_grant(book, ledger, state, actor, item, 1, now);
    r.authority = check.verdict;
    if (check.within()) {
      r.score += kW.within_authority;
      r.reasons.push_back("within your authority");
    } else if (check.needs_approval()) {
      r.score += kW.needs_approval;
      r.reasons.push_back("needs approval: " + join(check.reasons));
    } else {
      r.available = false;
      r.reasons.push_back("cannot be granted: " + join(check.reasons));
    }
    if (check.stock_left && r.available)
      r.reasons.push_back(std::to_string(*check.stock_left) + " in stock");
    out.push_back(std::move(r));
  }
  std::sort(out.begin(), out.end(), [](const Recommendation& a, const Recommendation& b) {
    if (a.available != b.available) return a.available;
    if (a.score != b.score) return a.score > b.score;
    return a.item_id < b.item_id;
  });
  return out;
}

std::vector<Recommendation> recommend(const Book& book, const Case& c, const std::string& actor,
                                      TimeMs now) {
  return recommend(book, Ledger::from_book(book), fold_case(c), !prior_failures(book, c).empty(),
                   actor, now);
}

}  // namespace mend
