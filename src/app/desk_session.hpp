// Who is at the desk: whether anyone is signed in, when the desk was last
// touched (an idle desk signs out), wrong-PIN lockouts, and the sample's PINs
// to show while the sample is in use. AppState::staff_id names the signed-in
// member of staff; every event records it.
#pragma once
#include <map>
#include <string>
#include <string_view>

#include "core/model/model.hpp"

namespace mend::app {

struct AppState;

// Wrong PINs for one member of staff: the first kFreeWrongPins cost nothing;
// the next locks the name for kFirstPinLockMs, and each further wrong PIN
// doubles the wait. A right PIN clears it. Kept in the app (this tab) only.
struct PinLock {
  int wrong = 0;
  TimeMs locked_until = 0;
  TimeMs last_wait = 0;
};
inline constexpr int kFreeWrongPins = 3;
inline constexpr TimeMs kFirstPinLockMs = 30 * 1000;

struct DeskSession {
  bool signed_in = false;
  TimeMs last_activity = 0;
  std::map<std::string, PinLock, std::less<>> locks;  // by staff id
  // Staff id -> PIN in clear, only for sample staff whose hash still matches
  // the sample's PIN (worked out when the book changes, not per frame).
  std::map<std::string, std::string, std::less<>> sample_pins;
};

// The answer to "is this this member of staff's PIN?" (App::check_staff_pin).
enum class PinVerdict { Right, Wrong, Locked, UnknownStaff, NoPin };
struct PinCheck {
  PinVerdict verdict = PinVerdict::Wrong;
  TimeMs wait_ms = 0;  // Locked, or Wrong that just locked the name: how long until the next try
};

// A first visit: the book is read and holds no cases and no staff.
bool first_run(const AppState& state);
// Somebody must sign in before the desk is used: the book has staff and
// nobody is signed in. A book without staff (older books) never asks.
bool sign_in_needed(const AppState& state);
// The roles a business set up from scratch gets (those it lacks).
std::vector<Role> default_roles();

}  // namespace mend::app
