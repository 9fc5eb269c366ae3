// The web entry point: GLFW window and WebGL2 context, Dear ImGui, the app,
// and one Frame() run by the browser's animation clock.
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>

#include <cmath>
#include <string>

#include "app/app.hpp"
#include "core/case/case_state.hpp"
#include "core/store/memory_store.hpp"
#include "platform/web/crypto_random.hpp"
#include "platform/web/input.hpp"
#include "platform/web/page.hpp"
#include "platform/web/renderer.hpp"
#include "platform/web/test_bridge.hpp"
#include "ui/messages.hpp"
#include "ui/text_fields.hpp"
#include "ui/theme.hpp"
#include "ui/views.hpp"

namespace {

using mend::web::PointerKind;

struct Runtime {
  GLFWwindow* window = nullptr;
  mend::web::CryptoRandom random;
  // The book lives in this tab's memory until the IndexedDB store arrives;
  // the menu bar says so (the store is not durable).
  mend::store::MemoryStore store;
  mend::app::App app{store, random};
  mend::app::Requests requests;
  mend::ui::Shell shell;
  mend::web::Renderer renderer;
  mend::web::InputQueue input;
  double css_width = 0, css_height = 0, pixel_ratio = 0;
  double last_frame_ms = 0;
  int frames_requested = 2;  // ImGui settles layout over a couple of frames
  bool context_lost = false;
  bool text_input_active = false;
  // GLFW's clipboard never leaves the page: the page's paste event fills this
  // before ImGui asks for it (Ctrl+V is queued, the paste event is not).
  std::string clipboard;
  unsigned frames = 0;
  std::string state_json;
};
Runtime* rt = nullptr;

void request_frames(int n = 3) {
  if (rt->frames_requested < n) rt->frames_requested = n;
}

// Keeps the backing store at CSS size x devicePixelRatio; on a DPI change the
// fonts are rasterised again so text stays crisp.
void follow_canvas_size() {
  double w = 0, h = 0;
  emscripten_get_element_css_size("#canvas", &w, &h);
  const double ratio = emscripten_get_device_pixel_ratio();
  if (w == rt->css_width && h == rt->css_height && ratio == rt->pixel_ratio) return;
  const bool ratio_changed = ratio != rt->pixel_ratio;
  rt->css_width = w;
  rt->css_height = h;
  rt->pixel_ratio = ratio;
  emscripten_set_canvas_element_size("#canvas", static_cast<int>(std::lround(w * ratio)),
                                     static_cast<int>(std::lround(h * ratio)));
  if (ratio_changed) {
    mend::ui::load_fonts(static_cast<float>(ratio));
    rt->renderer.upload_font_atlas();
  }
  request_frames();
}

bool frame_needed(double now_ms) {
  if (rt->input.pending() || rt->frames_requested > 0) return true;
  if (ImGui::GetIO().WantTextInput) return true;  // the text cursor blinks
  return now_ms - rt->last_frame_ms >= 1000.0;    // clocks on screen tick once a second
}

void frame() {
  if (rt->context_lost) return;
  follow_canvas_size();
  // The store's news (the book read, changes confirmed) lands between frames.
  if (rt->store.run_pending() > 0) request_frames();
  const double now_ms = emscripten_get_now();
  if (!frame_needed(now_ms)) return;
  if (rt->frames_requested > 0) --rt->frames_requested;

  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(static_cast<float>(rt->css_width), static_cast<float>(rt->css_height));
  io.DisplayFramebufferScale =
      ImVec2(static_cast<float>(rt->pixel_ratio), static_cast<float>(rt->pixel_ratio));
  const double delta = rt->last_frame_ms > 0 ? (now_ms - rt->last_frame_ms) / 1000.0 : 1.0 / 60;
  io.DeltaTime = static_cast<float>(delta > 0 ? delta : 1e-4);
  rt->last_frame_ms = now_ms;
  const bool had_input = rt->input.pending();
  rt->input.apply(io);
  if (had_input) request_frames();
  rt->app.tick(static_cast<mend::TimeMs>(emscripten_date_now()));

  mend::web::bridge::begin_frame();
  mend::ui::text_fields_begin_frame();
  ImGui::NewFrame();
  rt->shell.draw(rt->app.state(), rt->requests);
  ImGui::Render();
  mend::ui::text_fields_end_frame();
  // When no field takes text any more, the page lets the on-screen keyboard go.
  if (rt->text_input_active != io.WantTextInput) {
    rt->text_input_active = io.WantTextInput;
    mend_page_text_input(io.WantTextInput ? 1 : 0);
  }
  glClearColor(0.97f, 0.97f, 0.96f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  rt->renderer.render(ImGui::GetDrawData());
  mend::web::bridge::end_frame();
  ++rt->frames;

  // Requests run after the frame is drawn: the book never changes mid-frame.
  if (rt->app.apply(rt->requests.take())) request_frames();
}

void on_key(GLFWwindow*, int key, int, int action, int mods) {
  if (action == GLFW_REPEAT) action = GLFW_PRESS;
  rt->input.key(key, action == GLFW_PRESS, mods);
}

void on_char(GLFWwindow*, unsigned int codepoint) {
  rt->input.text(codepoint);
}

EM_BOOL on_wheel(int, const EmscriptenWheelEvent* e, void*) {
  // Lines or pages become "notches"; pixels are scaled to roughly 100 px a notch.
  const double unit = e->deltaMode == DOM_DELTA_PIXEL  ? 100.0
                      : e->deltaMode == DOM_DELTA_LINE ? 3.0
                                                       : 1.0;
  rt->input.wheel(static_cast<float>(-e->deltaX / unit), static_cast<float>(-e->deltaY / unit));
  return EM_TRUE;
}

}  // namespace

// ---- called from the page (web/lib/lib_input.js) --------------------------------------
extern "C" {
EMSCRIPTEN_KEEPALIVE void mend_pointer(int kind, float x, float y, int touch) {
  if (rt) rt->input.pointer(static_cast<PointerKind>(kind), x, y, touch != 0);
}
// From the page's hidden <input> (on-screen keyboards) - see lib_input.js.
EMSCRIPTEN_KEEPALIVE void mend_key(int key, int down, int mods) {
  if (rt) rt->input.key(key, down != 0, mods);
}
EMSCRIPTEN_KEEPALIVE void mend_text(unsigned codepoint) {
  if (rt) rt->input.text(codepoint);
}
// The text of a paste (Ctrl+V, or the browser's Paste) for ImGui to read.
EMSCRIPTEN_KEEPALIVE void mend_paste(const char* text) {
  if (rt) rt->clipboard = text;
}
EMSCRIPTEN_KEEPALIVE int mend_text_field_at(float x, float y) {
  return mend::ui::text_field_at(x, y) ? 1 : 0;
}
EMSCRIPTEN_KEEPALIVE void mend_context_lost() {
  if (!rt) return;
  rt->context_lost = true;
  rt->renderer.forget_gl_objects();
}
EMSCRIPTEN_KEEPALIVE void mend_context_restored() {
  if (!rt) return;
  const char* failure = nullptr;
  if (!rt->renderer.init(&failure)) {
    mend_page_fatal(failure);
    return;
  }
  rt->renderer.upload_font_atlas();
  rt->context_lost = false;
  request_frames();
}
EMSCRIPTEN_KEEPALIVE const char* mend_widgets_json() {
  return mend::web::bridge::widgets_json().c_str();
}
EMSCRIPTEN_KEEPALIVE unsigned mend_frames() {
  return rt ? rt->frames : 0;
}
// Input events not yet handed to ImGui (tests wait for 0 before checking).
EMSCRIPTEN_KEEPALIVE unsigned mend_input_pending() {
  return rt ? static_cast<unsigned>(rt->input.queued()) : 0;
}
EMSCRIPTEN_KEEPALIVE const char* mend_state_json() {
  if (!rt) return "{}";
  const mend::app::AppState& s = rt->app.state();
  // Hand-written JSON: the fields are few and fixed; strings are escaped.
  auto quoted = [](const std::string& text) {
    std::string out = "\"";
    for (char ch : text) {
      if (ch == '"' || ch == '\\') out += '\\';
      if (static_cast<unsigned char>(ch) < 0x20) ch = ' ';
      out += ch;
    }
    return out + "\"";
  };
  const auto banner = s.banner ? mend::ui::banner_text(*s.banner) : std::nullopt;
  const std::string no_text;
  rt->state_json = std::string("{\"screen\":\"") + mend::app::screen_name(s.screen) +
                   "\",\"cases\":" + std::to_string(s.book.cases.size()) +
                   ",\"storage\":" + quoted(mend::ui::storage_text(s.storage)) +
                   ",\"unsaved\":" + std::to_string(s.storage.unsaved.size()) +
                   ",\"lastError\":" + quoted(banner && banner->error ? banner->text : no_text) +
                   ",\"notice\":" + quoted(banner && !banner->error ? banner->text : no_text) +
                   ",\"version\":\"" MEND_VERSION "\"";
  // The open case, so tests can check what was recorded without reading pixels.
  const mend::Case* c = mend::find_case(s.book, s.selected_case);
  if (const mend::Opened* opened = c ? mend::case_opened(*c) : nullptr) {
    rt->state_json += ",\"case\":{\"id\":" + quoted(c->id) +
                      ",\"reference\":" + quoted(opened->reference) +
                      ",\"customer\":" + quoted(opened->customer.name) +
                      ",\"contact\":" + quoted(opened->customer.contact) +
                      ",\"words\":" + quoted(opened->customer_words) +
                      ",\"events\":" + std::to_string(c->events.size()) + "}";
  }
  rt->state_json += "}";
  return rt->state_json.c_str();
}
}

int main() {
  rt = new Runtime();
  if (!glfwInit()) {
    mend_page_fatal("The browser window could not be set up (GLFW).");
    return 1;
  }
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  // A small initial size: GLFW treats a window the size of the screen as a
  // fullscreen request. The real size follows the page (follow_canvas_size).
  rt->window = glfwCreateWindow(640, 480, "Mend", nullptr, nullptr);
  if (!rt->window) {
    mend_page_fatal(
        "This browser cannot draw Mend: WebGL2 is unavailable or turned off. Try an up-to-date "
        "Chrome, Edge, Firefox or Safari, and check that hardware acceleration is allowed.");
    return 1;
  }
  glfwMakeContextCurrent(rt->window);
  glfwSetKeyCallback(rt->window, on_key);
  glfwSetCharCallback(rt->window, on_char);
  emscripten_set_wheel_callback("#canvas", nullptr, EM_FALSE, on_wheel);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // layout preferences belong in the app's own storage
  io.LogFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  io.BackendPlatformName = "mend-web";
  io.BackendRendererName = "mend-webgl2";
  mend::web::install_key_map(io);
  io.GetClipboardTextFn = [](void*) { return rt->clipboard.c_str(); };
  io.SetClipboardTextFn = [](void*, const char* text) {
    rt->clipboard = text;
    mend_page_copy(text);
  };
  mend::ui::apply_style(mend_page_coarse_pointer() != 0);

  follow_canvas_size();  // loads the fonts for this screen's pixel ratio
  const char* failure = nullptr;
  if (!rt->renderer.init(&failure)) {
    mend_page_fatal(failure);
    return 1;
  }
  mend_page_install_input();
  mend_page_ready();
  // 0 fps = the browser's animation frame: no work when the tab is hidden.
  emscripten_set_main_loop(frame, 0, true);
  return 0;
}
