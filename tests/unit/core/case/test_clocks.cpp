#include <doctest/doctest.h>

#include "core/base/ids.hpp"
#include "core/case/clocks.hpp"
#include "core/case/workflow.hpp"
#include "core/playbook/playbooks.hpp"

using namespace mend;

namespace {

constexpr TimeMs kT0 = 1767225600000;
constexpr TimeMs kSec = kMsPerSecond;
constexpr TimeMs kHour = kMsPerHour;
constexpr TimeMs kDay = kMsPerDay;

struct Clocked {
  Book book;
  SeededRandom rnd{31};
  std::string case_id;
  explicit Clocked(const std::string& playbook = "heard", std::string actor = "ann") {
    book.staff.push_back(Staff{"ann", "Ann", "staff", ""});
    case_id = new_id(kT0, rnd);
    Opened o;
    o.customer.name = "Ada";
    o.category = "delay";
    o.playbook_id = playbook;
    REQUIRE(append_event(book, Event{new_id(kT0, rnd), case_id, kT0, std::move(actor), o}).ok());
  }
  void add(TimeMs at, Payload p, std::string actor = "ann") {
    REQUIRE(append_event(book, Event{new_id(at, rnd), case_id, at, std::move(actor), std::move(p)})
                .ok());
  }
  CaseClocks clocks(TimeMs now) const { return case_clocks(book, book.cases.at(0), now); }
};

}  // namespace

TEST_CASE("clocks: defaults are 60 s, 24 h and 3 days from Settings") {
  Clocked c;
  CaseClocks k = c.clocks(kT0 + 30 * kSec);
  CHECK(k.first_response.due == kT0 + 60 * kSec);
  CHECK(k.first_response.remaining == 30 * kSec);
  CHECK(k.first_response.status == ClockStatus::Pending);
  CHECK(k.recovery.due == kT0 + kDay);
  CHECK(k.follow_up.due == kT0 + 3 * kDay);
  CHECK_FALSE(k.any_overdue());

  CaseClocks late = c.clocks(kT0 + 61 * kSec);
  CHECK(late.first_response.overdue());
  CHECK(late.first_response.missed());
  CHECK(late.first_response.remaining == -1 * kSec);
  CHECK(late.any_overdue());
}

TEST_CASE(
    "clocks: first response met by a staff step, missed when late, kiosk notes do not count") {
  Clocked c("heard", "kiosk");
  c.add(kT0 + 5 * kSec, Note{"typed at the kiosk"}, "kiosk");
  CHECK(c.clocks(kT0 + 10 * kSec).first_response.status == ClockStatus::Pending);
  c.add(kT0 + 45 * kSec, StepDone{"apologise", "", ""});
  CaseClocks k = c.clocks(kT0 + kHour);
  CHECK(k.first_response.met());
  CHECK(*k.first_response.elapsed() == 45 * kSec);

  Clocked slow;
  slow.add(kT0 + 90 * kSec, Note{"sorry for the wait"});
  CHECK(slow.clocks(kT0 + kHour).first_response.status == ClockStatus::Missed);
}

TEST_CASE("clocks: recovery stops at the first satisfied outcome; follow-up at the scheduled due") {
  Clocked c;
  c.add(kT0 + kHour, Outcome{Verdict::NotResolved, Retention::Unknown});
  CHECK(c.clocks(kT0 + 2 * kHour).recovery.status == ClockStatus::Pending);
  c.add(kT0 + 2 * kHour, Outcome{Verdict::Satisfied, Retention::Retained});
  CHECK(c.clocks(kT0 + 30 * kHour).recovery.met());

  c.add(kT0 + 3 * kHour, FollowUpScheduled{kT0 + 5 * kDay, "call back"});
  CaseClocks k = c.clocks(kT0 + 4 * kDay);
  CHECK(k.follow_up.due == kT0 + 5 * kDay);  // the scheduled due replaces the default
  CHECK(k.follow_up.status == ClockStatus::Pending);
  CHECK(c.clocks(kT0 + 6 * kDay).follow_up.overdue());
  c.add(kT0 + 6 * kDay, FollowUpDone{"all good"});
  CHECK(c.clocks(kT0 + 7 * kDay).follow_up.status == ClockStatus::Missed);
}

