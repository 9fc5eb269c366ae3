#include "core/compensation/recommend.hpp"

#include <algorithm>

#include "core/base/money.hpp"
#include "core/case/case_state.hpp"

namespace mend {
namespace {

bool contains(const std::vector<std::string>& v, const std::string& s) {
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

}  // namespace

std::vector<Recommendation> recommend(const Book& book, const Case& c, const std::string& actor,
                                      TimeMs now) {
  const CaseState s = fold_case(c);
  const Ledger ledger = Ledger::from_book(book);
  const bool repeat = prior_failures(book, c).size() > 0;

  // "Generous" means at or above the median value of the active catalog.
  std::vector<Cents> values;
  for (const CatalogItem& item : book.catalog) {
    if (item.active) values.push_back(item.value);
  }
  std::sort(values.begin(), values.end());
  const Cents generous = values.empty() ? 0 : values[values.size() / 2];

  std::vector<Recommendation> out;
  for (const CatalogItem& item : book.catalog) {
    if (!item.active) continue;
    Recommendation r;
    r.item_id = item.id;
    r.name = item.name;
    r.cost = item.cost;
    r.value = item.value;

    std::vector<std::string> matched;
    for (const std::string& tag : item.tags) {
      if (contains(s.customer.cares_about, tag)) matched.push_back(tag);
    }
    if (!matched.empty()) {
      r.score += 30 * static_cast<int>(matched.size());
      r.reasons.push_back("matches what the customer cares about: " + join(matched));
    }

    if (item.suits_categories.empty()) {
      r.score += 5;
      r.reasons.push_back("suits any kind of failure");
    } else if (contains(item.suits_categories, s.category)) {
      r.score += 25;
      r.reasons.push_back("suits " + s.category + " failures");
    } else {
      r.score -= 20;
      r.reasons.push_back("meant for other failures (" + join(item.suits_categories) + ")");
    }

    if (!item.suits_segments.empty() && !s.customer.segment.empty()) {
      if (contains(item.suits_segments, s.customer.segment)) {
        r.score += 15;
        r.reasons.push_back("suits " + s.customer.segment + " customers");
      } else {
        r.score -= 15;
        r.reasons.push_back("meant for other segments (" + join(item.suits_segments) + ")");
      }
    }

    if (item.cost <= 0) {
      r.score += 30;
      r.reasons.push_back("costs the business nothing");
    } else if (item.value > 0) {
      const Cents tenths = std::min<Cents>(ratio_tenths(item.value, item.cost), 30);
      r.score += static_cast<int>(tenths);
      r.reasons.push_back("worth " + format_cents(item.value) + " to the customer for " +
                          format_cents(item.cost) + " (" + ratio_text(item.value, item.cost) +
                          "x)");
    }

    if (item.value >= generous && (s.severity >= 4 || repeat)) {
      r.score += 10;
      r.reasons.push_back(repeat ? "a generous gesture for a repeat failure"
                                 : "a generous gesture for a severe failure");
    }

    for (const GrantRecord& g : s.grants) {
      if (!g.reversed && g.item_id == item.id) {
        r.score -= 20;
        r.reasons.push_back("already given in this case");
        break;
      }
    }

    const AuthorityCheck check = check_grant(book, ledger, s, actor, item, 1, now);
    r.authority = check.verdict;
    if (check.within()) {
      r.score += 20;
      r.reasons.push_back("within your authority");
    } else if (check.needs_approval()) {
      r.score -= 10;
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

}  // namespace mend
