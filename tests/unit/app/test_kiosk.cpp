// Kiosk mode through the app (issue 10): only a manager starts it, it hears
// nothing but its own requests, a customer's case lands with channel "kiosk"
// and the kiosk as its actor, the clocks wipe it for the next person, and
// only a manager's PIN leaves it, wrong PINs locking the exit.
#include <doctest/doctest.h>

#include <string>

#include "app/app.hpp"
#include "core/case/case_state.hpp"
#include "core/model/lookup.hpp"
#include "core/sample/sample.hpp"
#include "support/desk.hpp"

using namespace mend;
using namespace mend::app;
using mendtest::Desk;
using mendtest::sign_in;

namespace {

struct KioskDesk : Desk {
  KioskDesk() : Desk(make_sample_book(30, 3, mendtest::kNow - 400 * kMsPerDay)) {
    sign_in(*this, "maya");
    run(RequestEnterKiosk{});
    REQUIRE(state().kiosk.on);
  }
  void file(const std::string& kind, const std::string& name, const std::string& words) {
    run(RequestKioskBegin{});
    run(RequestKioskSubmit{kind, name, "", words});
  }
};

}  // namespace

TEST_CASE("kiosk: only a manager starts it, and nobody stays signed in behind it") {
  Desk desk(make_sample_book(10, 3, mendtest::kNow - 40 * kMsPerDay));
  sign_in(desk, "ana");
  desk.run(RequestEnterKiosk{});
  CHECK_FALSE(desk.state().kiosk.on);
  CHECK(desk.outcome<RecordRefused>());
  sign_in(desk, "maya");
  desk.run(RequestEnterKiosk{});
  CHECK(desk.state().kiosk.on);
  CHECK_FALSE(desk.state().desk.signed_in);
  CHECK(desk.state().selected_case.empty());
}

TEST_CASE("kiosk: nothing but the kiosk's own requests is heard") {
  KioskDesk desk;
  const std::size_t cases = desk.state().book.cases.size();
  desk.run(RequestShowScreen{Screen::Dashboard});
  desk.run(RequestShowCase{std::string(desk.state().book.cases.id(0))});
  desk.run(RequestNewCase{});
  desk.run(RequestExportBook{ExportKind::Book, std::nullopt, std::nullopt, {}, {}});
  desk.run(RequestSignIn{"maya", "1234"});
  CHECK(desk.state().screen == Screen::Queue);
  CHECK(desk.state().selected_case.empty());
  CHECK_FALSE(desk.state().desk.signed_in);
  CHECK(desk.state().book.cases.size() == cases);
  CHECK(desk.state().kiosk.stage == KioskStage::Attract);
}

TEST_CASE("kiosk: a customer's case lands at once, from the kiosk, with its clock running") {
  KioskDesk desk;
  desk.run(RequestKioskBegin{});
  desk.run(RequestKioskSubmit{"", "Zoë", "", "cold soup"});
  CHECK(desk.state().kiosk.refused == KioskRefusal::PickKind);
  CHECK(desk.state().kiosk.stage == KioskStage::Telling);
  desk.run(RequestKioskSubmit{"wrong-order", "", "", "  The soup was cold.  "});
  const KioskState& k = desk.state().kiosk;
  REQUIRE(k.stage == KioskStage::Thanks);
  CHECK(is_valid_reference(k.reference));
  // The customer's case, anonymous as they chose.
  std::optional<Case> filed;
  for (const Case& c : desk.state().book.cases)
    if (fold_case(c).reference == k.reference) filed = c;
  REQUIRE(filed);
  const Case& c = *filed;
  const CaseState s = fold_case(c);
  CHECK(s.reference == k.reference);
  CHECK(s.channel == "kiosk");
  CHECK(s.category == "wrong-order");
  CHECK(s.customer_words == "The soup was cold.");
  CHECK(s.customer.name.empty());
  CHECK(c.events.front().actor == kKioskActor);
  CHECK(s.open);
  CHECK_FALSE(s.first_response_at);  // the kiosk's apology is not staff's first response
  desk.settle();
  CHECK(desk.state().storage.unsaved.empty());
  CHECK(desk.store.events().count(c.events.front().id) == 1);
}

TEST_CASE("kiosk: the clocks wipe it for the next person; a touch keeps the form") {
  KioskDesk desk;
  const std::uint64_t first = desk.state().kiosk.visitor;
  desk.run(RequestKioskBegin{});
  const int idle = desk.state().book.settings.kiosk_idle_seconds;
  desk.later(seconds_to_ms(idle) - 1000);
  CHECK(kiosk_countdown_left(desk.state().kiosk, desk.state().book.settings, desk.now) == 0);
  desk.later(2000);  // "Still there?"
  CHECK(kiosk_countdown_left(desk.state().kiosk, desk.state().book.settings, desk.now) > 0);
  desk.run(RequestDeskActivity{});  // a touch
  CHECK(kiosk_countdown_left(desk.state().kiosk, desk.state().book.settings, desk.now) == 0);
  CHECK(desk.state().kiosk.stage == KioskStage::Telling);
  desk.later(seconds_to_ms(idle) + kKioskCountdownMs);
  CHECK(desk.state().kiosk.stage == KioskStage::Attract);
  CHECK(desk.state().kiosk.visitor == first + 1);
  CHECK(desk.outcome<KioskWiped>()->idle);

  desk.file("noise", "Ana", "loud");
  REQUIRE(desk.state().kiosk.stage == KioskStage::Thanks);
  desk.later(kKioskThanksMs);
  CHECK(desk.state().kiosk.stage == KioskStage::Attract);
  CHECK(desk.state().kiosk.reference.empty());
  CHECK(desk.state().kiosk.visitor == first + 2);
  desk.file("noise", "Ben", "louder");
  desk.run(RequestKioskDone{});
  CHECK(desk.state().kiosk.visitor == first + 3);
}

TEST_CASE("kiosk: only a manager's PIN leaves it, and wrong PINs lock the exit") {
  KioskDesk desk;
  desk.run(RequestLeaveKiosk{"1111"});  // Ana's PIN: staff, not a manager
  CHECK(desk.state().kiosk.on);
  CHECK(desk.state().kiosk.exit == KioskExit::Wrong);
  desk.run(RequestLeaveKiosk{"0000x"});
  desk.run(RequestLeaveKiosk{"9"});
  CHECK(desk.state().kiosk.exit == KioskExit::Locked);
  std::string maya_pin;
  for (const SamplePin& p : sample_pins())
    if (p.staff_id == "maya") maya_pin = p.pin;
  desk.run(RequestLeaveKiosk{maya_pin});  // locked: even the right PIN waits
  CHECK(desk.state().kiosk.on);
  desk.later(kFirstPinLockMs + 1);
  desk.run(RequestLeaveKiosk{maya_pin});
  CHECK_FALSE(desk.state().kiosk.on);
  CHECK(desk.state().desk.signed_in);
  CHECK(desk.state().staff_id == "maya");
  CHECK(desk.outcome<KioskChanged>());
}

TEST_CASE("kiosk: a tab that was a kiosk comes back as one with nobody signed in") {
  Desk desk(make_sample_book(10, 3, mendtest::kNow - 40 * kMsPerDay));
  desk.run(RequestEnterKiosk{true});
  CHECK(desk.state().kiosk.on);
  CHECK_FALSE(desk.state().desk.signed_in);
}
