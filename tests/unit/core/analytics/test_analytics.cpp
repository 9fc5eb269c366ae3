#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include <limits>

#include "core/analytics/analytics.hpp"
#include "core/base/ids.hpp"
#include "core/case/workflow.hpp"

using namespace mend;

namespace {

constexpr TimeMs kT0 = 1767225600000;
constexpr TimeMs kSec = kMsPerSecond;
constexpr TimeMs kHour = kMsPerHour;
constexpr TimeMs kDay = kMsPerDay;

struct Books {
  Book book;
  SeededRandom rnd{51};
  Books() {
    book.settings.tier_annual_value["high"] = 100000;
    book.roles.push_back(Role{"staff", "Staff", 100000, 1000000, false});
    book.staff.push_back(Staff{"ann", "Ann", "staff", ""});
    book.catalog.push_back(
        CatalogItem{"dessert", "Free dessert", "gesture", 300, 800, {}, {}, {}, {}, {}, true});
    book.catalog.push_back(
        CatalogItem{"voucher", "Voucher", "voucher", 500, 1500, {}, {}, {}, {}, {}, true});
  }
  std::string open(TimeMs at, std::string category, std::string contact, std::string tier) {
    std::string id = new_id(at, rnd);
    Opened o;
    o.customer.name = "N";
    o.customer.contact = std::move(contact);
    o.customer.value_tier = std::move(tier);
    o.category = std::move(category);
    o.playbook_id = "heard";
    REQUIRE(append_event(book, Event{new_id(at, rnd), id, at, "kiosk", o}).ok());
    return id;
  }
  std::string add(const std::string& c, TimeMs at, Payload p) {
    Event e{new_id(at, rnd), c, at, "ann", std::move(p)};
    std::string id = e.id;
    REQUIRE(append_event(book, std::move(e)).ok());
    return id;
  }
};

Books small_book() {
  Books b;
  auto f = b.open(kT0 - kDay, "billing", "z@z.com", "low");  // before the range
  (void)f;
  auto a = b.open(kT0, "delay", "x@y.com", "high");
  b.add(a, kT0 + 30 * kSec, Note{"on it"});
  b.add(a, kT0 + 40 * kSec, Granted{"dessert", 2, 600, 1600, ""});
  b.add(a, kT0 + 2 * kHour, Outcome{Verdict::Satisfied, Retention::Retained});
  b.add(a, kT0 + 3 * kHour, Analysis{"understaffed", "extra shift"});

  auto bb = b.open(kT0 + kDay, "delay", " X@Y.com", "high");
  b.add(bb, kT0 + kDay + 120 * kSec, Note{"sorry"});
  b.add(bb, kT0 + kDay + kHour, Granted{"voucher", 1, 500, 1500, ""});
  b.add(bb, kT0 + kDay + 30 * kHour, Outcome{Verdict::Delighted, Retention::Retained});
  b.add(bb, kT0 + kDay + 31 * kHour, Analysis{"understaffed", "hire"});

  auto c = b.open(kT0 + 2 * kDay, "billing", "z@z.com", "low");
  b.add(c, kT0 + 2 * kDay + 10 * kSec, Note{"checking"});
  auto g = b.add(c, kT0 + 2 * kDay + 20 * kSec, Granted{"voucher", 1, 500, 1500, ""});
  b.add(c, kT0 + 2 * kDay + 30 * kSec, GrantReversed{g, "wrong customer"});
  b.add(c, kT0 + 2 * kDay + kHour, Outcome{Verdict::NotResolved, Retention::Lost});
  b.add(c, kT0 + 2 * kDay + 2 * kHour, Analysis{"supplier", "new supplier"});

  b.open(kT0 + 3 * kDay, "rude", "", "medium");
  b.open(kT0 + 10 * kDay, "delay", "x@y.com", "high");  // after the range
  return b;
}

}  // namespace