TEST_CASE("clocks: recovery missed when the satisfied outcome comes after 24 h") {
  Clocked c;
  c.add(kT0 + 25 * kHour, Outcome{Verdict::Delighted, Retention::Retained});
  CHECK(c.clocks(kT0 + 26 * kHour).recovery.status == ClockStatus::Missed);
}

TEST_CASE("clocks: a playbook can override the business targets") {
  Clocked plain;
  plain.book.settings.first_response_seconds = 120;
  CHECK(plain.clocks(kT0).first_response.due == kT0 + 120 * kSec);

  Book book;
  Playbook p;
  p.id = "fast";
  p.name = "Fast";
  p.first_response_seconds = 30;
  p.follow_up_seconds = kSecondsPerDay;
  p.steps.push_back(Step{"s", "S", "g", {"x"}, Record::Nothing, {}, true, 10});
  REQUIRE(create_playbook(book, p).ok());
  ClockTargets t = clock_targets(book.settings, latest_playbook(book, "fast"));
  CHECK(t.first_response_seconds == 30);
  CHECK(t.recovery_seconds == kDefaultRecoverySeconds);  // not overridden
  CHECK(t.follow_up_seconds == kSecondsPerDay);
}

TEST_CASE("clocks: closing a case stops its clocks as cancelled or missed") {
  Clocked c;
  c.add(kT0 + 10 * kSec, StepDone{"hear", "x", ""});
  c.add(kT0 + 20 * kSec, StepDone{"empathise", "", ""});
  c.add(kT0 + 30 * kSec, StepDone{"apologise", "", ""});
  c.add(kT0 + 40 * kSec, StepDone{"resolve", "fixed", ""});
  c.add(kT0 + 50 * kSec, StepDone{"diagnose", "stock", ""});
  c.add(kT0 + 2 * kDay, Closed{""});
  CaseClocks k = c.clocks(kT0 + 10 * kDay);
  CHECK(k.first_response.met());
  CHECK(k.recovery.status == ClockStatus::Missed);  // closed after 24 h without a satisfied outcome
  CHECK(k.follow_up.status == ClockStatus::Cancelled);  // closed before it was due
  CHECK_FALSE(k.any_overdue());
}

TEST_CASE("clocks: step targets give due times") {
  Clocked c;
  CaseState s = fold_case(c.book.cases.at(0));
  const Playbook* heard = latest_playbook(c.book, "heard");
  CHECK(*step_due(s, heard->steps[0]) == kT0 + heard->steps[0].target_seconds * kSec);
  Step none;
  CHECK_FALSE(step_due(s, none));
}

TEST_CASE("clocks: a reopen keeps met clocks met and restarts the ones the close cancelled") {
  Clocked c("three-step");
  c.add(kT0 + 30 * kSec, StepDone{"apologise", "", ""});
  c.add(kT0 + 40 * kSec, StepDone{"own", "", ""});
  c.add(kT0 + 50 * kSec, StepDone{"ask", "refund", ""});
  c.add(kT0 + kHour, Closed{"done"});
  CHECK(c.clocks(kT0 + 2 * kHour).recovery.status == ClockStatus::Cancelled);
  c.add(kT0 + 2 * kHour, Reopened{"not fixed"});
  const CaseClocks k = c.clocks(kT0 + 3 * kHour);
  CHECK(k.first_response.met());  // the first response happened; a reopen does not undo it
  CHECK(k.recovery.status == ClockStatus::Pending);  // runs again until the customer is satisfied
  CHECK(k.follow_up.status == ClockStatus::Pending);
  // The steps done again after the reopen do not move the first response.
  c.add(kT0 + 4 * kHour, StepDone{"apologise", "", ""});
  CHECK(*c.clocks(kT0 + 5 * kHour).first_response.stopped == kT0 + 30 * kSec);
}
