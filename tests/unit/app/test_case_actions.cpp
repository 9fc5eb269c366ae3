// The case screen's requests: steps, refusals next to their control, close
// only with an outcome, reopen, follow-ups and causes in the derived lists,
// and the customer's other cases kept for the history.
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <variant>

#include "app/app.hpp"
#include "core/case/case_state.hpp"
#include "core/store/memory_store.hpp"

using namespace mend;
using namespace mend::app;

namespace {
constexpr TimeMs kNow = 1795000000000;  // 2026-11-18

struct Desk {
  store::MemoryStore store;
  SeededRandom random{9};
  std::optional<App> app;
  TimeMs now = kNow;

  Desk() {
    app.emplace(store, random);
    app->tick(now);
    settle();
  }
  const AppState& state() const { return app->state(); }
  void settle() {
    while (store.run_pending() > 0) {
    }
  }
  void run(Request r) {
    now += 1000;
    app->tick(now);
    app->apply({std::move(r)});
    settle();
  }
  std::string open_case(std::string name, std::string contact) {
    IntakeData d;
    d.customer_name = std::move(name);
    d.contact = std::move(contact);
    run(RequestOpenCase{d});
    for (const AppOutcome& o : state().outcomes)
      if (const auto* opened = std::get_if<CaseOpened>(&o)) return opened->case_id;
    return "";
  }
  // The refusal of this request, if it was refused.
  std::optional<CaseEventRefused> act(const std::string& case_id, std::string control, Payload p) {
    run(RequestCaseEvent{case_id, std::move(control), std::move(p)});
    for (const AppOutcome& o : state().outcomes) {
      if (const auto* refused = std::get_if<CaseEventRefused>(&o)) return *refused;
      if (std::holds_alternative<CaseEventRecorded>(o)) return std::nullopt;
    }
    FAIL("no outcome");
    return std::nullopt;
  }
  const CaseState& shown(const std::string& id) const { return *state().derived.case_state(id); }
};

}  // namespace

TEST_CASE("case actions: steps in order, refusals name the control, close needs an outcome") {
  Desk d;
  const std::string id = d.open_case("Ana", "ana@example.com");
  REQUIRE_FALSE(id.empty());

  auto early = d.act(id, "step:ask", StepDone{"ask", "a cake", ""});
  REQUIRE(early);
  CHECK(early->control == "step:ask");
  CHECK(early->error.why.find("do \"Apologise\" before") != std::string::npos);

  CHECK_FALSE(d.act(id, "step:apologise", StepDone{"apologise", "", ""}));
  CHECK_FALSE(d.act(id, "step:own", StepDone{"own", "", ""}));
  auto no_note = d.act(id, "step:ask", StepDone{"ask", "", ""});
  REQUIRE(no_note);
  CHECK(no_note->error.where == "note");
  CHECK_FALSE(d.act(id, "step:ask", StepDone{"ask", "a new cake", ""}));
  CHECK(d.shown(id).steps.size() == 3);
  CHECK(d.shown(id).steps.back().actor == "staff");

  auto close = d.act(id, "close", Closed{"done"});
  REQUIRE(close);
  CHECK(close->error.where == "outcome");
  CHECK_FALSE(d.act(id, "outcome", Outcome{Verdict::Satisfied, Retention::Retained}));
  CHECK_FALSE(d.act(id, "close", Closed{"done"}));
  CHECK_FALSE(d.shown(id).open);

  CHECK(d.act(id, "reopen", Reopened{""})->error.where == "reason");
  CHECK_FALSE(d.act(id, "reopen", Reopened{"the cake was wrong"}));
  CHECK_FALSE(d.act(id, "step:apologise", StepDone{"apologise", "", ""}));
  CHECK(d.shown(id).steps.size() == 4);
  CHECK(d.act(id, "grant", Granted{})->error.where == "payload");
}

