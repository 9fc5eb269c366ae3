// Compensation at the desk: a grant within authority in one request, one over
// authority refused without an approval, a manager's approval on the spot
// (a wrong PIN records nothing; the right one records the Approval and the
// Granted with the right actors, in one save), reversal and free offers.
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <variant>

#include "app/app.hpp"
#include "core/case/case_state.hpp"
#include "core/model/lookup.hpp"
#include "core/sample/sample.hpp"
#include "core/store/memory_store.hpp"

using namespace mend;
using namespace mend::app;

namespace {
constexpr TimeMs kNow = 1795000000000;  // 2026-11-18

// The sample business's setup (roles, staff with PINs, catalog), no cases,
// with Ana (staff: 25.00 per case on her own) signed in and one case open.
struct Desk {
  store::MemoryStore store;
  SeededRandom random{21};
  std::optional<App> app;
  TimeMs now = kNow;
  std::string case_id;

  Desk() {
    store.write(store::batch_of(make_sample_setup()), [](const Status& s) { REQUIRE(s.ok()); });
    store.run_pending();
    app.emplace(store, random);
    app->tick(now);
    settle();
    app->tick(now);
    run(RequestSignIn{"ana", "1111"});
    REQUIRE(state().staff_id == "ana");
    IntakeData d;
    d.customer_name = "Zoë";
    d.contact = "zoe@example.com";
    run(RequestOpenCase{d});
    case_id = state().selected_case;
    REQUIRE_FALSE(case_id.empty());
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
  template <class T>
  const T* outcome() const {
    for (const AppOutcome& o : state().outcomes)
      if (const auto* t = std::get_if<T>(&o)) return t;
    return nullptr;
  }
  Case decoded() const { return *find_case(state().book, case_id); }
  CaseState folded() const { return fold_case(decoded()); }
  std::size_t events() const { return decoded().events.size(); }
};

}  // namespace

TEST_CASE("compensation: a grant within authority is recorded by the signed-in person") {
  Desk desk;
  desk.run(RequestGrant{desk.case_id, "dessert", 2});
  const auto* done = desk.outcome<CaseEventRecorded>();
  REQUIRE(done);
  CHECK(done->control == "grant:dessert");
  const CaseState s = desk.folded();
  REQUIRE(s.grants.size() == 1);
  CHECK(s.grants[0].event_id == done->event_id);
  CHECK(s.grants[0].actor == "ana");
  CHECK(s.grants[0].quantity == 2);
  CHECK(s.grants[0].cost == 500);    // 2.50 x 2
  CHECK(s.grants[0].value == 1600);  // 8.00 x 2
  CHECK(s.grants[0].approval_id.empty());
  // Kept current for the next check: the ledger counts it.
  CHECK(desk.state().derived.ledger().items.at("dessert").quantity == 2);
  CHECK(desk.state().storage.unsaved.empty());  // saved
}

TEST_CASE("compensation: a grant over authority is refused without an approval") {
  Desk desk;
  const std::size_t before = desk.events();
  desk.run(RequestGrant{desk.case_id, "room-upgrade", 1});  // 30.00 > Ana's 25.00 per case
  const auto* refused = desk.outcome<CaseEventRefused>();
  REQUIRE(refused);
  CHECK(refused->control == "grant:room-upgrade");
  CHECK(refused->error.where == "approval_id");
  CHECK(refused->error.why.find("approval") != std::string::npos);
  CHECK(desk.events() == before);
}

TEST_CASE("compensation: an approval with a wrong PIN is refused and records nothing") {
  Desk desk;
  const std::size_t before = desk.events();
  desk.run(RequestApprovedGrant{desk.case_id, "room-upgrade", 1, "kara", "9999", "Loyal guest"});
  const auto* refused = desk.outcome<GrantApprovalRefused>();
  REQUIRE(refused);
  CHECK(refused->control == "approve:room-upgrade");
  CHECK(refused->verdict == PinVerdict::Wrong);
  CHECK(desk.outcome<CaseEventRecorded>() == nullptr);
  CHECK(desk.events() == before);
  CHECK(desk.state().desk.locks.at("kara").wrong == 1);  // counted like a sign-in
}

TEST_CASE("compensation: the right PIN records the Approval and the Granted in one save") {
  Desk desk;
  const std::size_t before = desk.events();
  desk.now += 1000;  // a later millisecond than the opening, as between any two frames
  desk.app->tick(desk.now);
  desk.app->apply(
      {RequestApprovedGrant{desk.case_id, "room-upgrade", 1, "kara", "1212", " Loyal guest "}});
  // One change holds both, so the store gets them in one write or not at all.
  REQUIRE(desk.state().storage.unsaved.size() == 1);
  CHECK(desk.state().storage.unsaved[0].events.size() == 2);
  desk.settle();
  const auto* done = desk.outcome<CaseEventRecorded>();
  REQUIRE(done);
  CHECK(done->control == "approve:room-upgrade");
  CHECK(desk.events() == before + 2);
  CHECK(desk.state().storage.unsaved.empty());
  const CaseState s = desk.folded();
  REQUIRE(s.approvals.size() == 1);
  const Approval& a = s.approvals[0].approval;
  CHECK(a.requested_by == "ana");
  CHECK(a.approved_by == "kara");
  CHECK(a.item_id == "room-upgrade");
  CHECK(a.amount == 3000);
  CHECK(a.reason == "Loyal guest");
  REQUIRE(s.grants.size() == 1);
  CHECK(s.grants[0].event_id == done->event_id);
  CHECK(s.grants[0].actor == "ana");
  CHECK(s.grants[0].approval_id == s.approvals[0].event_id);
  CHECK(s.grants[0].approved_by == "kara");
  const Case c = desk.decoded();
  for (const Event& e : c.events)
    if (std::holds_alternative<Approval>(e.payload)) CHECK(e.actor == "kara");
}

TEST_CASE("compensation: an approval needs an approver other than the requester, and a reason") {
  Desk desk;
  const std::size_t before = desk.events();
  desk.run(RequestApprovedGrant{desk.case_id, "room-upgrade", 1, "ben", "2222", "Loyal guest"});
  REQUIRE(desk.outcome<CaseEventRefused>());
  CHECK(desk.outcome<CaseEventRefused>()->error.where == "approved_by");
  desk.run(RequestApprovedGrant{desk.case_id, "room-upgrade", 1, "ana", "1111", "Loyal guest"});
  REQUIRE(desk.outcome<CaseEventRefused>());
  desk.run(RequestApprovedGrant{desk.case_id, "room-upgrade", 1, "kara", "1212", "   "});
  REQUIRE(desk.outcome<CaseEventRefused>());
  CHECK(desk.outcome<CaseEventRefused>()->error.where == "reason");
  CHECK(desk.events() == before);
  CHECK(desk.state().desk.locks.count("kara") == 0);  // refused before the PIN: no try spent
}

TEST_CASE("compensation: a grant is reversed with a reason, once") {
  Desk desk;
  desk.run(RequestGrant{desk.case_id, "dessert", 1});
  const std::string grant_id = desk.outcome<CaseEventRecorded>()->event_id;
  desk.run(RequestReverseGrant{desk.case_id, grant_id, "  "});
  REQUIRE(desk.outcome<CaseEventRefused>());
  CHECK(desk.outcome<CaseEventRefused>()->control == "reverse:" + grant_id);
  desk.run(RequestReverseGrant{desk.case_id, grant_id, "Guest changed their mind"});
  REQUIRE(desk.outcome<CaseEventRecorded>());
  CaseState s = desk.folded();
  CHECK(s.grants[0].reversed);
  CHECK(s.grants[0].reversal_reason == "Guest changed their mind");
  CHECK(s.total_cost == 0);
  CHECK(desk.state().derived.ledger().items.count("dessert") == 0);
  desk.run(RequestReverseGrant{desk.case_id, grant_id, "Again"});
  REQUIRE(desk.outcome<CaseEventRefused>());
}

TEST_CASE("compensation: a free-text offer is recorded in words, and an empty one refused") {
  Desk desk;
  desk.run(RequestOffer{desk.case_id, "  "});
  REQUIRE(desk.outcome<CaseEventRefused>());
  CHECK(desk.outcome<CaseEventRefused>()->control == "offer");
  desk.run(RequestOffer{desk.case_id, " A table by the window next time "});
  REQUIRE(desk.outcome<CaseEventRecorded>());
  const CaseState s = desk.folded();
  REQUIRE(s.offers.size() == 1);
  CHECK(s.offers[0].item_id.empty());
  CHECK(s.offers[0].text == "A table by the window next time");
  CHECK(s.offers[0].actor == "ana");
}
