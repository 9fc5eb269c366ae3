// The frame around every screen: the menu bar, the message banner and one
// full-window host that the current screen draws into.
#include <algorithm>

#include "ui/messages.hpp"
#include "ui/messages_case.hpp"
#include "ui/text_fields.hpp"
#include "ui/theme.hpp"
#include "ui/views.hpp"

namespace mend::ui {

void Shell::draw_main_menu(const app::AppState& state, app::Requests& out) {
  if (!ImGui::BeginMainMenuBar()) return;
  ImGui::PushFont(fonts().bold);
  ImGui::TextColored(kAccent, "Mend");
  ImGui::PopFont();
  const bool signing_in = app::sign_in_needed(state);  // nobody's menus until someone signs in
  if (!signing_in && ImGui::BeginMenu("Cases")) {
    if (ImGui::MenuItem("New case", "N")) out.push(app::RequestNewCase{});
    if (ImGui::MenuItem("Case queue")) out.push(app::RequestShowScreen{app::Screen::Queue});
    ImGui::EndMenu();
  }
  if (!signing_in && ImGui::MenuItem(case_text::kFollowUpsTitle)) {
    out.push(app::RequestShowScreen{app::Screen::FollowUps});
  }
  if (!signing_in && ImGui::BeginMenu("Data")) {
    if (ImGui::MenuItem("Export book\u2026")) data_.open_export(state.now);
    if (ImGui::MenuItem("Export cases as CSV"))
      out.push(app::RequestExportBook{app::ExportKind::CasesCsv, std::nullopt, std::nullopt});
    if (ImGui::MenuItem("Import book\u2026")) out.push(app::RequestPickImportFile{});
    ImGui::Separator();
    if (ImGui::MenuItem("Storage and backups")) out.push(app::RequestShowScreen{app::Screen::Data});
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("Help")) {
    ImGui::MenuItem("Mend " MEND_VERSION, nullptr, false, false);
    ImGui::MenuItem("Service recovery, offline, in your browser", nullptr, false, false);
    ImGui::EndMenu();
  }
  // Storage status at the right edge: staff must know whether work is kept.
  const ImVec4 colour = state.storage.failure ? kDanger : kMuted;
  const std::string storage = storage_text(state.storage);
  const float width = ImGui::CalcTextSize(storage.c_str()).x;
  draw_desk_menu(state, out,
                 ImGui::GetWindowWidth() - width - 2 * ImGui::GetStyle().WindowPadding.x);
  ImGui::SetCursorPosX(ImGui::GetWindowWidth() - width - ImGui::GetStyle().WindowPadding.x);
  ImGui::TextColored(colour, "%s", storage.c_str());
  ImGui::EndMainMenuBar();
}

void draw_messages(const app::AppState& state, app::Requests& out) {
  const auto banner = state.banner ? banner_text(*state.banner) : std::nullopt;
  if (!banner) return;
  const ImVec4 colour = banner->error ? kDanger : kOk;
  const ImGuiStyle& style = ImGui::GetStyle();
  // A long reason wraps before the buttons instead of running under them.
  const float dismiss = ImGui::CalcTextSize("Dismiss").x + 2 * style.FramePadding.x;
  const float export_now = banner->offer_export ? ImGui::CalcTextSize(kExportNowLabel).x +
                                                      2 * style.FramePadding.x + style.ItemSpacing.x
                                                : 0.0f;
  const float buttons = dismiss + export_now;
  const float wrap = ImGui::GetContentRegionAvail().x - buttons - 2 * style.WindowPadding.x - 40;
  const float text_height = ImGui::CalcTextSize(banner->text.c_str(), nullptr, false, wrap).y;
  const float height = std::max(ImGui::GetFrameHeight(), text_height + 2 * style.FramePadding.y) +
                       2 * style.WindowPadding.y;
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(colour.x, colour.y, colour.z, 0.10f));
  ImGui::BeginChild("##message", ImVec2(0, height), true,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::AlignTextToFramePadding();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap);
  ImGui::TextColored(colour, "%s", banner->text.c_str());
  ImGui::PopTextWrapPos();
  ImGui::SameLine(ImGui::GetWindowWidth() - buttons - 40 + 2 * style.FramePadding.x);
  // The whole book, unsaved changes included: what the failing store cannot keep.
  if (banner->offer_export && ImGui::Button(kExportNowLabel))
    out.push(app::RequestExportBook{app::ExportKind::Book, std::nullopt, std::nullopt});
  if (banner->offer_export) ImGui::SameLine();
  if (ImGui::Button("Dismiss")) out.push(app::RequestDismissMessage{});
  ImGui::EndChild();
  ImGui::PopStyleColor();
}

namespace {

// The shortcut the Cases menu shows beside "New case": N, when no field takes
// the typing and no popup is open. It comes as a key (the platform's codes
// are GLFW's, the capital letters' ASCII) when the page has the keyboard, or
// as a character when the hidden text input still has it.
bool new_case_shortcut(const app::AppState& state) {
  const ImGuiIO& io = ImGui::GetIO();
  if (app::sign_in_needed(state) || app::first_run(state) || io.WantTextInput || io.KeyCtrl ||
      io.KeyAlt || io.KeySuper ||
      ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel))
    return false;
  constexpr int kKeyN = 'N';
  if (ImGui::IsKeyPressed(kKeyN, false)) return true;
  for (const ImWchar c : io.InputQueueCharacters)
    if (c == 'n' || c == 'N') return true;
  return false;
}

}  // namespace

void Shell::draw(const app::AppState& state, app::Requests& out) {
  intake_.follow(state);  // even off screen: the form must hear that its case opened
  case_.follow(state);
  first_run_.follow(state);
  sign_in_.follow(state);
  note_desk_activity(out);
  keep_typing_on_escape();
  draw_main_menu(state, out);
  if (new_case_shortcut(state)) out.push(app::RequestNewCase{});
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  constexpr ImGuiWindowFlags host = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                    ImGuiWindowFlags_NoSavedSettings |
                                    ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("Mend", nullptr, host);
  draw_messages(state, out);
  if (!draw_desk_screen(state, out)) switch (state.screen) {
      case app::Screen::Queue:
        queue_.draw(state, out);
        break;
      case app::Screen::NewCase:
        intake_.draw(state, out);
        break;
      case app::Screen::CaseDetail:
        case_.draw(state, out);
        break;
      case app::Screen::FollowUps:
        draw_follow_ups(state, out);
        break;
      case app::Screen::Data:
        data_.draw(state, out);
        break;
    }
  data_.draw_export_dialog(out);
  draw_import_dialog(state, out);
  ImGui::End();
}

}  // namespace mend::ui
