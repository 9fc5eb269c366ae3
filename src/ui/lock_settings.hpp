// Business > Settings > "Passcode lock (this device)": set, change or remove
// the passcode that keeps the book encrypted in this browser, and the idle
// time after which it locks again. Device state, not the book's settings:
// its buttons act at once, apart from the form's Save.
#pragma once
#include <string>

#include "app/app_state.hpp"

namespace mend::ui {

class LockSettings {
 public:
  void draw(const app::AppState& state, app::Requests& out);

 private:
  void draw_off(const app::AppState& state, app::Requests& out);
  void draw_on(const app::AppState& state, app::Requests& out);
  void draw_progress(const app::AppState& state);
  void wipe();

  std::string current_, passcode_, repeat_;  // wiped once sent
  std::string idle_;                         // the idle minutes as typed
  int idle_based_on_ = -1;                   // the minutes the field was filled from
  std::string error_;                        // this section's own check, before sending
};

}  // namespace mend::ui
