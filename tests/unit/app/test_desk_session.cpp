// Who is at the desk: the first run (sample or own business), sign-in with
// hashed PINs, wrong-PIN lockouts, switch user, the idle sign-out, and every
// event recording who was signed in.
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <variant>

#include "app/app.hpp"
#include "core/auth/pin.hpp"
#include "core/case/case_state.hpp"
#include "core/model/lookup.hpp"
#include "core/sample/sample.hpp"
#include "core/store/memory_store.hpp"
#include "support/desk.hpp"

using namespace mend;
using namespace mend::app;

namespace {
using mendtest::Desk;
using mendtest::kNow;

void set_up(Desk& desk, std::string pin = "2580") {
  desk.run(RequestSetUpBusiness{"  Corner Café ", "EUR", "Maya Harbour", std::move(pin)});
}
}  // namespace

TEST_CASE("desk: an empty book is a first run and asks nobody to sign in") {
  Desk desk;
  CHECK(first_run(desk.state()));
  CHECK_FALSE(sign_in_needed(desk.state()));
}

TEST_CASE("desk: setting up the business saves settings, roles and a hashed owner, signed in") {
  Desk desk;
  set_up(desk);
  REQUIRE(desk.outcome<BusinessSetUp>());
  const AppState& s = desk.state();
  CHECK(s.book.settings.business_name == "Corner Café");
  CHECK(s.desk.signed_in);
  CHECK(s.staff_id == "maya-harbour");
  const Staff* owner = find_staff(s.book, "maya-harbour");
  REQUIRE(owner);
  CHECK(owner->role_id == "owner");
  CHECK(owner->pin_hash.starts_with("$argon2id$v=19$m=32768,t=5,p=1$"));
  CHECK(owner->pin_hash.find("2580") == std::string::npos);
  CHECK(s.book.roles.size() == default_roles().size());
  CHECK_FALSE(first_run(s));
  CHECK(s.storage.unsaved.empty());  // stored

  // The same book read again by a fresh tab: settings, roles and the owner
  // are there, and the desk asks for a PIN.
  desk.start();
  CHECK(desk.state().book.settings.business_name == "Corner Café");
  CHECK(find_staff(desk.state().book, "maya-harbour"));
  CHECK(sign_in_needed(desk.state()));
}

TEST_CASE("desk: set-up refuses a blank name or a bad PIN and changes nothing") {
  Desk desk;
  desk.run(RequestSetUpBusiness{"   ", "EUR", "Maya", "2580"});
  CHECK(desk.outcome<SetUpRefused>()->error.where == "business_name");
  desk.run(RequestSetUpBusiness{"Shop", "EUR", "Maya", "12"});
  CHECK(desk.outcome<SetUpRefused>()->error.where == "pin");
  desk.run(RequestSetUpBusiness{"Shop", "euro", "Maya", "1234"});
  CHECK(desk.outcome<SetUpRefused>()->error.where == "currency");
  CHECK(first_run(desk.state()));
  CHECK(desk.state().book.staff.empty());
}

TEST_CASE("desk: sign-in with the right PIN; events record who was signed in") {
  Desk desk;
  set_up(desk);
  desk.run(RequestSignOut{});
  CHECK(desk.outcome<SignedOut>());
  CHECK(sign_in_needed(desk.state()));
  desk.run(RequestSignIn{"maya-harbour", "0000"});
  CHECK(desk.outcome<SignInRefused>());
  CHECK_FALSE(desk.state().desk.signed_in);
  desk.run(RequestSignIn{"maya-harbour", "2580"});
  CHECK(desk.outcome<SignedIn>()->staff_id == "maya-harbour");
  const std::string id = desk.open_case();
  const auto c = find_case(desk.state().book, id);
  REQUIRE(c);
  CHECK(c->events.front().actor == "maya-harbour");
}

TEST_CASE("desk: three wrong PINs lock the name for 30 s, then the wait doubles") {
  Desk desk;
  set_up(desk);
  desk.run(RequestSignOut{});
  for (int i = 0; i < 2; ++i) {
    desk.run(RequestSignIn{"maya-harbour", "1111"});
    CHECK_FALSE(desk.outcome<SignInRefused>()->locked);
  }
  desk.run(RequestSignIn{"maya-harbour", "1111"});
  CHECK(desk.outcome<SignInRefused>()->locked);
  CHECK(desk.outcome<SignInRefused>()->wait_ms == 30000);
  // Even the right PIN waits.
  desk.run(RequestSignIn{"maya-harbour", "2580"});
  CHECK(desk.outcome<SignInRefused>()->locked);
  desk.later(30000);
  desk.run(RequestSignIn{"maya-harbour", "1111"});
  CHECK(desk.outcome<SignInRefused>()->wait_ms == 60000);
  desk.later(60000);
  desk.run(RequestSignIn{"maya-harbour", "2580"});
  CHECK(desk.outcome<SignedIn>());
  CHECK(desk.state().desk.locks.empty());
}

