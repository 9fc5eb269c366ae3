// The web entry point: GLFW window and WebGL2 context, Dear ImGui, the app,
// and one Frame() run by the browser's animation clock.
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>

#include <cmath>
#include <cstdlib>
#include <utility>

#include "platform/web/files.hpp"
#include "platform/web/page.hpp"
#include "platform/web/runtime.hpp"
#include "platform/web/widget_registry.hpp"
#include "ui/i18n.hpp"
#include "ui/theme.hpp"
#include "ui/views.hpp"

namespace {
mend::web::Runtime* rt = nullptr;
}  // namespace

namespace mend::web {

Runtime* runtime() {
  return rt;
}

void request_frames(int n) {
  if (rt->frames_requested < n) rt->frames_requested = n;
}

}  // namespace mend::web

extern "C" {
// lib_store.js: installs the beforeunload guard (asks while changes are unsaved).
void mend_idb_guard_unload();
// lib_lock.js: the passcode lock (see app/lock.hpp); answers come as mend_lock_news.
void mend_lock_unlock(const char* passcode);
void mend_lock_set(const char* passcode, int idle_minutes);
void mend_lock_change(const char* current, const char* passcode);
void mend_lock_remove(const char* current);
void mend_lock_idle(int minutes);
void mend_lock_now();
// lib_keyboard.js: moves the hidden text input to ImGui's text cursor.
void mend_page_text_position(int x, int y);

// Changes in the book not yet confirmed stored, for the beforeunload guard.
EMSCRIPTEN_KEEPALIVE int mend_unsaved_changes() {
  return rt ? static_cast<int>(rt->app.state().storage.unsaved.size()) : 0;
}
}

