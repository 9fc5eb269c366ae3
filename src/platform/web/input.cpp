#include "platform/web/input.hpp"

#include <GLFW/glfw3.h>

#include <algorithm>
#include <cfloat>
#include <iterator>

namespace mend::web {

void InputQueue::pointer(PointerKind kind, float x, float y, bool touch) {
  // Consecutive moves collapse into the latest: only the last position matters.
  if (kind == PointerKind::Move && !events_.empty() && events_.back().type == Type::Pointer &&
      events_.back().pointer == PointerKind::Move) {
    events_.back().x = x;
    events_.back().y = y;
    return;
  }
  Event e{Type::Pointer};
  e.pointer = kind;
  e.x = x;
  e.y = y;
  e.touch = touch;
  events_.push_back(e);
}

void InputQueue::key(int key, bool down, int mods) {
  if (key < 0 || key >= 512) return;  // outside io.KeysDown
  Event e{Type::Key};
  e.key = key;
  e.down = down;
  e.mods = mods;
  events_.push_back(e);
}

void InputQueue::text(unsigned codepoint) {
  Event e{Type::Text};
  e.codepoint = codepoint;
  events_.push_back(e);
}

void InputQueue::wheel(float dx, float dy) {
  wheel_x_ += dx;
  wheel_y_ += dy;
  wheel_pending_ = true;
}

namespace {
bool io_key_mapped(const ImGuiIO& io, int key) {
  // std::any_of, not std::ranges: Emscripten 3.1.6's libc++ has no ranges algorithms.
  return std::any_of(std::begin(io.KeyMap), std::end(io.KeyMap),
                     [key](int mapped) { return mapped == key; });
}
}  // namespace

void InputQueue::apply(ImGuiIO& io, float slop) {
  if (clear_touch_hover_) {
    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    clear_touch_hover_ = false;
  }
  bool key_changed[512] = {};
  bool key_pressed = false;
  bool text_added = false;
  while (!events_.empty()) {
    const Event e = events_.front();
    if (e.type == Type::Text) {
      if (key_pressed) break;  // would be applied before the key: wait a frame
      io.AddInputCharacter(e.codepoint);
      text_added = true;
      events_.pop_front();
      continue;
    }
    if (e.type == Type::Key) {
      // ImGui takes a frame's characters with the frame's last modifiers and
      // drops them while Ctrl is down (shortcuts): a key with Ctrl after the
      // text (a paste's Ctrl+V let go) waits for the next frame.
      const bool ctrl = (e.mods & GLFW_MOD_CONTROL) != 0 && (e.mods & GLFW_MOD_ALT) == 0;
      if (text_added && ctrl) break;
      // Letters typed without Ctrl/Alt/Cmd reach ImGui as text; their key state
      // does not matter and need not hold the queue back.
      const bool matters = io_key_mapped(io, e.key) ||
                           (e.mods & (GLFW_MOD_CONTROL | GLFW_MOD_ALT | GLFW_MOD_SUPER)) != 0;
      if (matters && key_changed[e.key]) break;
      if (matters) {
        key_changed[e.key] = true;
        key_pressed = key_pressed || e.down;
      }
      io.KeysDown[e.key] = e.down;
      // ImGui 1.86 presses the focused control with Space only; a person
      // expects Enter too (a button tabbed to, a dropdown's item). Only a
      // press outside a text field: there Enter is the field's own.
      if (e.key == GLFW_KEY_ENTER || e.key == GLFW_KEY_KP_ENTER)
        enter_activates_ = e.down && !io.WantTextInput;
      io.KeyCtrl = (e.mods & GLFW_MOD_CONTROL) != 0;
      io.KeyShift = (e.mods & GLFW_MOD_SHIFT) != 0;
      io.KeyAlt = (e.mods & GLFW_MOD_ALT) != 0;
      io.KeySuper = (e.mods & GLFW_MOD_SUPER) != 0;
      events_.pop_front();
      continue;
    }
    // Pointer: positions pass freely; a button change ends the frame's input.
    if (e.pointer == PointerKind::Down && io.MouseDown[0]) {
      io.MouseDown[0] = false;  // a press without a release (lost pointerup): release first
      break;
    }
    events_.pop_front();
    if (e.pointer == PointerKind::Cancel) {
      // Let go with the pointer nowhere: ImGui presses a button released
      // over it, and a cancelled touch must press nothing.
      io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
      io.MouseDown[0] = false;
      break;
    }
    if (e.pointer == PointerKind::Leave) {
      if (!io.MouseDown[0]) io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
      continue;
    }
    io.MousePos = ImVec2(e.x, e.y);
    if (e.pointer == PointerKind::Down) {
      io.MouseDown[0] = true;
      touch_down_ = e.touch;
      past_slop_ = false;
      down_at_ = io.MousePos;
      break;
    }
    if (e.pointer == PointerKind::Move && io.MouseDown[0] && touch_down_ && !past_slop_) {
      const float dx = e.x - down_at_.x, dy = e.y - down_at_.y;
      if (dx * dx + dy * dy > slop * slop) {
        past_slop_ = true;
        break;
      }
    }
    if (e.pointer == PointerKind::Up) {
      io.MouseDown[0] = false;
      clear_touch_hover_ = e.touch;  // a finger leaves no cursor behind
      break;
    }
  }
  if (enter_activates_) io.NavInputs[ImGuiNavInput_Activate] = 1.0f;
  if (wheel_pending_) {
    io.MouseWheelH += wheel_x_;
    io.MouseWheel += wheel_y_;
    wheel_x_ = wheel_y_ = 0;
    wheel_pending_ = false;
  }
}

void install_key_map(ImGuiIO& io) {
  io.KeyMap[ImGuiKey_Tab] = GLFW_KEY_TAB;
  io.KeyMap[ImGuiKey_LeftArrow] = GLFW_KEY_LEFT;
  io.KeyMap[ImGuiKey_RightArrow] = GLFW_KEY_RIGHT;
  io.KeyMap[ImGuiKey_UpArrow] = GLFW_KEY_UP;
  io.KeyMap[ImGuiKey_DownArrow] = GLFW_KEY_DOWN;
  io.KeyMap[ImGuiKey_PageUp] = GLFW_KEY_PAGE_UP;
  io.KeyMap[ImGuiKey_PageDown] = GLFW_KEY_PAGE_DOWN;
  io.KeyMap[ImGuiKey_Home] = GLFW_KEY_HOME;
  io.KeyMap[ImGuiKey_End] = GLFW_KEY_END;
  io.KeyMap[ImGuiKey_Insert] = GLFW_KEY_INSERT;
  io.KeyMap[ImGuiKey_Delete] = GLFW_KEY_DELETE;
  io.KeyMap[ImGuiKey_Backspace] = GLFW_KEY_BACKSPACE;
  io.KeyMap[ImGuiKey_Space] = GLFW_KEY_SPACE;
  io.KeyMap[ImGuiKey_Enter] = GLFW_KEY_ENTER;
  io.KeyMap[ImGuiKey_Escape] = GLFW_KEY_ESCAPE;
  io.KeyMap[ImGuiKey_KeyPadEnter] = GLFW_KEY_KP_ENTER;
  io.KeyMap[ImGuiKey_A] = GLFW_KEY_A;
  io.KeyMap[ImGuiKey_C] = GLFW_KEY_C;
  io.KeyMap[ImGuiKey_V] = GLFW_KEY_V;
  io.KeyMap[ImGuiKey_X] = GLFW_KEY_X;
  io.KeyMap[ImGuiKey_Y] = GLFW_KEY_Y;
  io.KeyMap[ImGuiKey_Z] = GLFW_KEY_Z;
}

}  // namespace mend::web
