// The kiosk's screens (app/kiosk.hpp): the attract screen, the customer's
// form, the apology with their reference, the "Still there?" countdown, and
// the staff's hidden way out (hold the top-left corner for 3 s, then a PIN).
// Draws the whole window: no menu bar, no banner, nothing of the desk.
#pragma once
#include <cstdint>
#include <string>

#include "app/app_state.hpp"

namespace mend::ui {

class KioskScreen {
 public:
  void draw(const app::AppState& state, app::Requests& out);

 private:
  void forget();  // what one customer typed, and the staff pad
  void draw_attract(app::Requests& out);
  void draw_form(const app::AppState& state, app::Requests& out);
  void draw_thanks(const app::AppState& state, app::Requests& out);
  void draw_still_there(TimeMs left);
  void draw_exit_corner(const app::AppState& state);
  void draw_exit_pad(const app::AppState& state, app::Requests& out);

  std::uint64_t visitor_ = 0;  // the app's KioskState::visitor this draft belongs to
  std::string kind_, name_, contact_, words_;
  bool exit_pad_ = false;
  std::string pin_;
  TimeMs corner_since_ = 0;  // when a finger came down on the corner; 0: none
};

}  // namespace mend::ui
