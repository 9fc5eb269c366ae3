// The test and diagnostics bridge: read-only views of the running app that the
// page publishes as window.mend (web/page/boot.js) for browser tests. The
// state JSON is in test_bridge_state.cpp.
#include <emscripten/emscripten.h>
#include <emscripten/heap.h>
#include <malloc.h>

#include <string>

#include "core/coach/coach.hpp"
#include "core/json/writer.hpp"
#include "platform/web/runtime.hpp"
#include "platform/web/widget_registry.hpp"
#include "ui/text_fields.hpp"

namespace mend::web {
namespace {

// [{id,x,y,w,h,visible,vy,vh,text,label,name,window}] of the last complete frame,
// rectangles in CSS pixels. Kept until the next frame: the page reads the
// pointer right after the call.
const std::string& widgets_json() {
  static std::string json;
  static unsigned json_frame = ~0u;
  const Runtime* rt = runtime();
  const unsigned frame = rt ? rt->frames : 0;
  // ImGui's units are CSS pixels divided by the text size (Runtime::ui_scale).
  const double css = rt ? rt->ui_scale : 1.0;
  if (json_frame == frame) return json;
  json::Writer out;
  out.raw().SetMaxDecimalPlaces(1);  // a tenth of a CSS pixel is plenty to click
  out.begin_array();
  for (const widgets::Widget& w : widgets::last_frame()) {
    out.begin_object();
    out.field("id", static_cast<unsigned>(w.id));
    out.field("x", css * w.rect.Min.x);
    out.field("y", css * w.rect.Min.y);
    out.field("w", css * w.rect.GetWidth());
    out.field("h", css * w.rect.GetHeight());
    const bool visible = w.visible.GetWidth() > 0 && w.visible.GetHeight() > 0;
    out.field("visible", visible);
    // The part not clipped away by its window (a scrolled child, the notice
    // strip): where a pointer can actually reach the widget.
    out.field("vy", css * (visible ? w.visible.Min.y : w.rect.Min.y));
    out.field("vh", css * (visible ? w.visible.GetHeight() : 0.0f));
    out.field("text", w.text);
    if (w.text) out.field("kind", mend::ui::text_kind_name(w.kind));
    out.field("label", w.label);
    out.field("name", w.name);
    out.field("window", w.window);
    out.end_object();
  }
  out.end_array();
  json = out.str();
  json_frame = frame;
  return json;
}

}  // namespace
}  // namespace mend::web

using mend::web::Runtime;
using mend::web::runtime;

extern "C" {
EMSCRIPTEN_KEEPALIVE const char* mend_widgets_json() {
  return mend::web::widgets_json().c_str();
}
EMSCRIPTEN_KEEPALIVE unsigned mend_frames() {
  const Runtime* rt = runtime();
  return rt ? rt->frames : 0;
}
// Input events not yet handed to ImGui (tests wait for 0 before checking).
EMSCRIPTEN_KEEPALIVE unsigned mend_input_pending() {
  const Runtime* rt = runtime();
  return rt ? static_cast<unsigned>(rt->input.queued()) : 0;
}
// The wasm memory's size and the bytes malloc has handed out and not got back:
// the soak test checks that a long session does not keep growing either.
EMSCRIPTEN_KEEPALIVE double mend_heap_size() {
  return static_cast<double>(emscripten_get_heap_size());
}
EMSCRIPTEN_KEEPALIVE double mend_heap_used() {
  return static_cast<double>(mallinfo().uordblks);
}
// The coach's report on `text` as JSON, by the same code and in the same form
// as `mend coach --lang LANG [--explain]` prints it; a bad language gives
// {"error": "..."}. Kept until the next call.
EMSCRIPTEN_KEEPALIVE const char* mend_coach_json(const char* text, const char* language,
                                                 int explain) {
  static std::string json;
  auto report = mend::coach_text_in(text ? text : "", language ? language : "auto");
  if (report) {
    json = mend::coach_report_to_json(report.value(), explain != 0);
  } else {
    mend::json::Writer out;
    out.begin_object();
    out.field("error", report.error().message());
    out.end_object();
    json = out.str();
  }
  return json.c_str();
}
}
