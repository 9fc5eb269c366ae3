// Views draw the app's state and push requests; they never change the book.
// Free functions where a view owns nothing; small structs where it owns
// UI-side state, as imgui_demo's ExampleAppConsole owns its input buffer
// (a form owns its draft). Views read derived data (app/derived): nothing
// drawn per frame may scan the whole book.
#pragma once
#include "app/app_state.hpp"
#include "ui/case_view.hpp"  // CaseScreen, draw_follow_ups (the case screen)

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
  app::IntakeData draft_;
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
  bool export_wanted_ = false;
  bool whole_ = true;
  bool range_error_ = false;
  char from_[16] = {};
  char to_[16] = {};
};

// The whole app for one frame: menu bar, message banner, the current screen.
// It owns the screens' UI-side state.
class Shell {
 public:
  void draw(const app::AppState& state, app::Requests& out);

 private:
  // The menu bar; its "Export book…" opens the data screen's dialog.
  void draw_main_menu(const app::AppState& state, app::Requests& out);

  IntakeForm intake_;
  DataScreen data_;
  CaseScreen case_;
};

void draw_messages(const app::AppState& state, app::Requests& out);
void draw_queue(const app::AppState& state, app::Requests& out);
// The import review, over any screen while AppState::import is set.
void draw_import_dialog(const app::AppState& state, app::Requests& out);

}  // namespace mend::ui