namespace {

using mend::web::request_frames;

// Keeps the backing store at CSS size x devicePixelRatio (the canvas is as
// tall as what an on-screen keyboard leaves visible: lib_keyboard.js); when
// the ratio or the text size changes the fonts are rasterised again at
// ratio x text size, so text stays crisp at any of them.
void follow_canvas_size() {
  double w = 0, h = 0;
  emscripten_get_element_css_size("#canvas", &w, &h);
  const double ratio = emscripten_get_device_pixel_ratio();
  const float fonts_scale = static_cast<float>(ratio) * rt->ui_scale;
  if (w == rt->css_width && h == rt->css_height && ratio == rt->pixel_ratio &&
      fonts_scale == rt->fonts_scale)
    return;
  rt->css_width = w;
  rt->css_height = h;
  rt->pixel_ratio = ratio;
  emscripten_set_canvas_element_size("#canvas", static_cast<int>(std::lround(w * ratio)),
                                     static_cast<int>(std::lround(h * ratio)));
  if (fonts_scale != rt->fonts_scale) {
    rt->fonts_scale = fonts_scale;
    mend::ui::load_fonts(fonts_scale);
    rt->renderer.upload_font_atlas();
  }
  request_frames();
}

// The store's own news goes to the app; each wakes the page for a frame.
void listen_to_store() {
  mend::web::IdbStore& store = rt->store;
  store.on_arrived = [](mend::store::LoadChunk chunk) {
    rt->app.merge_from_store(std::move(chunk));
  };
  store.on_problem = [](mend::web::IdbProblem problem, mend::Error error) {
    using mend::app::StoreProblem;
    const StoreProblem p = problem == mend::web::IdbProblem::NewerVersionElsewhere
                               ? StoreProblem::NewerVersionElsewhere
                           : problem == mend::web::IdbProblem::BlockedByOtherTabs
                               ? StoreProblem::BlockedByOtherTabs
                               : StoreProblem::Unavailable;
    rt->app.store_notice(mend::app::StoreNotice{std::move(error), p});
  };
  store.on_emptied = [] { rt->app.store_emptied(); };
  store.on_lock = [](const mend::app::LockNews& news) { rt->app.lock_news(news); };
  mend_idb_guard_unload();
}

// Kiosk mode in the page: remembered for this tab, Back held, and the
// clipboard bridge emptied for each new customer.
void follow_kiosk_outcomes() {
  for (const mend::app::AppOutcome& o : rt->app.state().outcomes) {
    if (const auto* changed = std::get_if<mend::app::KioskChanged>(&o))
      mend_page_kiosk(changed->on ? 1 : 0);
    if (std::holds_alternative<mend::app::KioskWiped>(o)) {
      std::fill(rt->clipboard.begin(), rt->clipboard.end(), '\0');
      rt->clipboard.clear();
    }
  }
}

// The passcode lock's commands go to the page, which answers through the
// store's news.
void follow_lock_outcomes() {
  using mend::app::LockAction;
  for (const mend::app::AppOutcome& o : rt->app.state().outcomes) {
    const auto* command = std::get_if<mend::app::LockCommand>(&o);
    if (!command) continue;
    switch (command->action) {
      case LockAction::Unlock:
        mend_lock_unlock(command->passcode.c_str());
        break;
      case LockAction::Set:
        mend_lock_set(command->passcode.c_str(), command->idle_minutes);
        break;
      case LockAction::Change:
        mend_lock_change(command->current.c_str(), command->passcode.c_str());
        break;
      case LockAction::Remove:
        mend_lock_remove(command->current.c_str());
        break;
      case LockAction::IdleTime:
        mend_lock_idle(command->idle_minutes);
        break;
      case LockAction::LockNow:
        mend_lock_now();
        break;
    }
  }
}

// This device's text size and language: drawn in from the next frame, and kept.
void follow_text_size() {
  for (const mend::app::AppOutcome& o : rt->app.state().outcomes) {
    if (const auto* size = std::get_if<mend::app::TextSizeChanged>(&o)) {
      rt->ui_scale = size->scale;
      mend_page_keep_text_size(size->scale);
      request_frames();
    } else if (const auto* language = std::get_if<mend::app::LanguageChanged>(&o)) {
      mend::ui::set_screen_language(language->code);
      mend_page_keep_language(language->code.c_str());
      request_frames();
    }
  }
}

bool frame_needed(double now_ms) {
  if (rt->input.pending() || rt->frames_requested > 0) return true;
  if (rt->touch_scroll.moving()) return true;  // a list coasting after a flick
  // Progress, and the book prepared in steps (not while the lock screen waits).
  if (rt->app.state().storage.opening && rt->app.state().lock.phase != mend::app::LockPhase::Locked)
    return true;
  // A large file checked for import, a slice a frame.
  // ... and Import pressed on it: its cases gathered a slice a frame.
  if (rt->app.state().import &&
      (rt->app.state().import->checked >= 0 || rt->app.state().import->applying >= 0))
    return true;
  if (rt->app.state().queue_order.searching()) return true;  // a search, a slice a frame
  if (ImGui::GetIO().WantTextInput) return true;             // the text cursor blinks
  return now_ms - rt->last_frame_ms >= 1000.0;               // clocks on screen tick once a second
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
  // ImGui's units are CSS pixels / text size; the framebuffer has pixel_ratio
  // x text size device pixels to each.
  io.DisplaySize = ImVec2(mend::web::css_to_ui(*rt, static_cast<float>(rt->css_width)),
                          mend::web::css_to_ui(*rt, static_cast<float>(rt->css_height)));
  const float framebuffer_scale = static_cast<float>(rt->pixel_ratio) * rt->ui_scale;
  io.DisplayFramebufferScale = ImVec2(framebuffer_scale, framebuffer_scale);
  const double delta = rt->last_frame_ms > 0 ? (now_ms - rt->last_frame_ms) / 1000.0 : 1.0 / 60;
  io.DeltaTime = static_cast<float>(delta > 0 ? delta : 1e-4);
  rt->last_frame_ms = now_ms;
  const bool had_input = rt->input.pending();
  const float slop = mend::web::css_to_ui(*rt, mend::web::kTouchSlop);
  rt->input.apply(io, slop);
  rt->touch_scroll.before_frame(io, rt->input.touch_down(), slop);
  if (had_input) request_frames();
  rt->app.tick(static_cast<mend::TimeMs>(emscripten_date_now()));

  mend::web::widgets::begin_frame();
  ImGui::NewFrame();
  rt->touch_scroll.after_new_frame();
  rt->shell.draw(rt->app.state(), rt->requests);
  ImGui::Render();
  // When no field takes text any more, the page lets the on-screen keyboard go.
  if (rt->text_input_active != io.WantTextInput) {
    rt->text_input_active = io.WantTextInput;
    mend_page_text_input(io.WantTextInput ? 1 : 0);
  }
  glClearColor(0.97f, 0.97f, 0.96f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  rt->renderer.render(ImGui::GetDrawData());
  mend::web::widgets::end_frame();
  ++rt->frames;

  // Requests run after the frame is drawn: the book never changes mid-frame.
  if (rt->app.apply(rt->requests.take())) request_frames();
  rt->frame_work_ms[rt->frame_work_count++ % mend::web::Runtime::kFrameWorkKept] =
      emscripten_get_now() - now_ms;
  mend::web::follow_file_outcomes(rt->app.state());
  mend::web::follow_image_outcomes(*rt);
  follow_kiosk_outcomes();
  follow_text_size();
  follow_lock_outcomes();
  if (rt->app.state().page.update_go && !rt->update_started) {
    rt->update_started = true;
    mend_page_activate_update();
  }
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

int main() {
  rt = new mend::web::Runtime();
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
  // An input method's candidate window opens at the hidden input, which
  // follows the text cursor of the active field.
  io.ImeSetInputScreenPosFn = [](int x, int y) {
    mend_page_text_position(static_cast<int>(mend::web::ui_to_css(*rt, static_cast<float>(x))),
                            static_cast<int>(mend::web::ui_to_css(*rt, static_cast<float>(y))));
  };
  mend::ui::apply_style(mend_page_coarse_pointer() != 0);
  // The text size this device was left at, before the first frame is drawn.
  // One apply: follow_text_size() reads the outcomes of the last apply only.
  char* language = mend_page_language();
  rt->app.apply(
      {mend::app::RequestTextSize{mend_page_text_size()}, mend::app::RequestLanguage{language}});
  std::free(language);
  follow_text_size();

  follow_canvas_size();  // loads the fonts for this screen's pixel ratio
  const char* failure = nullptr;
  if (!rt->renderer.init(&failure)) {
    mend_page_fatal(failure);
    return 1;
  }
  mend_page_install_input();
  mend_page_install_clipboard();
  mend_files_install_drop();
  mend_page_watch_context();
  listen_to_store();
  // A tab that was a kiosk before its reload is one again, before anything is drawn.
  if (mend_page_kiosk_remembered()) {
    rt->app.apply({mend::app::RequestEnterKiosk{true}});
    follow_kiosk_outcomes();
  }
  mend_page_ready();
  // 0 fps = the browser's animation frame: no work when the tab is hidden.
  emscripten_set_main_loop(frame, 0, true);
  return 0;
}