TEST_CASE("analytics: numbers on a small hand-built book") {
  Books b = small_book();
  Analytics a = analyse_book(b.book, kT0, kT0 + 5 * kDay);
  CHECK(a.cases == 4);
  CHECK(a.open == 4);

  REQUIRE(a.categories.size() == 3);
  CHECK(a.categories[0].name == "delay");
  CHECK(a.categories[0].label == "Long delay");  // the book's vocabulary
  CHECK(a.categories[0].count == 2);
  CHECK(a.categories[0].share == doctest::Approx(0.5));
  CHECK(a.categories[1].name == "billing");  // tie with "rude", broken by name
  CHECK(a.categories[1].cumulative == doctest::Approx(0.75));
  CHECK(a.categories[2].name == "rude");
  CHECK(a.categories[2].label == "Rude");  // not in the vocabulary: the id made readable
  CHECK(a.categories[2].cumulative == doctest::Approx(1.0));

  REQUIRE(a.root_causes.size() == 2);
  CHECK(a.root_causes[0].name == "understaffed");
  CHECK(a.root_causes[0].label == "Understaffed");
  CHECK(a.root_causes[0].share == doctest::Approx(2.0 / 3));
  CHECK(a.root_causes[1].name == "supplier");

  CHECK(a.first_response.count == 3);
  CHECK(a.first_response.median_ms == 30 * kSec);
  CHECK(a.first_response.p90_ms == 120 * kSec);
  CHECK(a.first_response.considered == 4);
  CHECK(a.first_response.within_target == 2);
  CHECK(a.first_response.share_within == doctest::Approx(0.5));

  CHECK(a.recovery.count == 2);
  CHECK(a.recovery.median_ms == 2 * kHour);
  CHECK(a.recovery.p90_ms == 30 * kHour);
  CHECK(a.recovery.share_within == doctest::Approx(0.25));

  REQUIRE(a.items.size() == 2);
  CHECK(a.items[0].item_id == "dessert");
  CHECK(a.items[0].name == "Free dessert");
  CHECK(a.items[0].quantity == 2);
  CHECK(a.items[0].cost == 600);
  CHECK(a.items[0].value == 1600);
  CHECK(a.items[1].item_id == "voucher");
  CHECK(a.items[1].grants == 1);  // the reversed one is not counted
  CHECK(a.total_cost == 1100);
  CHECK(a.total_value == 3100);
  CHECK(a.grants == 3);
  CHECK(a.reversed_grants == 1);

  CHECK(a.outcomes.not_resolved == 1);
  CHECK(a.outcomes.satisfied == 1);
  CHECK(a.outcomes.delighted == 1);
  CHECK(a.outcomes.no_outcome == 1);
  CHECK(a.outcomes.retained == 2);
  CHECK(a.outcomes.lost == 1);
  CHECK(a.outcomes.unknown == 1);

  CHECK(a.repeat_failures == 2);  // x@y's second case, and z@z's case after one before the range
  REQUIRE(a.repeat_customers.size() == 1);
  CHECK(a.repeat_customers[0].contact == "x@y.com");
  CHECK(a.repeat_customers[0].cases == 2);

  CHECK(a.retained_customers == 1);  // x@y retained twice counts once
  CHECK(a.revenue_kept == 100000);
}

TEST_CASE("analytics: failure kinds are labelled in the book's own words") {
  Books b = small_book();
  b.book.settings.vocabulary.failure_kinds = {Term{"delay", "Kept waiting", false},
                                              Term{"billing", "", false}};
  Analytics a = analyse_book(b.book, kT0, kT0 + 5 * kDay);
  REQUIRE(a.categories.size() == 3);
  CHECK(a.categories[0].label == "Kept waiting");
  CHECK(a.categories[1].label == "Billing");  // listed without a label
  CHECK(a.categories[2].label == "Rude");
}

TEST_CASE("analytics: tier values default sensibly") {
  Settings s;
  CHECK(tier_value(s, "low") == 20000);
  CHECK(tier_value(s, "top") == 400000);
  CHECK(tier_value(s, "") == 60000);
  s.tier_annual_value["low"] = 5;
  CHECK(tier_value(s, "low") == 5);
}

TEST_CASE("analytics: an empty range gives zeros") {
  Books b = small_book();
  Analytics a = analyse_book(b.book, kT0 + 100 * kDay, kT0 + 101 * kDay);
  CHECK(a.cases == 0);
  CHECK(a.categories.empty());
  CHECK(a.first_response.median_ms == 0);
  CHECK(a.first_response.share_within == 0);
  CHECK(analytics_to_json(a).find("\"cases\":0") != std::string::npos);
}