TEST_CASE("desk: check_staff_pin answers for approvals without signing anyone in") {
  Desk desk;
  set_up(desk);
  desk.run(RequestSignOut{});
  CHECK(desk.app->check_staff_pin("maya-harbour", "2580").verdict == PinVerdict::Right);
  CHECK(desk.app->check_staff_pin("maya-harbour", "2581").verdict == PinVerdict::Wrong);
  CHECK(desk.app->check_staff_pin("nobody", "2580").verdict == PinVerdict::UnknownStaff);
  CHECK_FALSE(desk.state().desk.signed_in);
}

TEST_CASE("desk: an idle desk signs out after the book's idle time; activity keeps it in") {
  Desk desk;
  set_up(desk);
  desk.later(4 * 60 * 1000);
  desk.app->apply({RequestDeskActivity{}});
  desk.later(4 * 60 * 1000);
  CHECK(desk.state().desk.signed_in);
  desk.later(60 * 1000 + 1);
  CHECK_FALSE(desk.state().desk.signed_in);
  CHECK(desk.outcome<SignedOut>()->idle);
  CHECK(desk.state().staff_id == AppState{}.staff_id);
}

TEST_CASE("desk: a manager sets the idle time; it is saved, used and kept after a reload") {
  Desk desk;
  desk.run(RequestTrySample{});
  // Ana is staff: she may not change it, and nothing changes.
  desk.run(RequestSignIn{"ana", "1111"});
  desk.run(RequestSetIdleSignOut{60});
  REQUIRE(desk.outcome<SettingsRefused>());
  CHECK(desk.outcome<SettingsRefused>()->error.where == "idle_sign_out_seconds");
  CHECK(desk.state().book.settings.idle_sign_out_seconds == kDefaultIdleSignOutSeconds);
  // Maya owns the business: out of range is refused, one minute is saved.
  desk.run(RequestSignOut{});
  desk.run(RequestSignIn{"maya", "1234"});
  desk.run(RequestSetIdleSignOut{-1});
  CHECK(desk.outcome<SettingsRefused>());
  desk.run(RequestSetIdleSignOut{kMaxIdleSignOutSeconds + 1});
  CHECK(desk.outcome<SettingsRefused>());
  desk.run(RequestSetIdleSignOut{60});
  CHECK(desk.outcome<SettingsSaved>());
  CHECK(desk.state().storage.unsaved.empty());
  desk.later(61 * 1000);
  CHECK_FALSE(desk.state().desk.signed_in);
  desk.start();
  CHECK(desk.state().book.settings.idle_sign_out_seconds == 60);
}

TEST_CASE("desk: the sample is stored in one write and its staff's PINs are shown") {
  Desk desk;
  desk.run(RequestTrySample{});
  const AppState& s = desk.state();
  CHECK(s.book.cases.size() == 60);
  CHECK(s.storage.unsaved.empty());
  CHECK(sign_in_needed(s));
  CHECK(s.desk.sample_pins.size() == sample_pins().size());
  CHECK(s.desk.sample_pins.at("maya") == "1234");
  desk.run(RequestSignIn{"ana", "1111"});
  CHECK(desk.outcome<SignedIn>());
  // A fresh tab reading the stored sample knows the PINs too.
  desk.start();
  CHECK(desk.state().desk.sample_pins.size() == sample_pins().size());
}

TEST_CASE(
    "desk: a book with staff but no PIN-less sign-in; an old book without staff opens as before") {
  Book old = make_sample_setup();
  old.staff.clear();
  Desk desk(old);
  CHECK_FALSE(sign_in_needed(desk.state()));
  CHECK(desk.state().desk.sample_pins.empty());
}

TEST_CASE("desk: staff from a book made before PINs sign in with their name alone") {
  Book old = make_sample_setup();
  for (Staff& s : old.staff) s.pin_hash.clear();
  Desk desk(old);
  CHECK(sign_in_needed(desk.state()));
  desk.run(RequestSignIn{"ana", ""});
  CHECK(desk.outcome<SignedIn>());
  // An approval still needs a PIN.
  CHECK(desk.app->check_staff_pin("kara", "").verdict == PinVerdict::NoPin);
}
