// Publishes every ImGui item of the last frame (id, label, window, rectangle
// in CSS pixels) so browser tests can click real pixels. Fed by Dear ImGui's
// IMGUI_ENABLE_TEST_ENGINE hooks; read by window.mend.widgets() in the page.
#pragma once
#include <string>

namespace mend::web::bridge {

void begin_frame();
void end_frame();
// JSON of the last complete frame's items:
// [{id,x,y,w,h,visible,label,name,window}], rectangles in CSS pixels.
const std::string& widgets_json();

}  // namespace mend::web::bridge