TEST_CASE("analytics: JSON is valid, compact and deterministic") {
  Books b = small_book();
  Analytics a = analyse_book(b.book, kT0, kT0 + 5 * kDay);
  const std::string json = analytics_to_json(a);
  CHECK(json == analytics_to_json(analyse_book(b.book, kT0, kT0 + 5 * kDay)));
  CHECK(json.find('\n') == std::string::npos);
  CHECK(json.find(
            R"({"name":"delay","label":"Long delay","count":2,"share":0.5,"cumulative":0.5})") !=
        std::string::npos);
  CHECK(json.find("\"share\":0.6666") != std::string::npos);
  rapidjson::Document d;
  d.Parse(json.c_str(), json.size());
  REQUIRE_FALSE(d.HasParseError());
  CHECK(d["cases"].GetInt() == 4);
  CHECK(d["revenue_kept"].GetInt64() == 100000);
  CHECK(d["compensation"]["total_cost"].GetInt64() == 1100);
  CHECK(d["repeat"]["customers"][0]["contact"] == "x@y.com");
}

TEST_CASE("analytics: the JSON range is ISO-8601, an open end is null") {
  Book book;
  const auto all = analytics_to_json(
      analyse_book(book, std::numeric_limits<TimeMs>::min(), std::numeric_limits<TimeMs>::max()));
  CHECK(all.rfind(R"({"from":null,"to":null,)", 0) == 0);
  const auto range = analytics_to_json(analyse_book(book, kT0, kT0 + kDay));
  CHECK(range.rfind(R"({"from":"2026-01-01T00:00:00.000Z","to":"2026-01-02T00:00:00.000Z",)", 0) ==
        0);
}

TEST_CASE("analytics: what the dashboard draws: the cases behind each bar, durations, approvals") {
  Books b = small_book();
  Analytics a = analyse_book(b.book, kT0, kT0 + 5 * kDay);
  // Each bar knows its cases, as many as it counts, oldest first.
  for (const auto* rows : {&a.categories, &a.root_causes})
    for (const ParetoRow& r : *rows) CHECK(r.case_ids.size() == static_cast<std::size_t>(r.count));
  CHECK(a.categories[0].case_ids[0] < a.categories[0].case_ids[1]);
  REQUIRE(a.repeat_customers.size() == 1);
  CHECK(a.repeat_customers[0].case_ids.size() == 2);
  // The histograms' durations, sorted, and the targets they are judged by.
  CHECK(a.first_response_times == std::vector<TimeMs>{10 * kSec, 30 * kSec, 120 * kSec});
  CHECK(a.recovery_times == std::vector<TimeMs>{2 * kHour, 30 * kHour});
  CHECK(a.first_response_target_ms == b.book.settings.first_response_seconds * kSec);
  CHECK(a.recovery_target_ms == b.book.settings.recovery_seconds * kSec);
  CHECK(a.approved_grants == 0);
}

TEST_CASE("analytics: revenue kept can count satisfied customers whose retention is unknown") {
  Books b;
  auto a = b.open(kT0, "delay", "p@q.com", "high");
  b.add(a, kT0 + kHour, Outcome{Verdict::Delighted, Retention::Unknown});
  auto c = b.open(kT0 + kHour, "delay", "r@s.com", "high");
  b.add(c, kT0 + 2 * kHour, Outcome{Verdict::NotResolved, Retention::Unknown});
  CHECK(analyse_book(b.book, kT0, kT0 + kDay).revenue_kept == 0);
  b.book.settings.kept_counts_satisfied = true;
  const Analytics counted = analyse_book(b.book, kT0, kT0 + kDay);
  CHECK(counted.retained_customers == 1);  // the delighted one, not the unresolved one
  CHECK(counted.revenue_kept == 100000);
  CHECK(counted.kept_counts_satisfied);
}

TEST_CASE("analytics: the business's week starts on Monday and its month on the 1st, in its day") {
  Settings utc;
  const TimeMs wednesday = 1795600800000;               // 2026-11-25T10:00:00Z, a Wednesday
  CHECK(week_start(utc, wednesday) == 1795392000000);   // Monday 2026-11-23T00:00Z
  CHECK(month_start(utc, wednesday) == 1793491200000);  // 2026-11-01T00:00Z
  Settings tokyo;
  tokyo.utc_offset_minutes = 9 * 60;
  // Sunday 2026-11-22T20:00Z is already Monday 05:00 in Tokyo: its week starts that day.
  const TimeMs sunday_evening = 1795377600000;
  CHECK(week_start(tokyo, sunday_evening) == 1795392000000 - 9 * kHour);
  CHECK(week_start(utc, sunday_evening) == 1795392000000 - 7 * kDay);
}
