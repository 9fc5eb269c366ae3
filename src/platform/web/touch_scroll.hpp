// Finger-drag scrolling. ImGui 1.86 scrolls only by wheel and scrollbar, so
// on a tablet a list, a form or a dropdown would move only by its thin
// scrollbar. Here a finger that moves past a small slop turns its touch into
// a scroll of the window it began on (or the nearest one round it that can
// scroll that way): from then on ImGui sees no pointer at all, so the button,
// row or field where the finger landed is let go without being pressed.
// Let go with speed, the list coasts to a stop. Mouse and pen drags are left
// to ImGui (text selection, sliders).
#pragma once
#include <imgui.h>
#include <imgui_internal.h>

namespace mend::web {

// How far (CSS px) a finger may wander and still tap. lib_input.js uses the
// same distance to decide whether a lifted finger raises the keyboard.
inline constexpr float kTouchSlop = 10.0f;

class TouchScroll {
 public:
  // After InputQueue::apply, before ImGui::NewFrame: io's mouse is the
  // finger. `touch`: the pointer now down is a finger; `slop` in ImGui units.
  void before_frame(ImGuiIO& io, bool touch, float slop);
  // After ImGui::NewFrame, before the views: picks the window a new touch
  // began on, lets go of what the touch held, and scrolls.
  void after_new_frame();
  // Coasting after a flick: the page must keep drawing frames.
  bool moving() const { return dragging_ || velocity_.x != 0 || velocity_.y != 0; }

 private:
  ImVec2 start_, last_;
  ImVec2 velocity_;        // ImGui units a second, while coasting or dragging
  ImVec2 delta_;           // this frame's movement, applied after NewFrame
  bool down_ = false;      // a finger is on the screen
  bool dragging_ = false;  // ... and it scrolls
  bool touch_ = false;     // the pointer down is a finger
  bool pressed_now_ = false;
  ImGuiID window_x_ = 0, window_y_ = 0;  // what scrolls on each axis
  ImGuiID touched_window_ = 0;           // where the finger landed
};

}  // namespace mend::web
