#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "core/analytics/analytics.hpp"
#include "core/base/ids.hpp"
#include "core/case/case_state.hpp"
#include "core/case/workflow.hpp"
#include "core/model/lookup.hpp"
#include "core/playbook/playbooks.hpp"
#include "core/sample/sample.hpp"

using namespace mend;

TEST_CASE("sample: same seed gives the identical book, another seed a different one") {
  const Book a = make_sample_book(200, 7);
  const Book b = make_sample_book(200, 7);
  const Book c = make_sample_book(200, 8);
  CHECK(a == b);
  CHECK_FALSE(a == c);
  CHECK(a.cases.size() == 200);
  CHECK(make_sample_book(0, 1).cases.empty());
  CHECK(make_sample_book(-5, 1).cases.empty());
}

TEST_CASE("sample: the setup is plausible") {
  const Book s = make_sample_setup();
  CHECK(s.catalog.size() >= 15);
  CHECK(s.roles.size() == 4);
  CHECK(std::any_of(s.roles.begin(), s.roles.end(), [](const Role& r) { return r.can_approve; }));
  CHECK_FALSE(s.settings.segment_budgets.empty());
  CHECK_FALSE(s.settings.tier_annual_value.empty());
  for (const Playbook& p : s.playbooks) CHECK(validate_playbook(p).ok());
  REQUIRE(find_playbook(s, "harbour-way", 2));
  CHECK(s.cases.empty());
}

TEST_CASE("sample: every event is accepted when replayed in time order through append_event") {
  const Book sample = make_sample_book(400, 99);
  std::vector<Event> all;
  for (const Case& c : sample.cases) all.insert(all.end(), c.events.begin(), c.events.end());
  std::sort(all.begin(), all.end(), [](const Event& x, const Event& y) { return x.id < y.id; });
  Book replay = make_sample_setup();
  int refused = 0;
  for (const Event& e : all) {
    Status st = append_event(replay, e);
    if (!st) {
      ++refused;
      CAPTURE(e.id);
      CAPTURE(st.error().message());
      CHECK(st.ok());
      if (refused > 5) break;
    }
  }
  CHECK(refused == 0);
  CHECK(replay == sample);
}

TEST_CASE("sample: the book has the variety the app needs") {
  const Book b = make_sample_book(600, 3);
  int open = 0, kiosk = 0, approvals = 0, reversals = 0, reopened = 0, repeat = 0, analysed = 0,
      followups = 0;
  std::vector<std::string> playbooks, categories;
  for (const Case& c : b.cases) {
    REQUIRE(is_valid_id(c.id));
    const CaseState s = fold_case(c);
    open += s.open;
    kiosk += s.channel == kKioskChannel;
    approvals += !s.approvals.empty();
    reversals += s.live_grant_count() < static_cast<int>(s.grants.size());
    reopened += s.reopen_count > 0;
    analysed += s.analysis.has_value();
    followups += !s.follow_ups.empty();
    playbooks.push_back(s.playbook_id);
    categories.push_back(s.category);
    CHECK(is_valid_reference(s.reference));
  }
  // Repeat customers, found through contact normalisation.
  for (std::size_t i = 0; i < b.cases.size(); i += 10)
    repeat += !prior_failures(b, b.cases.at(i)).empty();
  std::sort(playbooks.begin(), playbooks.end());
  playbooks.erase(std::unique(playbooks.begin(), playbooks.end()), playbooks.end());
  std::sort(categories.begin(), categories.end());
  categories.erase(std::unique(categories.begin(), categories.end()), categories.end());
  CHECK(open > 10);
  CHECK(open < 60);
  CHECK(kiosk > 20);
  CHECK(approvals > 0);
  CHECK(reversals > 0);
  CHECK(reopened > 0);
  CHECK(repeat > 0);
  CHECK(analysed > 100);
  CHECK(followups > 100);
  CHECK(playbooks.size() >= 10);
  CHECK(categories.size() == 9);

  const Analytics a = analyse_book(b, 0, INT64_MAX);
  CHECK(a.cases == 600);
  CHECK(a.repeat_failures > 0);
  CHECK(a.revenue_kept > 0);
  CHECK(a.total_value > a.total_cost);
  CHECK(a.first_response.share_within > 0.5);
}

TEST_CASE("sample: every kind, channel, segment and tier it uses is in its vocabulary") {
  const Book b = make_sample_book(2000, 11);
  const Vocabulary& words = b.settings.vocabulary;
  CHECK(words == default_vocabulary(Trade::HotelAndRestaurant));
  std::set<std::string> kinds, channels, segments, tiers;
  for (const Case& c : b.cases) {
    const Opened* o = case_opened(c);
    REQUIRE(o);
    kinds.insert(o->category);
    channels.insert(o->channel);
    segments.insert(o->customer.segment);
    tiers.insert(o->customer.value_tier);
  }
  const auto listed = [](const std::vector<Term>& terms, const std::set<std::string>& used) {
    for (const std::string& id : used) CHECK_MESSAGE(find_term(terms, id) != nullptr, id);
  };
  listed(words.failure_kinds, kinds);
  listed(words.channels, channels);
  listed(words.segments, segments);
  listed(words.value_tiers, tiers);
  CHECK(channels.count(std::string(kKioskChannel)) == 1);
  // The catalog speaks the same words.
  for (const CatalogItem& item : b.catalog) {
    listed(words.failure_kinds, {item.suits_categories.begin(), item.suits_categories.end()});
    listed(words.segments, {item.suits_segments.begin(), item.suits_segments.end()});
  }
}

TEST_CASE("sample: the app's sample ends just behind now, all of it in the past") {
  const TimeMs now = kSampleStart + 400 * kMsPerDay + 13 * kMsPerHour + 5 * kMsPerMinute;
  const Book sample = make_recent_sample_book(60, 2026, now);
  CHECK(sample == make_recent_sample_book(60, 2026, now + 20 * kMsPerMinute));  // same hour
  TimeMs latest_event = 0, latest_open = 0;
  int open = 0;
  for (const Case& c : sample.cases) {
    for (const Event& e : c.events) latest_event = std::max(latest_event, e.at);
    if (fold_case(c).open) {
      ++open;
      latest_open = std::max(latest_open, c.events.front().at);
    }
  }
  CHECK(latest_event == now - 5 * kMsPerMinute - 2 * kMsPerHour);
  REQUIRE(open > 0);
  CHECK(now - latest_open < kMsPerDay);  // the newest open case is hours old
  CHECK(make_recent_sample_book(20, 3, 0) == make_sample_book(20, 3));
}
