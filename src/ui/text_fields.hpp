// Text fields for the views. Plain ImGui::InputText works as well: the web
// platform finds every text field through ImGui's item flags
// (platform/web/widget_registry.hpp), so the tablet's on-screen keyboard comes
// up for any of them. These stay so views can keep one spelling.
#pragma once
#include <imgui.h>

#include <string>

namespace mend::ui {

bool input_text(const char* label, std::string* text, ImGuiInputTextFlags flags = 0);
bool input_text_multiline(const char* label, std::string* text, const ImVec2& size,
                          ImGuiInputTextFlags flags = 0);

}  // namespace mend::ui
