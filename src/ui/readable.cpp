#include "ui/readable.hpp"

#include <imgui_internal.h>

#include <cfloat>
#include <string>

#include "ui/keyboard_focus.hpp"
#include "ui/theme.hpp"

namespace mend::ui {

void readable_text(const char* text, const char* id, const ImVec4& colour) {
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  ImGui::TextWrapped("%s", text);
  ImGui::PopStyleColor();
  const ImVec2 min = ImGui::GetItemRectMin(), size = ImGui::GetItemRectSize();
  const ImVec2 after = ImGui::GetCursorScreenPos();
  // A selectable reports its label (an invisible button does not); drawn
  // see-through over the wrapped text.
  ImGui::SetCursorScreenPos(min);
  const ImVec4 clear(0, 0, 0, 0);
  ImGui::PushStyleColor(ImGuiCol_Text, clear);
  ImGui::PushStyleColor(ImGuiCol_HeaderHovered, clear);
  ImGui::PushStyleColor(ImGuiCol_HeaderActive, clear);
  begin_no_tab_stop();  // words to read, not a control to tab to
  ImGui::Selectable((std::string(text) + "##" + id).c_str(), false, 0, size);
  end_no_tab_stop();
  ImGui::PopStyleColor(3);
  ImGui::SetCursorScreenPos(after);
}

void name_item(ImGuiID id, const char* name) {
#ifdef IMGUI_ENABLE_TEST_ENGINE
  ImGuiContext& g = *GImGui;
  IMGUI_TEST_ENGINE_ITEM_INFO(id, name, ImGuiItemStatusFlags_None);
#else
  (void)id;
  (void)name;
#endif
}

namespace {
int g_combo_rows_pushed = 0;  // begin_combo's touch rows, popped by end_combo
}  // namespace

bool begin_combo_named(const char* name, const char* id, const char* preview) {
  const ImGuiID item = ImGui::GetID(id);  // as BeginCombo names it
  // On a touch screen the dropdown still shows eight of its taller rows.
  if (touch_target() > 0)
    ImGui::SetNextWindowSizeConstraints(
        ImVec2(ImGui::CalcItemWidth(), 0),
        ImVec2(FLT_MAX, 8 * touch_target() + 2 * ImGui::GetStyle().WindowPadding.y));
  const bool open = ImGui::BeginCombo(id, preview);
  name_item(item, name);
  if (open) g_combo_rows_pushed = push_touch_rows();
  return open;
}

bool begin_combo(const char* label, const char* id, const char* preview) {
  return begin_combo_named((std::string(label) + id).c_str(), id, preview);
}

void end_combo() {
  if (g_combo_rows_pushed) ImGui::PopStyleVar(g_combo_rows_pushed);
  g_combo_rows_pushed = 0;
  ImGui::EndCombo();
}

std::string fit_text(const std::string& text, float width) {
  if (ImGui::CalcTextSize(text.c_str()).x <= width) return text;
  constexpr const char* kEllipsis = "\u2026";
  const float room = width - ImGui::CalcTextSize(kEllipsis).x;
  std::size_t fits = 0;  // bytes of the longest start that fits
  for (std::size_t end = 1; end <= text.size(); ++end) {
    const bool boundary =
        end == text.size() || (static_cast<unsigned char>(text[end]) & 0xC0) != 0x80;
    if (!boundary) continue;
    if (ImGui::CalcTextSize(text.c_str(), text.c_str() + end).x > room) break;
    fits = end;
  }
  return text.substr(0, fits) + kEllipsis;
}

}  // namespace mend::ui
