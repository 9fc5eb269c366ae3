// The passcode lock through the app: who may set, change or remove it, what
// a new passcode must be, the lock screen's tries and waits as the platform
// reports them, the kiosk that cannot get round it, and an encrypted export
// or import asking for its passcode. The crypto is the platform's (browser
// tests: tests/e2e/lock.test.mjs); here the app's side of the contract.
#include <doctest/doctest.h>

#include <string>

#include "app/app.hpp"
#include "core/sample/sample.hpp"
#include "support/desk.hpp"

using namespace mend;
using namespace mend::app;
using mendtest::Desk;
using mendtest::sign_in;

namespace {

struct LockDesk : Desk {
  LockDesk() : Desk(make_sample_book(10, 3, mendtest::kNow - 40 * kMsPerDay)) {
    app->lock_news(LockNews{LockNews::Kind::Off, LockAction::Unlock, 0, 0, {}});
  }
  void news(LockNews::Kind kind, LockAction action = LockAction::Unlock, std::int64_t value = 0,
            std::int64_t total = 0) {
    app->lock_news(LockNews{kind, action, value, total, {}});
  }
};

}  // namespace

TEST_CASE("lock: a new passcode needs six characters, typed the same twice") {
  CHECK(check_new_passcode("abc12", "abc12"));
  CHECK(check_new_passcode("abcdef", "abcdeg"));
  CHECK_FALSE(check_new_passcode("abcdef", "abcdef"));
  CHECK_FALSE(
      check_new_passcode("\u00e9t\u00e9 \u00e0 P", "\u00e9t\u00e9 \u00e0 P"));  // characters
  CHECK(check_new_passcode(std::string(129, 'x'), std::string(129, 'x')));
  CHECK(check_new_passcode("abcdef", "abcdef") == std::nullopt);
  CHECK(check_lock_idle(0));
  CHECK(check_lock_idle(721));
  CHECK_FALSE(check_lock_idle(1));
  CHECK_FALSE(check_lock_idle(720));
}

TEST_CASE("lock: only someone who manages sets it, and the platform is told") {
  LockDesk desk;
  sign_in(desk, "ana");
  desk.run(RequestSetPasscode{"open sesame", "open sesame", 15});
  CHECK(desk.outcome<LockRefused>());
  CHECK_FALSE(desk.outcome<LockCommand>());
  CHECK_FALSE(desk.state().lock.working);

  sign_in(desk, "maya");
  desk.run(RequestSetPasscode{"short", "short", 15});
  CHECK(desk.outcome<LockRefused>());
  desk.run(RequestSetPasscode{"open sesame", "open sesame!", 15});
  CHECK(desk.outcome<LockRefused>()->error.where == "repeat");
  desk.run(RequestSetPasscode{"open sesame", "open sesame", 0});
  CHECK(desk.outcome<LockRefused>()->error.where == "idle_minutes");

  desk.run(RequestSetPasscode{"open sesame", "open sesame", 20});
  const LockCommand* command = desk.outcome<LockCommand>();
  REQUIRE(command);
  CHECK(command->action == LockAction::Set);
  CHECK(command->passcode == "open sesame");
  CHECK(command->idle_minutes == 20);
  CHECK(desk.state().lock.working == LockAction::Set);
  // A second request while the first is under way is refused, not queued.
  desk.run(RequestSetPasscode{"open sesame", "open sesame", 20});
  CHECK(desk.outcome<LockRefused>());

  desk.news(LockNews::Kind::Progress, LockAction::Unlock, 10, 40);
  CHECK(desk.state().lock.migrated == 10);
  CHECK(desk.state().lock.to_migrate == 40);
  desk.news(LockNews::Kind::Done, LockAction::Set, 0, 20);
  CHECK(desk.state().lock.phase == LockPhase::Open);
  CHECK(desk.state().lock.idle_minutes == 20);
  CHECK_FALSE(desk.state().lock.working);
  CHECK(desk.state().banner);
}

