// Every ImGui item of the last drawn frame: where it is, what it is called,
// and whether it is a text field. Fed by Dear ImGui's IMGUI_ENABLE_TEST_ENGINE
// hooks, so views need do nothing to appear in it: any widget of any kind is
// listed. Two readers: browser tests (window.mend.widgets(), test_bridge.cpp)
// and the page, which asks text_field_at() inside a touch's own handler
// whether to raise a tablet's on-screen keyboard (iOS opens it only there).
#pragma once
#include <imgui.h>
#include <imgui_internal.h>

#include <string>
#include <vector>

#include "ui/text_fields.hpp"

namespace mend::web::widgets {

struct Widget {
  ImGuiID id = 0;
  ImRect rect;     // in CSS pixels
  ImRect visible;  // rect clipped by its window; empty when scrolled out of view
  std::string window;
  std::string label;  // what a person reads ("Save")
  std::string name;   // the full ImGui label, unique within its window ("Save##form", "##name")
  bool text = false;  // a text field: tapping it starts typing
  mend::ui::TextKind kind = mend::ui::TextKind::Plain;  // ... and what it takes
  ImGuiID root = 0;  // the top-level window it is drawn in (a popup, a menu, the screen)
};

// Called by the frame loop around ImGui::NewFrame() ... ImGui::Render().
void begin_frame();
void end_frame();

const std::vector<Widget>& last_frame();

// The text field of the last frame at (x, y), in ImGui's units, that no
// other window covers there; null when there is none.
const Widget* text_field_at(float x, float y);

}  // namespace mend::web::widgets
