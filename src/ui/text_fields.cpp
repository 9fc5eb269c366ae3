#include "ui/text_fields.hpp"

#include <imgui_stdlib.h>

namespace mend::ui {

bool input_text(const char* label, std::string* text, ImGuiInputTextFlags flags) {
  return ImGui::InputText(label, text, flags);
}

bool input_text_multiline(const char* label, std::string* text, const ImVec2& size,
                          ImGuiInputTextFlags flags) {
  return ImGui::InputTextMultiline(label, text, size, flags);
}

}  // namespace mend::ui
