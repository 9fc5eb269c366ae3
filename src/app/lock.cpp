// The passcode lock's requests and news (lock.hpp), and the passcode of an
// encrypted file being imported. The crypto is the platform's; this decides
// who may ask and whether what they typed may be used.
#include "app/lock.hpp"

#include <utility>

#include "app/app.hpp"
#include "core/base/text.hpp"
#include "core/model/lookup.hpp"

namespace mend::app {

std::optional<Error> check_new_passcode(std::string_view passcode, std::string_view repeat) {
  const std::size_t length = characters(passcode);
  if (length < kMinPasscodeChars)
    return Error{"passcode",
                 "a passcode needs at least " + std::to_string(kMinPasscodeChars) + " characters"};
  if (length > kMaxPasscodeChars)
    return Error{"passcode", "a passcode may have at most " + std::to_string(kMaxPasscodeChars) +
                                 " characters"};
  if (passcode != repeat)
    return Error{"repeat", "the two passcodes differ: type the same one twice"};
  return std::nullopt;
}

std::optional<Error> check_lock_idle(int minutes) {
  if (minutes < kMinLockIdleMinutes || minutes > kMaxLockIdleMinutes)
    return Error{"idle_minutes", "lock after between " + std::to_string(kMinLockIdleMinutes) +
                                     " and " + std::to_string(kMaxLockIdleMinutes) +
                                     " minutes without a touch"};
  return std::nullopt;
}

std::string_view lock_action_name(LockAction action) {
  switch (action) {
    case LockAction::Set:
      return "set the passcode";
    case LockAction::Change:
      return "change the passcode";
    case LockAction::Remove:
      return "remove the passcode";
    case LockAction::IdleTime:
      return "change when the book locks";
    case LockAction::LockNow:
      return "lock the book";
    case LockAction::Unlock:
      break;
  }
  return "open the book";
}

bool App::may_change_lock(LockAction action) {
  if (state_.kiosk.on) return false;  // heard_in_kiosk keeps these out; said again here
  if (state_.lock.working) {
    report(LockRefused{action, Error{"lock", "the last passcode change is still under way"}}, true);
    return false;
  }
  if (!may_manage(state_.book, state_.staff_id)) {
    report(LockRefused{action, Error{"staff", "only someone who manages may change the lock"}},
           true);
    return false;
  }
  return true;
}

void App::handle(const RequestUnlock& r) {
  LockState& lock = state_.lock;
  if (lock.phase != LockPhase::Locked || lock.checking || r.passcode.empty()) return;
  if (lock.wait_until > state_.now) return;  // the screen counts down; the platform refuses too
  lock.checking = true;
  lock.wrong = false;
  report(LockCommand{LockAction::Unlock, {}, r.passcode, 0}, false);
}

void App::handle(const RequestSetPasscode& r) {
  if (!may_change_lock(LockAction::Set)) return;
  if (state_.lock.passcode_set()) {
    report(LockRefused{LockAction::Set, Error{"passcode", "a passcode is set already"}}, true);
    return;
  }
  std::optional<Error> wrong = check_new_passcode(r.passcode, r.repeat);
  if (!wrong) wrong = check_lock_idle(r.idle_minutes);
  if (wrong) {
    report(LockRefused{LockAction::Set, std::move(*wrong)}, true);
    return;
  }
  state_.lock.working = LockAction::Set;
  state_.lock.idle_minutes = r.idle_minutes;
  state_.lock.migrated = state_.lock.to_migrate = 0;
  report(LockCommand{LockAction::Set, {}, r.passcode, r.idle_minutes}, false);
}

void App::handle(const RequestChangePasscode& r) {
  if (!may_change_lock(LockAction::Change)) return;
  if (!state_.lock.passcode_set()) {
    report(LockRefused{LockAction::Change, Error{"passcode", "no passcode is set"}}, true);
    return;
  }
  if (std::optional<Error> wrong = check_new_passcode(r.passcode, r.repeat)) {
    report(LockRefused{LockAction::Change, std::move(*wrong)}, true);
    return;
  }
  state_.lock.working = LockAction::Change;
  report(LockCommand{LockAction::Change, r.current, r.passcode, 0}, false);
}

void App::handle(const RequestRemovePasscode& r) {
  if (!may_change_lock(LockAction::Remove)) return;
  if (!state_.lock.passcode_set()) {
    report(LockRefused{LockAction::Remove, Error{"passcode", "no passcode is set"}}, true);
    return;
  }
  state_.lock.working = LockAction::Remove;
  state_.lock.migrated = state_.lock.to_migrate = 0;
  report(LockCommand{LockAction::Remove, r.current, {}, 0}, false);
}

void App::handle(const RequestLockIdleTime& r) {
  if (!may_change_lock(LockAction::IdleTime)) return;
  if (std::optional<Error> wrong = check_lock_idle(r.minutes)) {
    report(LockRefused{LockAction::IdleTime, std::move(*wrong)}, true);
    return;
  }
  if (!state_.lock.passcode_set()) return;
  state_.lock.working = LockAction::IdleTime;
  report(LockCommand{LockAction::IdleTime, {}, {}, r.minutes}, false);
}

void App::handle(const RequestLockNow&) {
  if (state_.lock.phase == LockPhase::Open && !state_.kiosk.on)
    report(LockCommand{LockAction::LockNow, {}, {}, 0}, false);
}

void App::lock_news(const LockNews& news) {
  LockState& lock = state_.lock;
  using Kind = LockNews::Kind;
  switch (news.kind) {
    case Kind::Off:
      lock.phase = LockPhase::Off;
      lock.idle_minutes = 0;
      lock.checking = false;
      return;
    case Kind::Locked:
      lock.phase = LockPhase::Locked;
      lock.idle_minutes = static_cast<int>(news.value);
      return;
    case Kind::Opened:
      lock.phase = LockPhase::Open;
      lock.idle_minutes = static_cast<int>(news.value);
      lock.checking = lock.wrong = false;
      lock.wait_until = 0;
      return;
    case Kind::Wrong:
      lock.checking = false;
      lock.wrong = news.total == 0;  // 1: refused for the wait alone, not tried
      lock.wait_until = news.value > 0 ? state_.now + news.value : 0;
      return;
    case Kind::Progress:
      lock.migrated = static_cast<std::size_t>(news.value);
      lock.to_migrate = static_cast<std::size_t>(news.total);
      return;
    case Kind::Done:
      lock.working.reset();
      if (news.action == LockAction::Set) {
        lock.phase = LockPhase::Open;
        lock.idle_minutes = lock.idle_minutes > 0 ? lock.idle_minutes : kDefaultLockIdleMinutes;
      } else if (news.action == LockAction::Remove) {
        lock.phase = LockPhase::Off;
        lock.idle_minutes = 0;
      } else if (news.action == LockAction::IdleTime) {
        lock.idle_minutes = static_cast<int>(news.total);
      }
      report(LockChanged{news.action, lock.idle_minutes}, true);
      return;
    case Kind::Failed:
      lock.working.reset();
      lock.checking = false;
      report(LockRefused{news.action, news.error}, true);
      return;
  }
}

// ---- an encrypted file to import ---------------------------------------------------

void App::handle(const RequestImportEncrypted& r) {
  ImportReview review;
  review.file_name = r.file_name;
  review.reading = false;
  review.encrypted = true;
  review.wrong_passcode = r.wrong;
  state_.import = std::move(review);
}

void App::handle(const RequestOpenEncryptedImport& r) {
  if (!state_.import || !state_.import->encrypted || r.passcode.empty()) return;
  state_.import->reading = true;  // "Opening the file…" while the platform decrypts
  state_.import->wrong_passcode = false;
  std::string passcode = r.passcode;
  report(ImportPasscodeGiven{std::move(passcode)}, false);
}

}  // namespace mend::app
