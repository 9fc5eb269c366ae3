// The passcode lock as the app sees it. The platform keeps the book
// encrypted at rest (the browser's: web/lib/lib_lock.js, WebCrypto); the app
// checks what people ask (a passcode long enough, typed the same twice, an
// idle time in range, by someone who may manage), passes it on as a
// LockCommand, and shows what the platform reports (App::lock_news).
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/base/result.hpp"
#include "core/model/model.hpp"

namespace mend::app {

inline constexpr std::size_t kMinPasscodeChars = 6;
inline constexpr std::size_t kMaxPasscodeChars = 128;
inline constexpr int kDefaultLockIdleMinutes = 15;
inline constexpr int kMinLockIdleMinutes = 1;
inline constexpr int kMaxLockIdleMinutes = 720;

// Unknown until the platform has read whether a passcode is set.
enum class LockPhase { Unknown, Off, Locked, Open };
enum class LockAction { Set, Change, Remove, IdleTime, LockNow, Unlock };

struct LockState {
  LockPhase phase = LockPhase::Unknown;
  int idle_minutes = 0;               // 0: no passcode
  bool checking = false;              // a passcode is being tried at the lock screen
  bool wrong = false;                 // ... and the last one was wrong
  TimeMs wait_until = 0;              // too many wrong passcodes: no try before this
  std::optional<LockAction> working;  // Set, Change, Remove or IdleTime under way
  std::size_t migrated = 0;           // values encrypted or decrypted so far ...
  std::size_t to_migrate = 0;         // ... of this many (Set and Remove)
  bool passcode_set() const { return phase == LockPhase::Locked || phase == LockPhase::Open; }
};

// What the platform reports (the web's codes: idb_store.cpp).
struct LockNews {
  enum class Kind { Off, Locked, Opened, Wrong, Done, Failed, Progress };
  Kind kind = Kind::Off;
  LockAction action = LockAction::Unlock;  // Done, Failed
  std::int64_t value = 0;                  // idle minutes; wait ms (Wrong); done (Progress)
  std::int64_t total = 0;                  // Progress; Wrong: 1 when still waiting, no new try
  Error error;                             // Failed
};

// A new passcode as typed twice: nullopt when it may be used.
std::optional<Error> check_new_passcode(std::string_view passcode, std::string_view repeat);
std::optional<Error> check_lock_idle(int minutes);

// The banner's words for a finished action.
std::string_view lock_action_name(LockAction action);

}  // namespace mend::app
