#include "ui/text_fields.hpp"

#include <imgui_stdlib.h>

#include <vector>

namespace mend::ui {
namespace {

std::vector<ImVec4> building, drawn;  // x0, y0, x1, y1 of each visible field

void note_field() {
  const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  building.push_back(ImVec4(min.x, min.y, max.x, max.y));
}

}  // namespace

bool input_text(const char* label, std::string* text, ImGuiInputTextFlags flags) {
  const bool changed = ImGui::InputText(label, text, flags);
  if (ImGui::IsItemVisible()) note_field();
  return changed;
}

bool input_text_multiline(const char* label, std::string* text, const ImVec2& size,
                          ImGuiInputTextFlags flags) {
  const bool changed = ImGui::InputTextMultiline(label, text, size, flags);
  if (ImGui::IsItemVisible()) note_field();
  return changed;
}

void text_fields_begin_frame() {
  building.clear();
}
void text_fields_end_frame() {
  drawn.swap(building);
}

bool text_field_at(float x, float y) {
  for (const ImVec4& r : drawn)
    if (x >= r.x && x < r.z && y >= r.y && y < r.w) return true;
  return false;
}

}  // namespace mend::ui
