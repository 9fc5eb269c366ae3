// What the frame loop (main.cpp) and the functions the page calls
// (page_exports.cpp, test_bridge*.cpp) share: one Runtime, made by main().
#pragma once
#include <GLFW/glfw3.h>

#include <string>

#include "app/app.hpp"
#include "platform/web/crypto_random.hpp"
#include "platform/web/idb_store.hpp"
#include "platform/web/input.hpp"
#include "platform/web/renderer.hpp"
#include "platform/web/touch_scroll.hpp"
#include "ui/views.hpp"

namespace mend::web {

struct Runtime {
  GLFWwindow* window = nullptr;
  CryptoRandom random;
  // The book in the browser's IndexedDB; the menu bar says when it cannot be.
  IdbStore store;
  mend::app::App app{store, random};
  mend::app::Requests requests;
  mend::ui::Shell shell;
  Renderer renderer;
  InputQueue input;
  TouchScroll touch_scroll;
  double css_width = 0, css_height = 0, pixel_ratio = 0;
  // This device's text size (AppState::page.text_scale). ImGui works in CSS
  // pixels divided by it, so every view, whatever sizes it fixes, grows with
  // it alike; pointer positions in and rectangles out convert (css_to_ui).
  float ui_scale = 1.0f;
  float fonts_scale = 0;  // pixel_ratio x ui_scale the fonts are rasterised at
  double last_frame_ms = 0;
  int frames_requested = 2;  // ImGui settles layout over a couple of frames
  bool context_lost = false;
  bool text_input_active = false;
  // GLFW's clipboard never leaves the page: the page's paste event fills this
  // before ImGui asks for it (Ctrl+V is queued, the paste event is not).
  std::string clipboard;
  unsigned frames = 0;
  std::string state_json;
  bool update_started = false;  // the waiting build was told to take over
  // The main thread's time of each drawn frame, from input to requests
  // applied (bench_exports.cpp keeps the last ones for `make bench`).
  static constexpr unsigned kFrameWorkKept = 512;
  double frame_work_ms[kFrameWorkKept] = {};
  unsigned frame_work_count = 0;
};

// Null until main() has made it: the page may call in before that.
Runtime* runtime();

// CSS pixels to ImGui's units and back (Runtime::ui_scale).
inline float css_to_ui(const Runtime& rt, float css) {
  return css / rt.ui_scale;
}
inline float ui_to_css(const Runtime& rt, float ui) {
  return ui * rt.ui_scale;
}

// Draws at least the next n frames (layout and animations settle over a few).
void request_frames(int n = 3);

// dashboard_image.cpp: "Save as image" — when the frame's outcomes ask for
// it, draws the dashboard at its full height off screen and offers the PNG.
// Called after the app applied the frame's requests.
void follow_image_outcomes(Runtime& rt);

}  // namespace mend::web