TEST_CASE("case actions: follow-ups and causes are kept in the derived lists") {
  Desk d;
  const std::string first = d.open_case("Ana", "ana@example.com");
  CHECK_FALSE(d.act(first, "analysis", Analysis{"understaffed", "rota"}));
  const std::string second = d.open_case("Ana S.", "ANA@example.com");
  CHECK_FALSE(d.act(second, "analysis", Analysis{"supplier", ""}));
  CHECK_FALSE(d.act(second, "analysis", Analysis{"understaffed", "hire"}));
  CHECK(d.state().derived.causes().most_common_first() == std::vector<std::string>{"understaffed"});

  CHECK(d.act(second, "follow-up", FollowUpScheduled{kNow - 1, ""})->error.where == "due");
  CHECK_FALSE(d.act(second, "follow-up", FollowUpScheduled{d.now + kMsPerDay, "call back"}));
  const FollowUpList& list = d.state().derived.follow_ups();
  REQUIRE(list.size() == 1);
  CHECK(list.find(second)->note == "call back");
  CHECK_FALSE(d.act(second, "follow-up-done", FollowUpDone{"happy now"}));
  CHECK(d.state().derived.follow_ups().size() == 0);

  // Both cases of the customer are kept for the history.
  d.run(RequestShowCase{second});
  CHECK(d.state().derived.case_state(first) != nullptr);
  CHECK(d.state().derived.customers().cases_of("ana@example.com").size() == 2);
  CHECK(d.state().derived.customers().cases_named("  ANA ").size() == 1);
  CHECK(d.state().derived.customers().cases_named("ana s.").size() == 1);
}

// Found by the browser tests with the page's clock held still: an event
// minted in the opening's millisecond (or after the clock was set back) could
// sort before the opening, and the case lost its steps and, after a reload,
// its place in the queue. Each new event now sorts after the case's last.
TEST_CASE(
    "case actions: events in one millisecond, or after the clock went back, keep their order") {
  for (const bool clock_back : {false, true}) {
    CAPTURE(clock_back);
    Desk d;
    const TimeMs opened_at = d.now;
    // Every case opened in one millisecond; then each step either in that
    // millisecond too, or the first an hour on and the second after the
    // clock was put back half an hour.
    auto at = [&](TimeMs when, Request r) {
      d.app->tick(when);
      d.app->apply({std::move(r)});
      for (const AppOutcome& o : d.state().outcomes)
        if (const auto* no = std::get_if<CaseEventRefused>(&o)) FAIL(no->error.message());
      d.settle();
    };
    std::vector<std::string> ids;
    for (int i = 0; i < 12; ++i) {
      IntakeData intake;
      intake.customer_name = "Ana" + std::to_string(i);
      at(opened_at, RequestOpenCase{intake});
      ids.push_back(d.state().selected_case);
    }
    const TimeMs first = clock_back ? opened_at + 3'600'000 : opened_at;
    const TimeMs second = clock_back ? opened_at + 1'800'000 : opened_at;
    for (const std::string& id : ids) {
      at(first, RequestCaseEvent{id, "step:apologise", StepDone{"apologise", "", ""}});
      at(second, RequestCaseEvent{id, "step:own", StepDone{"own", "", ""}});
    }
    for (const std::string& id : ids) {
      const std::optional<Case> c = find_case(d.state().book, id);
      REQUIRE(c);
      REQUIRE(c->events.size() == 3);
      CHECK(std::holds_alternative<Opened>(c->events.front().payload));
      CHECK(fold_case(*c).steps.size() == 2);
    }
    // A new session on the same store: every case is still in the queue.
    d.app.emplace(d.store, d.random);
    d.app->tick(d.now);
    d.settle();
    for (int i = 0; i < 100 && d.state().storage.opening; ++i) d.app->tick(d.now);
    CHECK(d.state().book.cases.size() == 12);
    CHECK(d.state().derived.queue().size() == 12);
  }
}
