// The owner's dashboard: what keeps failing, how fast we recover, what it
// costs and what it earns. Computed from the events; nothing is stored.
#pragma once
#include <string>
#include <vector>

#include "core/model/model.hpp"

namespace mend {

struct ParetoRow {
  std::string name;   // the id counted: a failure kind, a root cause
  std::string label;  // what the owner reads: the vocabulary's label, or the id made readable
  int count = 0;
  double share = 0;                   // of all rows' counts
  double cumulative = 0;              // running share, rows sorted by count desc then name
  std::vector<std::string> case_ids;  // the cases counted, oldest first (a dashboard lists them)
};

// Durations use the nearest-rank percentile: the median of 4 values is the
// 2nd, the p90 of 10 values is the 9th.
struct DurationStats {
  int count = 0;         // cases where the clock stopped
  TimeMs median_ms = 0;  // 0 when count == 0
  TimeMs p90_ms = 0;
  int considered = 0;       // every case in the range
  int within_target = 0;    // stopped no later than the case's target
  double share_within = 0;  // within_target / considered; a clock never stopped counts as missed
};

struct ItemCostValue {
  std::string item_id;
  std::string name;
  int grants = 0;
  int quantity = 0;
  Cents cost = 0;  // live grants only
  Cents value = 0;
};

struct OutcomeCounts {
  int not_resolved = 0, satisfied = 0, delighted = 0, no_outcome = 0;  // latest verdict per case
  int retained = 0, lost = 0, unknown = 0;
};

struct RepeatCustomer {
  std::string contact;  // normalised
  std::string name;
  int cases = 0;                      // in the range
  std::vector<std::string> case_ids;  // those cases, oldest first
};

struct Analytics {
  TimeMs from = 0, to = 0;
  std::string currency;
  int cases = 0, open = 0, closed = 0;
  std::vector<ParetoRow> categories;   // labelled from Settings::vocabulary.failure_kinds
  std::vector<ParetoRow> root_causes;  // cases with an analysis only; causes are free text
  DurationStats first_response, recovery;
  std::vector<ItemCostValue> items;  // by cost desc, then id
  int grants = 0, reversed_grants = 0;
  Cents total_cost = 0, total_value = 0;
  OutcomeCounts outcomes;
  std::vector<RepeatCustomer>
      repeat_customers;        // 2+ cases in the range; by cases desc, then contact
  int repeat_failures = 0;     // cases whose customer had an earlier case anywhere in the book
  int retained_customers = 0;  // distinct customers whose latest outcome in the range is Retained
  Cents revenue_kept = 0;      // retained customers x yearly value of their tier
  // For the dashboard's charts: every stopped clock's duration (sorted), the
  // business's targets they are judged by, and the live grants a manager approved.
  std::vector<TimeMs> first_response_times, recovery_times;
  TimeMs first_response_target_ms = 0, recovery_target_ms = 0;
  int approved_grants = 0;             // live grants over the actor's authority, with an approval
  bool kept_counts_satisfied = false;  // the setting revenue_kept was counted with
};

// The start of the business's current week (Monday 00:00) and month (the
// 1st, 00:00) at `now`, in the business's day (Settings::utc_offset_minutes).
TimeMs week_start(const Settings& settings, TimeMs now);
TimeMs month_start(const Settings& settings, TimeMs now);

// Yearly value of a customer of this tier: Settings::tier_annual_value, else
// low 200.00, medium 600.00, high 1500.00, top 4000.00, unknown as medium.
Cents tier_value(const Settings& settings, const std::string& tier);

// Cases opened in [from, to).
Analytics analyse_book(const Book& book, TimeMs from, TimeMs to);

// Compact, deterministic JSON; shares keep at most 4 decimals (RapidJSON
// truncates: 2/3 -> 0.6666).
std::string analytics_to_json(const Analytics& a);

}  // namespace mend
