// Who is at the desk, in the frame around every screen: the first run or the
// sign-in screen in place of the current screen when one is due, "Switch
// user" in the menu bar, and the activity that keeps an idle desk signed in.
#include <string>

#include "core/model/lookup.hpp"
#include "ui/format.hpp"
#include "ui/messages_desk.hpp"
#include "ui/theme.hpp"
#include "ui/views.hpp"

namespace mend::ui {

bool Shell::draw_desk_screen(const app::AppState& state, app::Requests& out) {
  if (app::sign_in_needed(state)) {
    sign_in_.draw(state, out);
    return true;
  }
  if (app::first_run(state) && state.screen == app::Screen::Queue) {
    first_run_.draw(state, out);
    return true;
  }
  return false;
}

namespace {

// Who is signed in, as the menu bar says it ("" when nobody is).
std::string signed_in_text(const app::AppState& state) {
  if (!state.desk.signed_in) return {};
  const Staff* staff = find_staff(state.book, state.staff_id);
  if (!staff) return {};
  const Role* role = role_of(state.book, staff->id);
  return text_format(desk_text::kSignedInAsFormat, staff->name.c_str(),
                     role ? role->name.c_str() : staff->role_id.c_str());
}

}  // namespace

float desk_menu_width(const app::AppState& state, DeskMenu form) {
  const std::string who = signed_in_text(state);
  if (who.empty()) return 0;
  const ImGuiStyle& style = ImGui::GetStyle();
  const float button = ImGui::CalcTextSize(desk_text::kSwitchUser).x + 2 * style.FramePadding.x;
  if (form == DeskMenu::Button) return button + 24;
  return ImGui::CalcTextSize(who.c_str()).x + style.ItemSpacing.x + button + 24;
}

float draw_desk_menu(const app::AppState& state, app::Requests& out, float right_edge,
                     DeskMenu form) {
  const std::string who = signed_in_text(state);
  if (who.empty()) return 0;
  const float width = desk_menu_width(state, form);
  ImGui::SetCursorPosX(right_edge - width);
  if (form == DeskMenu::Full) {
    ImGui::TextColored(kMuted, "%s", who.c_str());
    ImGui::SameLine();
  }
  if (ImGui::Button(desk_text::kSwitchUser)) out.push(app::RequestSignOut{});
  if (form == DeskMenu::Button && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", who.c_str());
  ImGui::SameLine();
  return width;
}

void note_desk_activity(app::Requests& out) {
  const ImGuiIO& io = ImGui::GetIO();
  bool touched = io.MouseDelta.x != 0 || io.MouseDelta.y != 0 || io.MouseWheel != 0 ||
                 io.MouseWheelH != 0 || io.InputQueueCharacters.Size > 0;
  for (bool down : io.MouseDown) touched = touched || down;
  for (bool down : io.KeysDown) touched = touched || down;
  if (touched) out.push(app::RequestDeskActivity{});
}

}  // namespace mend::ui
