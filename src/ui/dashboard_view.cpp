#include "ui/dashboard_view.hpp"

#include "core/model/lookup.hpp"
#include "ui/messages_shell.hpp"
#include "ui/theme.hpp"

namespace mend::ui {

void DashboardScreen::draw(const app::AppState& state, app::Requests&) {
  ImGui::PushFont(fonts().bold);
  ImGui::TextUnformatted(shell_text::kDashboard);
  ImGui::PopFont();
  if (!may_manage(state.book, state.staff_id)) {
    ImGui::TextUnformatted(shell_text::kManagersOnly);
    return;
  }
}

}  // namespace mend::ui
