#include "platform/web/touch_scroll.hpp"

#include <cfloat>
#include <cmath>

namespace mend::web {
namespace {

// Below this speed (ImGui units a second) a flick stops coasting.
constexpr float kStopSpeed = 30.0f;
// How fast coasting slows: the speed falls to 1/e in this many seconds.
constexpr float kCoastSeconds = 0.33f;

ImVec2 minus(ImVec2 a, ImVec2 b) {
  return ImVec2(a.x - b.x, a.y - b.y);
}

float length(ImVec2 v) {
  return std::sqrt(v.x * v.x + v.y * v.y);
}

bool can_scroll(const ImGuiWindow* w, ImGuiAxis axis) {
  return w->ScrollMax[axis] > 0.0f && (w->Flags & ImGuiWindowFlags_NoScrollWithMouse) == 0;
}

// The window the finger landed on, or the nearest one holding it that can
// scroll along `axis` (a form inside a screen, a list inside a part). Popups
// and menus stop the search: they scroll themselves or not at all.
ImGuiID scrollable_from(ImGuiID touched, ImGuiAxis axis) {
  for (ImGuiWindow* w = ImGui::FindWindowByID(touched); w; w = w->ParentWindow) {
    if (can_scroll(w, axis)) return w->ID;
    if ((w->Flags & ImGuiWindowFlags_ChildWindow) == 0) break;
  }
  return 0;
}

// A finger on a scrollbar or a slider drags that, not the window: both keep
// their own meaning for a drag.
bool holds_a_drag_of_its_own(const ImGuiContext& g) {
  if (g.ActiveId == 0 || !g.ActiveIdWindow) return false;
  ImGuiWindow* w = g.ActiveIdWindow;
  // A press on a window's empty space holds the window (to focus or move it).
  if (g.ActiveId == w->MoveId) return false;
  if (g.ActiveId == ImGui::GetWindowScrollbarID(w, ImGuiAxis_X) ||
      g.ActiveId == ImGui::GetWindowScrollbarID(w, ImGuiAxis_Y))
    return true;
  // Sliders and drags ask for the left and right keys; so does a text field,
  // which a finger drag may scroll past.
  const bool wants_sideways = (g.ActiveIdUsingNavDirMask & (1u << ImGuiDir_Left)) != 0;
  return wants_sideways && g.InputTextState.ID != g.ActiveId;
}

void scroll_by(ImGuiID id, ImGuiAxis axis, float delta) {
  if (delta == 0.0f) return;
  ImGuiWindow* w = ImGui::FindWindowByID(id);
  if (!w) return;
  if (axis == ImGuiAxis_Y)
    ImGui::SetScrollY(w, w->Scroll.y - delta);
  else
    ImGui::SetScrollX(w, w->Scroll.x - delta);
}

}  // namespace

void TouchScroll::before_frame(ImGuiIO& io, bool touch, float slop) {
  const bool down = io.MouseDown[0];
  const float dt = io.DeltaTime > 0 ? io.DeltaTime : 1.0f / 60;
  pressed_now_ = false;
  delta_ = ImVec2(0, 0);
  // While dragging, ImGui's pointer is kept off screen (below); a frame with
  // no new pointer event finds it there: the finger has not moved.
  const ImVec2 at = ImGui::IsMousePosValid(&io.MousePos) ? io.MousePos : last_;
  if (down && !down_) {  // a new press stops any coasting
    down_ = true;
    velocity_ = ImVec2(0, 0);
    dragging_ = false;
    pressed_now_ = touch;
    touch_ = touch;
    start_ = last_ = io.MousePos;
    window_x_ = window_y_ = 0;
    return;
  }
  if (!down && down_) {  // lifted
    down_ = false;
    if (!dragging_) return;
    delta_ = minus(at, last_);
    dragging_ = false;
    // Nothing under the finger sees the release: no tap at the end of a drag.
    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    if (length(velocity_) < kStopSpeed * 4) velocity_ = ImVec2(0, 0);
    return;
  }
  if (down && touch_) {
    if (!dragging_ && length(minus(at, start_)) > slop &&
        !holds_a_drag_of_its_own(*ImGui::GetCurrentContext())) {
      // A drag is never a tap, even where nothing scrolls.
      window_x_ = scrollable_from(touched_window_, ImGuiAxis_X);
      window_y_ = scrollable_from(touched_window_, ImGuiAxis_Y);
      dragging_ = true;
    }
    if (!dragging_) return;
    delta_ = minus(at, last_);
    last_ = at;
    // The finger's speed, smoothed over the last few frames: a pause before
    // lifting it brings the speed down, so a slow release does not coast.
    const ImVec2 now(delta_.x / dt, delta_.y / dt);
    velocity_ = ImVec2(velocity_.x * 0.4f + now.x * 0.6f, velocity_.y * 0.4f + now.y * 0.6f);
    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    return;
  }
  if (!down && (velocity_.x != 0 || velocity_.y != 0)) {  // coasting
    delta_ = ImVec2(velocity_.x * dt, velocity_.y * dt);
    const float keep = std::exp(-dt / kCoastSeconds);
    velocity_ = ImVec2(velocity_.x * keep, velocity_.y * keep);
    if (length(velocity_) < kStopSpeed) velocity_ = ImVec2(0, 0);
  }
}

void TouchScroll::after_new_frame() {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  if (pressed_now_) {
    touched_window_ = g.HoveredWindow ? g.HoveredWindow->ID : 0;
    return;
  }
  if (dragging_) {
    // Let go of what the finger pressed (a button, a row, a field) unpressed.
    if (g.ActiveId != 0) ImGui::ClearActiveID();
    g.MovingWindow = nullptr;
  }
  scroll_by(window_y_, ImGuiAxis_Y, delta_.y);
  scroll_by(window_x_, ImGuiAxis_X, delta_.x);
}

}  // namespace mend::web
