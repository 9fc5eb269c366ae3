// Pointer, key and text input for ImGui 1.86, which has no event queue: a
// press and release that land in the same frame would be lost, and text typed
// before a Backspace could be applied after it. So every event goes into one
// queue, in arrival order, and each frame applies only what ImGui can tell
// apart: one pointer button change, one change per key, and no text after a
// key press (ImGui handles a frame's text before its keys).
#pragma once
#include <imgui.h>

#include <deque>

namespace mend::web {

// Cancel: the browser took the pointer over (pointercancel: a system gesture,
// a palm, a touch turned into the page's own scroll).
enum class PointerKind { Move, Down, Up, Leave, Cancel };

class InputQueue {
 public:
  void pointer(PointerKind kind, float x, float y, bool touch);
  void key(int key, bool down, int mods);
  void text(unsigned codepoint);
  void wheel(float dx, float dy);
  bool pending() const { return !events_.empty() || wheel_pending_ || clear_touch_hover_; }
  std::size_t queued() const { return events_.size(); }
  // Applies what may be applied this frame; the rest waits for the next.
  // `slop`: how far (ImGui units) a finger may move and still tap; the frame
  // a finger first goes past it ends there, so a quick flick is seen moving
  // while still down (touch_scroll.hpp) and not as a press and a release.
  void apply(ImGuiIO& io, float slop);
  // The pointer last pressed is a finger (or a pen on a touch screen).
  bool touch_down() const { return touch_down_; }

 private:
  enum class Type { Pointer, Key, Text };
  struct Event {
    Type type = Type::Pointer;
    PointerKind pointer = PointerKind::Move;
    float x = 0, y = 0;
    bool touch = false;
    int key = 0;
    bool down = false;
    int mods = 0;
    unsigned codepoint = 0;
  };
  std::deque<Event> events_;
  float wheel_x_ = 0, wheel_y_ = 0;
  bool wheel_pending_ = false;
  bool clear_touch_hover_ = false;  // a finger lifted: drop the hover next frame
  bool enter_activates_ = false;    // Enter held since a press outside text fields
  bool touch_down_ = false;
  bool past_slop_ = false;  // the finger down has gone past the slop
  ImVec2 down_at_;
};

// Maps ImGui's navigation keys to GLFW key codes (io.KeyMap).
void install_key_map(ImGuiIO& io);

}  // namespace mend::web
