// What the page's JS libraries (web/lib/) call: input the page reads itself,
// the clipboard's text, and WebGL context loss. Each returns quietly before
// main() has made the Runtime.
#include <emscripten/emscripten.h>

#include "platform/web/page.hpp"
#include "platform/web/runtime.hpp"
#include "platform/web/widget_registry.hpp"

using mend::web::css_to_ui;
using mend::web::PointerKind;
using mend::web::Runtime;
using mend::web::runtime;

extern "C" {
// ---- lib_input.js: pointer events (mouse, touch, pen) ---------------------------
EMSCRIPTEN_KEEPALIVE void mend_pointer(int kind, float x, float y, int touch) {
  if (Runtime* rt = runtime())
    rt->input.pointer(static_cast<PointerKind>(kind), css_to_ui(*rt, x), css_to_ui(*rt, y),
                      touch != 0);
}
// Whether a tap at (x, y) lands on a text field, so the page raises the
// on-screen keyboard inside the touch's own handler: 0 when not, else 1 +
// the field's mend::ui::TextKind, which picks the keyboard (lib_keyboard.js).
EMSCRIPTEN_KEEPALIVE int mend_text_field_at(float x, float y) {
  Runtime* rt = runtime();
  if (!rt) return 0;
  const auto* field = mend::web::widgets::text_field_at(css_to_ui(*rt, x), css_to_ui(*rt, y));
  return field ? 1 + static_cast<int>(field->kind) : 0;
}

// ---- lib_keyboard.js: the hidden <input> that on-screen keyboards type into -----
EMSCRIPTEN_KEEPALIVE void mend_key(int key, int down, int mods) {
  if (Runtime* rt = runtime()) rt->input.key(key, down != 0, mods);
}
EMSCRIPTEN_KEEPALIVE void mend_text(unsigned codepoint) {
  if (Runtime* rt = runtime()) rt->input.text(codepoint);
}

// ---- lib_clipboard.js ----------------------------------------------------------
// The text of a paste (Ctrl+V, or the browser's Paste) for ImGui to read.
EMSCRIPTEN_KEEPALIVE void mend_paste(const char* text) {
  if (Runtime* rt = runtime()) rt->clipboard = text;
}

// ---- boot.js: the network and Mend's service worker, whenever either changes ---
EMSCRIPTEN_KEEPALIVE void mend_page_status(int offline_ready, int online, int update_waiting) {
  Runtime* rt = runtime();
  if (!rt) return;
  rt->requests.push(
      mend::app::RequestNotePage{offline_ready != 0, online != 0, update_waiting != 0});
  mend::web::request_frames();
}

// ---- lib_context.js: WebGL context loss and restore ----------------------------
EMSCRIPTEN_KEEPALIVE void mend_context_lost() {
  Runtime* rt = runtime();
  if (!rt) return;
  rt->context_lost = true;
  rt->renderer.forget_gl_objects();
}
EMSCRIPTEN_KEEPALIVE void mend_context_restored() {
  Runtime* rt = runtime();
  if (!rt) return;
  const char* failure = nullptr;
  if (!rt->renderer.init(&failure)) {
    mend_page_fatal(failure);
    return;
  }
  rt->renderer.upload_font_atlas();
  rt->context_lost = false;
  mend::web::request_frames();
}
}
