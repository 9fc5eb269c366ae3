#include <doctest/doctest.h>

#include "core/base/ids.hpp"
#include "core/case/case_state.hpp"

using namespace mend;

namespace {

constexpr TimeMs kT0 = 1767225600000;  // 2026-01-01T00:00:00Z

Event make_event(SeededRandom& r, const std::string& case_id, TimeMs at, std::string actor,
                 Payload p) {
  return Event{new_id(at, r), case_id, at, std::move(actor), std::move(p)};
}

Case make_case(SeededRandom& r, TimeMs at, std::string contact, std::string name = "Ada") {
  Opened o;
  o.customer.name = std::move(name);
  o.customer.contact = std::move(contact);
  o.category = "billing";
  o.playbook_id = "three-step";
  Case c;
  c.id = new_id(at, r);
  c.events.push_back(make_event(r, c.id, at, std::string(kKioskActor), o));
  return c;
}

}  // namespace

TEST_CASE("case_state: fold tracks intake, steps, grants, reversal, outcome, close and reopen") {
  SeededRandom r(5);
  Case c = make_case(r, kT0, "ada@example.com");
  auto add = [&](TimeMs at, std::string actor, Payload p) {
    c.events.push_back(make_event(r, c.id, at, std::move(actor), std::move(p)));
  };
  add(kT0 + 10000, std::string(kKioskActor),
      Note{"customer typed more"});  // kiosk notes are not a response
  add(kT0 + 30000, "ann", StepDone{"apologise", "", ""});
  add(kT0 + 40000, "ann", Granted{"dessert", 2, 800, 1600, ""});
  add(kT0 + 50000, "ann", Granted{"voucher", 1, 500, 1000, ""});
  const std::string grant_id = c.events.back().id;
  add(kT0 + kMsPerMinute, "ann", GrantReversed{grant_id, "customer declined"});
  add(kT0 + 70000, "ann", Outcome{Verdict::NotResolved, Retention::Unknown});
  add(kT0 + 80000, "ann", Outcome{Verdict::Delighted, Retention::Retained});
  add(kT0 + 90000, "ann", FollowUpScheduled{kT0 + 100000000, "call"});
  add(kT0 + 95000, "ann", FollowUpDone{"fine"});
  add(kT0 + 99000, "ann", Analysis{"understaffed", "extra shift"});
  add(kT0 + 100000, "ann", Closed{"done"});
  add(kT0 + 110000, "ann", Reopened{"came back"});
  add(kT0 + 120000, "ann", Closed{"done again"});

  CaseState s = fold_case(c);
  CHECK(s.customer.name == "Ada");
  CHECK(s.category == "billing");
  CHECK(s.opened_at == kT0);
  REQUIRE(s.first_response_at);
  CHECK(*s.first_response_at == kT0 + 30000);
  CHECK(s.step_done("apologise"));
  CHECK_FALSE(s.step_done("own"));
  REQUIRE(s.grants.size() == 2);
  CHECK(s.grants[1].reversed);
  CHECK(s.grants[1].reversal_reason == "customer declined");
  CHECK(s.live_grant_count() == 1);
  CHECK(s.total_cost == 800);
  CHECK(s.total_value == 1600);
  REQUIRE(s.recovered_at);
  CHECK(*s.recovered_at ==
        kT0 + 80000);  // the first satisfied/delighted outcome, not the first outcome
  CHECK(s.outcome->verdict == Verdict::Delighted);
  CHECK(s.follow_ups.size() == 1);
  CHECK(s.follow_ups[0].done);
  CHECK(*s.follow_up_done_at == kT0 + 95000);
  // What was said when it was done is kept, scheduled or not (closing the loop).
  REQUIRE(s.follow_up_notes.size() == 1);
  CHECK(s.follow_up_notes[0] == std::pair<TimeMs, std::string>{kT0 + 95000, "fine"});
  CHECK(s.analysis->root_cause == "understaffed");
  CHECK_FALSE(s.open);
  CHECK(s.reopen_count == 1);
  CHECK(*s.closed_at == kT0 + 120000);
  CHECK(s.last_event_at == kT0 + 120000);
}

TEST_CASE("case_state: prior failures are matched by normalised contact and time") {
  SeededRandom r(9);
  Book book;
  book.cases.add_case(make_case(r, kT0, "+44 20 7946 0018"));
  book.cases.add_case(make_case(r, kT0 + 1000, "bob@example.com", "Bob"));
  book.cases.add_case(make_case(r, kT0 + 2000, "+4420-7946-0018"));
  book.cases.add_case(make_case(r, kT0 + 3000, "+44 20 7946 0018"));

  auto prior = prior_failures(book, book.cases.at(3));
  REQUIRE(prior.size() == 2);
  CHECK(prior[0] == book.cases.id(0));
  CHECK(prior[1] == book.cases.id(2));
  CHECK(prior_failures(book, book.cases.at(0)).empty());
  CHECK(prior_failures(book, "BOB@example.com", kT0 + 5000).size() == 1);
  CHECK(prior_failures(book, "", kT0 + 5000).empty());
}
