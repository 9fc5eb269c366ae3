// Text fields that tell the page where they are. A canvas never raises a
// tablet's on-screen keyboard; the page does that with a hidden <input>, and
// must decide inside the touch handler itself (iOS opens the keyboard only
// there), so it asks text_field_at() about the last drawn frame.
#pragma once
#include <imgui.h>

#include <string>

namespace mend::ui {

bool input_text(const char* label, std::string* text, ImGuiInputTextFlags flags = 0);
bool input_text_multiline(const char* label, std::string* text, const ImVec2& size,
                          ImGuiInputTextFlags flags = 0);

// Called by the platform around each frame.
void text_fields_begin_frame();
void text_fields_end_frame();
// True when (x, y), in CSS pixels, lies on a text field of the last frame.
bool text_field_at(float x, float y);

}  // namespace mend::ui
