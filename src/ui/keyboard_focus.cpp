#include "ui/keyboard_focus.hpp"

#include <imgui.h>
#include <imgui_internal.h>

namespace mend::ui {

void KeyboardFocus::begin_frame() {
  ImGuiContext& g = *GImGui;
  if (!(g.NavMoveFlags & ImGuiNavMoveFlags_Tabbing)) return;
  if (!focus_alive_) {
    // The focused control went with its screen; its window may have gone
    // too. Tab starts again at the first control of what is on screen now.
    if (!g.NavWindow || g.NavWindow->LastFrameActive < g.FrameCount - 1)
      if (ImGuiWindow* host = ImGui::FindWindowByName(kHostWindow)) g.NavWindow = host;
    g.NavId = 0;
    if (g.NavTabbingDir == +1) g.NavTabbingDir = 0;
  } else if (g.NavTabbingDir == 0 && g.NavId != 0 && g.ActiveId == 0) {
    // ImGui 1.86 (NavUpdateCreateTabbingRequest): "forward" only from an
    // active item, else the window's first tab stop. A focused button is as
    // good a place to go on from as an active text field.
    g.NavTabbingDir = +1;
  }
  // Tabbing onto a button leaves ImGui's focus highlight as the mouse left
  // it (hidden): a person tabbing must see where they are.
  g.NavDisableHighlight = false;
  g.NavDisableMouseHover = true;
}

void KeyboardFocus::end_frame() {
  focus_alive_ = GImGui->NavIdIsAlive;
}

bool tabbing_this_frame() {
  const ImGuiContext& g = *GImGui;
  return g.NavMoveScoringItems && (g.NavMoveFlags & ImGuiNavMoveFlags_Tabbing);
}

bool begin_tab_stops() {
  // Only while ImGui scores a Tab move: on every other frame the flag stays
  // what ImGui makes it, the mark of a text field (the on-screen keyboard
  // rises for those alone, platform/web/widget_registry.cpp).
  if (!tabbing_this_frame()) return false;
  ImGui::PushItemFlag(ImGuiItemFlags_Inputable, true);
  return true;
}
void end_tab_stops(bool begun) {
  if (begun) ImGui::PopItemFlag();
}

void begin_no_tab_stop() {
  ImGui::PushItemFlag(ImGuiItemFlags_NoTabStop, true);
}
void end_no_tab_stop() {
  ImGui::PopItemFlag();
}

}  // namespace mend::ui
