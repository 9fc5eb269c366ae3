// Tab through every control, in the order they are drawn (visual order), and
// Enter or Space to press the one with the keyboard focus.
//
// Dear ImGui 1.86 tabs only between "inputable" items (text fields, sliders)
// and, with nothing active, Tab always goes back to the first of them. Its own
// tabbing machinery is general, though: marking every item inputable makes
// buttons, dropdowns and checkboxes tab stops (tabbing onto one focuses it;
// only text fields start input). The mark is set only on frames where ImGui
// looks for the next tab stop, because elsewhere it is how text fields are
// told apart, and the first-item rule is turned into
// "the one after the focused item". Nothing of ImGui is edited.
#pragma once

#include <imgui.h>

namespace mend::ui {

// The full-window host every screen draws into (Shell::draw).
inline constexpr const char* kHostWindow = "Mend";

// A child window that Tab goes into and out of as if its controls were its
// parent's (ImGui keeps tabbing inside one window otherwise).
inline constexpr ImGuiWindowFlags kTabThrough = ImGuiWindowFlags_NavFlattened;

// Where Tab goes, kept across frames.
class KeyboardFocus {
 public:
  // After ImGui::NewFrame and before any item: Tab goes on from the focused
  // control, or starts at the screen's first control when the focused one
  // is gone (another screen); the focus ring shows once the keyboard moved it.
  void begin_frame();
  // After the frame's last item.
  void end_frame();

 private:
  bool focus_alive_ = false;  // the focused control was drawn last frame
};

// Around a screen's controls: each becomes a tab stop. Pass what
// begin_tab_stops returned to end_tab_stops.
bool begin_tab_stops();
void end_tab_stops(bool begun);

// Around items that only mirror text (readable_text): never a tab stop.
void begin_no_tab_stop();
void end_no_tab_stop();

}  // namespace mend::ui
