#include "core/analytics/analytics.hpp"

#include <algorithm>
#include <limits>
#include <map>
#include <unordered_map>
#include <utility>

#include "core/base/text.hpp"
#include "core/base/time_iso.hpp"
#include "core/case/case_state.hpp"
#include "core/case/clocks.hpp"
#include "core/compensation/authority.hpp"  // business_day
#include "core/json/writer.hpp"
#include "core/model/lookup.hpp"
#include "core/privacy/anonymise.hpp"

namespace mend {
namespace {

// Counted for cases opened without a failure kind (only older books have them).
constexpr std::string_view kNoCategory = "(none)";

template <class Label>
std::vector<ParetoRow> pareto(const std::map<std::string, int>& counts, Label label_of) {
  std::vector<ParetoRow> rows;
  int total = 0;
  for (const auto& [name, n] : counts) {
    rows.push_back({name, label_of(name), n, 0, 0, {}});
    total += n;
  }
  std::sort(rows.begin(), rows.end(), [](const ParetoRow& a, const ParetoRow& b) {
    return a.count != b.count ? a.count > b.count : a.name < b.name;
  });
  int running = 0;
  for (ParetoRow& r : rows) {
    running += r.count;
    r.share = static_cast<double>(r.count) / total;
    r.cumulative = static_cast<double>(running) / total;
  }
  return rows;
}

TimeMs nearest_rank(const std::vector<TimeMs>& sorted, int percent) {
  if (sorted.empty()) return 0;
  std::size_t rank = (sorted.size() * static_cast<std::size_t>(percent) + 99) / 100;
  return sorted[std::max<std::size_t>(rank, 1) - 1];
}

void finish(DurationStats& d, std::vector<TimeMs>& durations) {
  std::sort(durations.begin(), durations.end());
  d.count = static_cast<int>(durations.size());
  d.median_ms = nearest_rank(durations, 50);
  d.p90_ms = nearest_rank(durations, 90);
  d.share_within = d.considered ? static_cast<double>(d.within_target) / d.considered : 0;
}

void track(DurationStats& d, std::vector<TimeMs>& durations, const Clock& clock) {
  ++d.considered;
  if (auto e = clock.elapsed()) {
    durations.push_back(*e);
    if (clock.met()) ++d.within_target;
  }
}

// The same customer across live and anonymised cases (privacy/anonymise.hpp).
std::string customer_key(const CustomerKeys& keys, const CaseState& s) {
  std::string k = keys.of(s.customer.contact);
  return k.empty() ? "case:" + s.case_id : k;  // without a contact, each case is its own customer
}

}  // namespace

Cents tier_value(const Settings& settings, const std::string& tier) {
  auto it = settings.tier_annual_value.find(tier);
  if (it != settings.tier_annual_value.end()) return it->second;
  if (tier == "low") return 20000;
  if (tier == "high") return 150000;
  if (tier == "top") return 400000;
  return 60000;
}

Analytics analyse_book(const Book& book, TimeMs from, TimeMs to) {
  Analytics a;
  a.from = from;
  a.to = to;
  a.currency = book.settings.currency;
  std::map<std::string, int> categories, causes;
  std::map<std::string, std::vector<std::string>> category_cases, cause_cases;
  std::vector<TimeMs> first, recovery;
  std::map<std::string, ItemCostValue> items;
  // Keyed by customer; hashed because a big book has as many customers as
  // cases, and nothing below depends on their iteration order.
  std::unordered_map<std::string, int> seen_before;  // cases opened earlier (whole book)
  std::unordered_map<std::string, RepeatCustomer> in_range;
  std::unordered_map<std::string, std::pair<Retention, std::string>> latest;  // (retention, tier)
  const CustomerKeys keys(book.settings);

  // Cases are sorted by id, which is time order, so "earlier" is "before in the list".
  for (const Case& c : book.cases) {
    if (!case_opened(c)) continue;
    const CaseState s = fold_case(c);
    const std::string key = customer_key(keys, s);
    const int before = seen_before[key]++;
    if (s.opened_at < from || s.opened_at >= to) continue;

    ++a.cases;
    ++(s.open ? a.open : a.closed);
    const std::string kind = s.category.empty() ? std::string(kNoCategory) : s.category;
    ++categories[kind];
    category_cases[kind].push_back(s.case_id);
    if (s.analysis) {
      ++causes[s.analysis->root_cause];
      cause_cases[s.analysis->root_cause].push_back(s.case_id);
    }
    if (before > 0) ++a.repeat_failures;
    RepeatCustomer& rc = in_range[key];
    // An anonymised case shows its pseudonym and no name, unless a live case
    // of the same customer names them.
    const std::string contact = normalise_contact(s.customer.contact);
    if (rc.contact.empty() || !is_pseudonym(contact)) rc.contact = contact;
    if (rc.name.empty() || !s.anonymised_at) rc.name = s.customer.name;
    ++rc.cases;
    rc.case_ids.push_back(s.case_id);

    const CaseClocks clocks = case_clocks(book, s, to);
    track(a.first_response, first, clocks.first_response);
    track(a.recovery, recovery, clocks.recovery);

    for (const GrantRecord& g : s.grants) {
      ++a.grants;
      if (g.reversed) {
        ++a.reversed_grants;
        continue;
      }
      ItemCostValue& iv = items[g.item_id];
      iv.item_id = g.item_id;
      ++iv.grants;
      iv.quantity += g.quantity;
      iv.cost += g.cost;
      iv.value += g.value;
      a.total_cost += g.cost;
      a.total_value += g.value;
      if (!g.approval_id.empty()) ++a.approved_grants;
    }

    if (!s.outcome) {
      ++a.outcomes.no_outcome;
      ++a.outcomes.unknown;
    } else {
      const Outcome& o = *s.outcome;
      ++(o.verdict == Verdict::Delighted   ? a.outcomes.delighted
         : o.verdict == Verdict::Satisfied ? a.outcomes.satisfied
                                           : a.outcomes.not_resolved);
      ++(o.retention == Retention::Retained ? a.outcomes.retained
         : o.retention == Retention::Lost   ? a.outcomes.lost
                                            : a.outcomes.unknown);
      // Kept: retained; with the setting, also satisfied or delighted with
      // retention not known.
      const bool pleased = o.verdict == Verdict::Satisfied || o.verdict == Verdict::Delighted;
      const Retention kept =
          o.retention == Retention::Unknown && book.settings.kept_counts_satisfied && pleased
              ? Retention::Retained
              : o.retention;
      latest[key] = {kept, s.customer.value_tier};
    }
  }

  const std::vector<Term>& kinds = book.settings.vocabulary.failure_kinds;
  a.categories = pareto(categories, [&kinds](const std::string& id) {
    return id == kNoCategory ? std::string(kNoCategory) : term_label(kinds, id);
  });
  a.root_causes = pareto(causes, readable_id);
  for (ParetoRow& r : a.categories) r.case_ids = std::move(category_cases[r.name]);
  for (ParetoRow& r : a.root_causes) r.case_ids = std::move(cause_cases[r.name]);
  finish(a.first_response, first);
  finish(a.recovery, recovery);
  a.first_response_times = std::move(first);
  a.recovery_times = std::move(recovery);
  a.first_response_target_ms = book.settings.first_response_seconds * kMsPerSecond;
  a.recovery_target_ms = book.settings.recovery_seconds * kMsPerSecond;
  a.kept_counts_satisfied = book.settings.kept_counts_satisfied;
  for (auto& [id, iv] : items) {
    for (const CatalogItem& ci : book.catalog) {
      if (ci.id == id) iv.name = ci.name;
    }
    a.items.push_back(iv);
  }
  std::sort(a.items.begin(), a.items.end(), [](const ItemCostValue& x, const ItemCostValue& y) {
    return x.cost != y.cost ? x.cost > y.cost : x.item_id < y.item_id;
  });
  for (auto& [key, rc] : in_range) {
    if (rc.cases >= 2) a.repeat_customers.push_back(rc);
  }
  std::sort(a.repeat_customers.begin(), a.repeat_customers.end(),
            [](const RepeatCustomer& x, const RepeatCustomer& y) {
              return x.cases != y.cases ? x.cases > y.cases : x.contact < y.contact;
            });
  for (const auto& [key, rt] : latest) {
    if (rt.first != Retention::Retained) continue;
    ++a.retained_customers;
    a.revenue_kept += tier_value(book.settings, rt.second);
  }
  return a;
}

TimeMs week_start(const Settings& settings, TimeMs now) {
  const std::int64_t day = business_day(settings, now);
  // 1970-01-01 was a Thursday: days since a Monday are (day + 3) mod 7.
  const std::int64_t monday = day - ((day % 7 + 7 + 3) % 7);
  return monday * kMsPerDay - settings.utc_offset_minutes * kMsPerMinute;
}

TimeMs month_start(const Settings& settings, TimeMs now) {
  const std::int64_t day = business_day(settings, now);
  std::int64_t y = 0;
  unsigned m = 0, d = 0;
  civil_from_days(day, y, m, d);
  return days_from_civil(y, m, 1) * kMsPerDay - settings.utc_offset_minutes * kMsPerMinute;
}

namespace {

void write_pareto(json::Writer& w, std::string_view key, const std::vector<ParetoRow>& rows) {
  w.objects(key, rows, [&w](const ParetoRow& r) {
    w.field("name", r.name);
    w.field("label", r.label);
    w.field("count", r.count);
    w.field("share", r.share);
    w.field("cumulative", r.cumulative);
  });
}

void write_duration(json::Writer& w, std::string_view key, const DurationStats& d) {
  w.object(key, [&] {
    w.field("count", d.count);
    w.field("median_ms", d.median_ms);
    w.field("p90_ms", d.p90_ms);
    w.field("considered", d.considered);
    w.field("within_target", d.within_target);
    w.field("share_within", d.share_within);
  });
}

}  // namespace

std::string analytics_to_json(const Analytics& a) {
  json::Writer w;
  w.raw().SetMaxDecimalPlaces(4);
  w.begin_object();
  // The range as ISO-8601 times; an open end (the whole book) as null.
  for (const auto& [key, t] : {std::pair{"from", a.from}, std::pair{"to", a.to}}) {
    w.key(key);
    if (t == std::numeric_limits<TimeMs>::min() || t == std::numeric_limits<TimeMs>::max())
      w.null();
    else
      w.string(format_iso(t));
  }
  w.field("currency", a.currency);
  w.field("cases", a.cases);
  w.field("open", a.open);
  w.field("closed", a.closed);
  write_pareto(w, "categories", a.categories);
  write_pareto(w, "root_causes", a.root_causes);
  write_duration(w, "first_response", a.first_response);
  write_duration(w, "recovery", a.recovery);
  w.object("compensation", [&] {
    w.field("grants", a.grants);
    w.field("reversed_grants", a.reversed_grants);
    w.field("total_cost", a.total_cost);
    w.field("total_value", a.total_value);
    w.objects("items", a.items, [&w](const ItemCostValue& i) {
      w.field("item_id", i.item_id);
      w.field("name", i.name);
      w.field("grants", i.grants);
      w.field("quantity", i.quantity);
      w.field("cost", i.cost);
      w.field("value", i.value);
    });
  });
  const OutcomeCounts& o = a.outcomes;
  w.object("outcomes", [&] {
    w.field("not_resolved", o.not_resolved);
    w.field("satisfied", o.satisfied);
    w.field("delighted", o.delighted);
    w.field("no_outcome", o.no_outcome);
    w.field("retained", o.retained);
    w.field("lost", o.lost);
    w.field("unknown", o.unknown);
  });
  w.object("repeat", [&] {
    w.field("repeat_failures", a.repeat_failures);
    w.objects("customers", a.repeat_customers, [&w](const RepeatCustomer& r) {
      w.field("contact", r.contact);
      w.field("name", r.name);
      w.field("cases", r.cases);
    });
  });
  w.field("retained_customers", a.retained_customers);
  w.field("revenue_kept", a.revenue_kept);
  w.end_object();
  return w.str();
}

}  // namespace mend
