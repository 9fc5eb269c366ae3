#include "core/analytics/analytics.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <limits>
#include <map>
#include <unordered_map>
#include <utility>

#include "core/base/time_iso.hpp"
#include "core/case/case_state.hpp"
#include "core/case/clocks.hpp"

namespace mend {
namespace {

std::vector<ParetoRow> pareto(const std::map<std::string, int>& counts) {
  std::vector<ParetoRow> rows;
  int total = 0;
  for (const auto& [name, n] : counts) {
    rows.push_back({name, n, 0, 0});
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

std::string customer_key(const CaseState& s) {
  std::string k = normalise_contact(s.customer.contact);
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
  std::vector<TimeMs> first, recovery;
  std::map<std::string, ItemCostValue> items;
  // Keyed by customer; hashed because a big book has as many customers as
  // cases, and nothing below depends on their iteration order.
  std::unordered_map<std::string, int> seen_before;  // cases opened earlier (whole book)
  std::unordered_map<std::string, RepeatCustomer> in_range;
  std::unordered_map<std::string, std::pair<Retention, std::string>> latest;  // (retention, tier)

  // Cases are sorted by id, which is time order, so "earlier" is "before in the list".
  for (const Case& c : book.cases) {
    if (!case_opened(c)) continue;
    const CaseState s = fold_case(c);
    const std::string key = customer_key(s);
    const int before = seen_before[key]++;
    if (s.opened_at < from || s.opened_at >= to) continue;

    ++a.cases;
    ++(s.open ? a.open : a.closed);
    ++categories[s.category.empty() ? "(none)" : s.category];
    if (s.analysis) ++causes[s.analysis->root_cause];
    if (before > 0) ++a.repeat_failures;
    RepeatCustomer& rc = in_range[key];
    rc.contact = normalise_contact(s.customer.contact);
    rc.name = s.customer.name;
    ++rc.cases;

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
      latest[key] = {o.retention, s.customer.value_tier};
    }
  }

  a.categories = pareto(categories);
  a.root_causes = pareto(causes);
  finish(a.first_response, first);
  finish(a.recovery, recovery);
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

namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void write_pareto(JsonWriter& w, const char* key, const std::vector<ParetoRow>& rows) {
  w.Key(key);
  w.StartArray();
  for (const ParetoRow& r : rows) {
    w.StartObject();
    w.Key("name");
    w.String(r.name);
    w.Key("count");
    w.Int(r.count);
    w.Key("share");
    w.Double(r.share);
    w.Key("cumulative");
    w.Double(r.cumulative);
    w.EndObject();
  }
  w.EndArray();
}

void write_duration(JsonWriter& w, const char* key, const DurationStats& d) {
  w.Key(key);
  w.StartObject();
  w.Key("count");
  w.Int(d.count);
  w.Key("median_ms");
  w.Int64(d.median_ms);
  w.Key("p90_ms");
  w.Int64(d.p90_ms);
  w.Key("considered");
  w.Int(d.considered);
  w.Key("within_target");
  w.Int(d.within_target);
  w.Key("share_within");
  w.Double(d.share_within);
  w.EndObject();
}

void kv(JsonWriter& w, const char* key, std::int64_t v) {
  w.Key(key);
  w.Int64(v);
}

}  // namespace

std::string analytics_to_json(const Analytics& a) {
  rapidjson::StringBuffer buf;
  JsonWriter w(buf);
  w.SetMaxDecimalPlaces(4);
  w.StartObject();
  // The range as ISO-8601 times; an open end (the whole book) as null.
  for (const auto& [key, t] : {std::pair{"from", a.from}, std::pair{"to", a.to}}) {
    w.Key(key);
    if (t == std::numeric_limits<TimeMs>::min() || t == std::numeric_limits<TimeMs>::max())
      w.Null();
    else
      w.String(format_iso(t));
  }
  w.Key("currency");
  w.String(a.currency);
  kv(w, "cases", a.cases);
  kv(w, "open", a.open);
  kv(w, "closed", a.closed);
  write_pareto(w, "categories", a.categories);
  write_pareto(w, "root_causes", a.root_causes);
  write_duration(w, "first_response", a.first_response);
  write_duration(w, "recovery", a.recovery);
  w.Key("compensation");
  w.StartObject();
  kv(w, "grants", a.grants);
  kv(w, "reversed_grants", a.reversed_grants);
  kv(w, "total_cost", a.total_cost);
  kv(w, "total_value", a.total_value);
  w.Key("items");
  w.StartArray();
  for (const ItemCostValue& i : a.items) {
    w.StartObject();
    w.Key("item_id");
    w.String(i.item_id);
    w.Key("name");
    w.String(i.name);
    kv(w, "grants", i.grants);
    kv(w, "quantity", i.quantity);
    kv(w, "cost", i.cost);
    kv(w, "value", i.value);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  w.Key("outcomes");
  w.StartObject();
  kv(w, "not_resolved", a.outcomes.not_resolved);
  kv(w, "satisfied", a.outcomes.satisfied);
  kv(w, "delighted", a.outcomes.delighted);
  kv(w, "no_outcome", a.outcomes.no_outcome);
  kv(w, "retained", a.outcomes.retained);
  kv(w, "lost", a.outcomes.lost);
  kv(w, "unknown", a.outcomes.unknown);
  w.EndObject();
  w.Key("repeat");
  w.StartObject();
  kv(w, "repeat_failures", a.repeat_failures);
  w.Key("customers");
  w.StartArray();
  for (const RepeatCustomer& r : a.repeat_customers) {
    w.StartObject();
    w.Key("contact");
    w.String(r.contact);
    w.Key("name");
    w.String(r.name);
    kv(w, "cases", r.cases);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  kv(w, "retained_customers", a.retained_customers);
  kv(w, "revenue_kept", a.revenue_kept);
  w.EndObject();
  return std::string(buf.GetString(), buf.GetSize());
}

}  // namespace mend
