// Views draw the app's state and push requests; they never change the book.
// Free functions where a view owns nothing; small structs where it owns
// UI-side state, as imgui_demo's ExampleAppConsole owns its input buffer
// (a form owns its draft). Views read derived data (app/derived): nothing
// drawn per frame may scan the whole book.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "app/app_state.hpp"
#include "ui/business_view.hpp"   // BusinessScreen: the editors
#include "ui/case_view.hpp"       // CaseScreen, draw_follow_ups (the case screen)
#include "ui/dashboard_view.hpp"  // DashboardScreen
#include "ui/keyboard_focus.hpp"
#include "ui/kiosk_view.hpp"  // KioskScreen

namespace mend::ui {

// New case: the intake form and the draft being typed into it.
class IntakeForm {
 public:
  // Clears the draft when the app reports a new intake started or the case
  // opened; otherwise what was typed stays (a refusal loses nothing).
  void follow(const app::AppState& state);
  void draw(const app::AppState& state, app::Requests& out);

 private:
  void reset(const Book& book);
  bool filled() const;  // anything typed or chosen that Cancel would lose
  void draw_customer(const app::AppState& state);
  void draw_tags(const Book& book);
  void draw_failure(const app::AppState& state);
  void draw_seen_before(const app::AppState& state);
  void draw_buttons(app::Requests& out, bool submit);
  app::IntakeData draft_;
  bool focus_first_ = true;  // the form just opened: its first field takes the keyboard
  bool ask_discard_ = false;
  bool submit_ = false;  // Enter in a field this frame
  char tag_draft_[64] = {};
  // Earlier cases of the customer, looked up when the name or contact
  // changes (not every frame): the lines to show.
  std::string seen_key_;
  std::size_t seen_count_ = 0;
  bool seen_by_name_ = false;
  std::vector<std::string> seen_rows_;
};

// The case queue (queue_view.cpp): owns the search field's draft, sent to
// the app as it is typed.
class QueueScreen {
 public:
  void draw(const app::AppState& state, app::Requests& out);
  // What the table remembers between frames: its layout (wide, mid,
  // narrow), and for how many frames it has had it. A new layout can hide
  // the sorted column, and ImGui then sorts by another by itself: that is
  // not the person's choice, so it is not sent as one.
  struct TableMemory {
    int layout = -1;
    int frames_in_layout = 0;
  };

 private:
  TableMemory table_;
  std::string search_;       // what the field shows
  std::string sent_search_;  // the last search this screen sent or took from the app
};

// "Storage and backups" (Screen::Data) and the "Export book" dialog, which
// the menu opens from any screen. Owns the dialog's choices.
class DataScreen {
 public:
  void draw(const app::AppState& state, app::Requests& out);
  // Opens the dialog on the next frame, with the last 30 days as the range.
  void open_export(TimeMs now);
  void draw_export_dialog(app::Requests& out);

 private:
  void follow(const app::AppState& state);
  void draw_idle_sign_out(const app::AppState& state, app::Requests& out);

  std::optional<std::string> idle_minutes_;  // the field's draft; none: the book's
  int idle_based_on_ = -1;                   // the book's seconds the draft started from
  std::string idle_error_;
  bool export_wanted_ = false;
  bool whole_ = true;
  bool range_error_ = false;
  char from_[16] = {};
  char to_[16] = {};
  // An encrypted export: the passcode typed twice; wiped when the dialog closes.
  bool encrypt_ = false;
  std::string file_passcode_, file_repeat_;
  std::optional<Error> passcode_error_;
};

// The lock screen: the passcode, nothing of the book (lock_view.cpp).
class LockView {
 public:
  void draw(const app::AppState& state, app::Requests& out);

 private:
  std::string passcode_;  // wiped when sent
  bool focus_ = true;
};

// ---- who is at the desk -----------------------------------------------------------
// The first visit (first_run): try the sample, or set up the business. Owns
// the set-up form's draft (the PIN is wiped once sent).
class FirstRunView {
 public:
  void follow(const app::AppState& state);
  void draw(const app::AppState& state, app::Requests& out);

 private:
  bool setting_up_ = false;
  bool focus_first_ = false;  // the form just opened: its first field takes the keyboard
  std::string business_, currency_ = "EUR", owner_, pin_, pin_again_;
  std::string error_;  // the app's or the form's reason, beside the button
};

// The sign-in screen (sign_in_needed): staff names, then a PIN keypad that
// works by touch, mouse and the keyboard's digits.
class SignInView {
 public:
  void follow(const app::AppState& state);
  void draw(const app::AppState& state, app::Requests& out);

 private:
  void draw_staff(const app::AppState& state, app::Requests& out);
  void draw_keypad(const app::AppState& state, app::Requests& out);
  void type_digit(char digit);
  std::string chosen_;  // staff id, or empty while choosing
  std::string digits_;  // the PIN being typed; wiped when sent
  bool wrong_ = false;
  TimeMs locked_until_ = 0;
};

// The menu bar's "Switch user" and who is signed in, right-aligned before the
// storage status; returns the width it took. A narrow bar shows the button only.
enum class DeskMenu { Full, Button };
float desk_menu_width(const app::AppState& state, DeskMenu form);
float draw_desk_menu(const app::AppState& state, app::Requests& out, float right_edge,
                     DeskMenu form);
// Pushes RequestDeskActivity when a person touched the desk this frame.
void note_desk_activity(app::Requests& out);

// The whole app for one frame: menu bar, message banner, the current screen.
// It owns the screens' UI-side state.
class Shell {
 public:
  void draw(const app::AppState& state, app::Requests& out);

 private:
  // The menu bar; its "Export book…" opens the data screen's dialog.
  void draw_main_menu(const app::AppState& state, app::Requests& out);
  void draw_menus(const app::AppState& state, app::Requests& out);
  // The first run or the sign-in screen when one is due (desk_menu.cpp);
  // false: the current screen is drawn as usual.
  bool draw_desk_screen(const app::AppState& state, app::Requests& out);

  IntakeForm intake_;
  QueueScreen queue_;
  DataScreen data_;
  CaseScreen case_;
  FirstRunView first_run_;
  SignInView sign_in_;
  DashboardScreen dashboard_;
  BusinessScreen business_;
  KioskScreen kiosk_;
  LockView lock_;
  KeyboardFocus keyboard_;
};

// An error stays in the page's flow above the screen until dismissed.
void draw_error_banner(const app::AppState& state, app::Requests& out);
// A notice sits in the menu bar between x = left and x = right (shell.cpp).
void draw_notice(const app::AppState& state, float left, float right, app::Requests& out);
// The import review, over any screen while AppState::import is set.
void draw_import_dialog(const app::AppState& state, app::Requests& out);

}  // namespace mend::ui
