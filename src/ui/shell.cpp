// The frame around every screen: the menu bar, the message banner and one
// full-window host that the current screen draws into.
#include "ui/theme.hpp"
#include "ui/views.hpp"

namespace mend::ui {

void draw_main_menu(const app::AppState& state, app::Commands& out) {
  if (!ImGui::BeginMainMenuBar()) return;
  ImGui::PushFont(fonts().bold);
  ImGui::TextColored(kAccent, "Mend");
  ImGui::PopFont();
  if (ImGui::BeginMenu("Cases")) {
    if (ImGui::MenuItem("New case", "N")) out.push(app::ShowScreen{app::Screen::NewCase});
    if (ImGui::MenuItem("Case queue")) out.push(app::ShowScreen{app::Screen::Queue});
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("Help")) {
    ImGui::MenuItem("Mend " MEND_VERSION, nullptr, false, false);
    ImGui::MenuItem("Service recovery, offline, in your browser", nullptr, false, false);
    ImGui::EndMenu();
  }
  // Storage status at the right edge: staff must know whether work is kept.
  const std::string storage = "Storage: " + state.storage_status;
  const float width = ImGui::CalcTextSize(storage.c_str()).x;
  ImGui::SetCursorPosX(ImGui::GetWindowWidth() - width - ImGui::GetStyle().WindowPadding.x);
  ImGui::TextColored(kMuted, "%s", storage.c_str());
  ImGui::EndMainMenuBar();
}

void draw_messages(const app::AppState& state, app::Commands& out) {
  const bool error = !state.last_error.empty();
  if (!error && state.last_notice.empty()) return;
  const ImVec4 colour = error ? kDanger : kOk;
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(colour.x, colour.y, colour.z, 0.10f));
  const float height = ImGui::GetFrameHeight() + 2 * ImGui::GetStyle().WindowPadding.y;
  ImGui::BeginChild("##message", ImVec2(0, height), true,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::AlignTextToFramePadding();
  ImGui::TextColored(colour, "%s", error ? state.last_error.c_str() : state.last_notice.c_str());
  ImGui::SameLine(ImGui::GetWindowWidth() - ImGui::CalcTextSize("Dismiss").x - 40);
  if (ImGui::Button("Dismiss")) out.push(app::DismissMessages{});
  ImGui::EndChild();
  ImGui::PopStyleColor();
}

void draw_app(const app::AppState& state, app::IntakeDraft& draft, app::Commands& out) {
  draw_main_menu(state, out);
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  constexpr ImGuiWindowFlags host = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                    ImGuiWindowFlags_NoSavedSettings |
                                    ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("Mend", nullptr, host);
  draw_messages(state, out);
  switch (state.screen) {
    case app::Screen::Queue:
      draw_queue(state, out);
      break;
    case app::Screen::NewCase:
      draw_intake(state, draft, out);
      break;
    case app::Screen::CaseDetail:
      draw_case(state, out);
      break;
  }
  ImGui::End();
}

}  // namespace mend::ui