TEST_CASE("lock: change and remove need the passcode set; the platform's refusal is shown") {
  LockDesk desk;
  sign_in(desk, "maya");
  desk.run(RequestChangePasscode{"old one", "new passcode", "new passcode"});
  CHECK(desk.outcome<LockRefused>());  // none set yet
  desk.news(LockNews::Kind::Opened, LockAction::Unlock, 15);
  desk.run(RequestChangePasscode{"old one", "new passcode", "new passkode"});
  CHECK(desk.outcome<LockRefused>());
  desk.run(RequestChangePasscode{"old one", "new passcode", "new passcode"});
  REQUIRE(desk.outcome<LockCommand>());
  CHECK(desk.outcome<LockCommand>()->current == "old one");
  desk.news(LockNews::Kind::Failed, LockAction::Change);
  CHECK(desk.outcome<LockRefused>());
  CHECK_FALSE(desk.state().lock.working);
  CHECK(desk.state().lock.phase == LockPhase::Open);

  desk.run(RequestRemovePasscode{"old one"});
  REQUIRE(desk.outcome<LockCommand>());
  CHECK(desk.outcome<LockCommand>()->action == LockAction::Remove);
  desk.news(LockNews::Kind::Done, LockAction::Remove);
  CHECK(desk.state().lock.phase == LockPhase::Off);
  CHECK_FALSE(desk.state().lock.passcode_set());
}

TEST_CASE("lock: the lock screen's tries, as the platform answers them") {
  LockDesk desk;
  desk.news(LockNews::Kind::Locked, LockAction::Unlock, 15);
  CHECK(desk.state().lock.phase == LockPhase::Locked);
  desk.run(RequestUnlock{"guess"});
  CHECK(desk.outcome<LockCommand>());
  CHECK(desk.state().lock.checking);
  desk.run(RequestUnlock{"another"});  // one try at a time
  CHECK_FALSE(desk.outcome<LockCommand>());
  desk.news(LockNews::Kind::Wrong, LockAction::Unlock, 30000, 0);
  CHECK(desk.state().lock.wrong);
  CHECK_FALSE(desk.state().lock.checking);
  CHECK(desk.state().lock.wait_until == desk.now + 30000);
  desk.run(RequestUnlock{"while waiting"});
  CHECK_FALSE(desk.outcome<LockCommand>());
  desk.later(30001);
  desk.run(RequestUnlock{"right"});
  CHECK(desk.outcome<LockCommand>());
  desk.news(LockNews::Kind::Opened, LockAction::Unlock, 15);
  CHECK(desk.state().lock.phase == LockPhase::Open);
  CHECK_FALSE(desk.state().lock.wrong);
  CHECK(desk.state().lock.wait_until == 0);
  // "Lock now" once open.
  desk.run(RequestLockNow{});
  CHECK(desk.outcome<LockCommand>()->action == LockAction::LockNow);
}

TEST_CASE("lock: a kiosk hears the passcode but cannot change the lock") {
  LockDesk desk;
  desk.news(LockNews::Kind::Opened, LockAction::Unlock, 15);
  sign_in(desk, "maya");
  desk.run(RequestEnterKiosk{});
  REQUIRE(desk.state().kiosk.on);
  desk.run(RequestRemovePasscode{"open sesame"});
  desk.run(RequestLockIdleTime{60});
  desk.run(RequestLockNow{});
  CHECK_FALSE(desk.outcome<LockCommand>());
  desk.news(LockNews::Kind::Locked, LockAction::Unlock, 15);
  desk.run(RequestUnlock{"open sesame"});
  CHECK(desk.outcome<LockCommand>());
}

TEST_CASE("lock: an encrypted export needs a passcode fit to be one") {
  LockDesk desk;
  sign_in(desk, "maya");
  RequestExportBook request;
  request.passcode = "abc";
  request.repeat = "abc";
  desk.run(request);
  CHECK(desk.outcome<ExportRefused>());
  CHECK_FALSE(desk.outcome<BookExported>());
  request.passcode = request.repeat = "file passcode";
  desk.run(request);
  REQUIRE(desk.outcome<BookExported>());
  CHECK(desk.outcome<BookExported>()->passcode == "file passcode");
  // CSV is never encrypted: its passcode is ignored.
  desk.run(RequestExportBook{ExportKind::CasesCsv, std::nullopt, std::nullopt, "x", "y"});
  REQUIRE(desk.outcome<BookExported>());
  CHECK(desk.outcome<BookExported>()->passcode.empty());
}

TEST_CASE("lock: an encrypted file to import asks for its passcode") {
  LockDesk desk;
  sign_in(desk, "maya");
  desk.run(RequestImportStarted{"book.json"});
  desk.run(RequestImportEncrypted{"book.json", false});
  REQUIRE(desk.state().import);
  CHECK(desk.state().import->encrypted);
  CHECK_FALSE(desk.state().import->reading);
  desk.run(RequestOpenEncryptedImport{"guess"});
  CHECK(desk.outcome<ImportPasscodeGiven>()->passcode == "guess");
  CHECK(desk.state().import->reading);
  desk.run(RequestImportEncrypted{"book.json", true});
  CHECK(desk.state().import->wrong_passcode);
  desk.run(RequestCancelImport{});
  CHECK_FALSE(desk.state().import);
}
