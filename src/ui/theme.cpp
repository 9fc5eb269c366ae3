#include "ui/theme.hpp"

#include <algorithm>
#include <cstdio>

namespace mend::ui {
namespace {
Fonts g_fonts;
bool g_touch = false;

ImFont* add_font(const char* path, float css_size, float pixel_ratio) {
  ImGuiIO& io = ImGui::GetIO();
  if (std::FILE* f = std::fopen(path, "rb")) {
    std::fclose(f);
  } else {
    return nullptr;
  }
  ImFontConfig config;
  config.OversampleH = 2;
  config.OversampleV = 1;
  // Latin, Latin-1, Latin Extended-A and general punctuation (dashes, curly quotes, €).
  static const ImWchar ranges[] = {0x0020, 0x017F, 0x2000, 0x206F, 0x20A0, 0x20CF, 0};
  ImFont* font = io.Fonts->AddFontFromFileTTF(path, css_size * pixel_ratio, &config, ranges);
  if (font) font->Scale = 1.0f / pixel_ratio;
  return font;
}
}  // namespace

const Fonts& fonts() {
  return g_fonts;
}

bool load_fonts(float pixel_ratio) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  g_fonts.body = add_font("/fonts/NotoSans-Regular.ttf", 17.0f, pixel_ratio);
  g_fonts.bold = add_font("/fonts/NotoSans-Bold.ttf", 17.0f, pixel_ratio);
  g_fonts.title = add_font("/fonts/NotoSans-Bold.ttf", 24.0f, pixel_ratio);
  g_fonts.large = add_font("/fonts/NotoSans-Regular.ttf", 24.0f, pixel_ratio);
  g_fonts.display = add_font("/fonts/NotoSans-Bold.ttf", 40.0f, pixel_ratio);
  if (!g_fonts.body || !g_fonts.bold || !g_fonts.title || !g_fonts.large || !g_fonts.display) {
    io.Fonts->Clear();
    ImFont* fallback = io.Fonts->AddFontDefault();
    g_fonts = Fonts{fallback, fallback, fallback, fallback, fallback};
    return false;
  }
  return true;
}

float touch_target() {
  return g_touch ? kTouchTarget : 0.0f;
}

int push_touch_rows() {
  if (!g_touch) return 0;
  const ImGuiStyle& style = ImGui::GetStyle();
  const float spacing = touch_target() - ImGui::GetTextLineHeight();
  if (spacing <= style.ItemSpacing.y) return 0;
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(style.ItemSpacing.x, spacing));
  ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, ImVec2(style.SelectableTextAlign.x, 0.5f));
  return 2;
}

float touch_row_height() {
  if (!g_touch) return 0.0f;
  return std::max(0.0f, touch_target() - ImGui::GetStyle().ItemSpacing.y);
}

void apply_style(bool touch) {
  g_touch = touch;
  ImGuiStyle& style = ImGui::GetStyle();
  style = ImGuiStyle();
  ImGui::StyleColorsLight(&style);
  style.WindowPadding = ImVec2(16, 14);
  style.FramePadding = ImVec2(10, 7);
  style.ItemSpacing = ImVec2(10, 9);
  style.ItemInnerSpacing = ImVec2(8, 6);
  style.CellPadding = ImVec2(8, 6);
  style.ScrollbarSize = 16;
  style.WindowRounding = 0;
  style.FrameRounding = 5;
  style.GrabRounding = 5;
  style.PopupRounding = 6;
  style.TabRounding = 5;
  style.WindowBorderSize = 0;
  style.FrameBorderSize = 1;
  if (touch) {
    style.FramePadding = ImVec2(14, 14);  // 17 px text + 2 x 14 = 45 px
    style.ItemSpacing = ImVec2(12, 12);
    style.ScrollbarSize = 22;
    style.GrabMinSize = 28;
    style.TouchExtraPadding = ImVec2(4, 4);
  }
  ImVec4* c = style.Colors;
  c[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.96f, 1.0f);
  // Opaque: the light style's 98 % lets text behind a dropdown show through.
  c[ImGuiCol_PopupBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
  // The ring round the control Tab reached: the accent, strong enough to find
  // at a glance (the default is a pale blue on this light theme).
  c[ImGuiCol_NavHighlight] = kAccent;
  c[ImGuiCol_MenuBarBg] = ImVec4(0.93f, 0.93f, 0.91f, 1.0f);
  c[ImGuiCol_Text] = ImVec4(0.10f, 0.11f, 0.12f, 1.0f);
  c[ImGuiCol_Border] = ImVec4(0.78f, 0.78f, 0.76f, 1.0f);
  c[ImGuiCol_FrameBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
  c[ImGuiCol_Button] = ImVec4(0.89f, 0.89f, 0.87f, 1.0f);
  c[ImGuiCol_ButtonHovered] = ImVec4(0.82f, 0.86f, 0.88f, 1.0f);
  c[ImGuiCol_ButtonActive] = ImVec4(0.74f, 0.80f, 0.84f, 1.0f);
  c[ImGuiCol_Header] = ImVec4(0.84f, 0.90f, 0.93f, 1.0f);
  c[ImGuiCol_HeaderHovered] = ImVec4(0.78f, 0.87f, 0.92f, 1.0f);
  c[ImGuiCol_TableHeaderBg] = ImVec4(0.90f, 0.90f, 0.88f, 1.0f);
  c[ImGuiCol_SliderGrab] = kAccent;
  c[ImGuiCol_SliderGrabActive] = ImVec4(0.10f, 0.34f, 0.45f, 1.0f);
  c[ImGuiCol_CheckMark] = kAccent;
  c[ImGuiCol_TableRowBgAlt] = ImVec4(0.0f, 0.0f, 0.0f, 0.03f);
}

bool primary_button(const char* label, const ImVec2& size) {
  ImGui::PushStyleColor(ImGuiCol_Button, kAccent);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(0.18f, 0.50f, 0.64f, 1.0f));
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImVec4(0.10f, 0.34f, 0.45f, 1.0f));
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
  const bool pressed = ImGui::Button(label, size);
  ImGui::PopStyleColor(4);
  return pressed;
}

bool danger_button(const char* label, const ImVec2& size) {
  ImGui::PushStyleColor(ImGuiCol_Button, static_cast<ImVec4>(kDanger));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(0.80f, 0.22f, 0.22f, 1.0f));
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImVec4(0.60f, 0.12f, 0.12f, 1.0f));
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
  const bool pressed = ImGui::Button(label, size);
  ImGui::PopStyleColor(4);
  return pressed;
}

}  // namespace mend::ui
