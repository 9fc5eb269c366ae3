// Kiosk mode (issue 10): a tablet on the counter where a customer tells the
// business what went wrong, is apologised to at once and gets a reference,
// and the next customer finds nothing of them. The app holds where the kiosk
// stands and the clocks that wipe it; the customer's typing lives in the
// kiosk view until it is submitted, and `visitor` tells the view when to
// forget it (and to give its text fields new ids, so no undo history of one
// customer reaches the next).
#pragma once
#include <cstdint>
#include <string>

#include "core/model/model.hpp"

namespace mend::app {

enum class KioskStage {
  Attract,  // "Something not right? Tell us here"
  Telling,  // the customer picks what went wrong and says what happened
  Thanks,   // the apology, their reference and what happens next
};

// After the idle wait (Settings::kiosk_idle_seconds) a "Still there?" prompt
// counts down this long before the kiosk wipes itself.
inline constexpr TimeMs kKioskCountdownMs = 10 * 1000;
// The thanks screen returns to the attract screen after this long.
inline constexpr TimeMs kKioskThanksMs = 20 * 1000;

// Why the customer's case was not filed (the kiosk view words it).
enum class KioskRefusal { None, PickKind, NotReady, Other };
// What became of a staff PIN offered to leave kiosk mode.
enum class KioskExit { None, Wrong, Locked };

struct KioskState {
  bool on = false;
  KioskStage stage = KioskStage::Attract;
  std::uint64_t visitor = 0;  // +1 each time the kiosk is wiped for the next person
  TimeMs last_touch = 0;
  TimeMs thanks_at = 0;
  std::string reference;                      // the filed case's, on the thanks screen only
  KioskRefusal refused = KioskRefusal::None;  // the last submit's (shown on the form)
  std::string refused_why;                    // KioskRefusal::Other: the core's reason
  KioskExit exit = KioskExit::None;           // the last staff PIN's
  TimeMs exit_locked_until = 0;
  int exit_wrong = 0;
  TimeMs exit_last_wait = 0;
};

// How long the "Still there?" countdown has left at `now`; 0 when none is shown.
TimeMs kiosk_countdown_left(const KioskState& k, const Settings& s, TimeMs now);

}  // namespace mend::app
