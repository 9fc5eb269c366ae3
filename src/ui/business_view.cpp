#include "ui/business_view.hpp"

#include "core/model/lookup.hpp"
#include "ui/item_label.hpp"
#include "ui/messages_business.hpp"
#include "ui/messages_shell.hpp"
#include "ui/theme.hpp"

namespace mend::ui {

void BusinessScreen::open(BusinessTab tab) {
  tab_ = tab;
  select_tab_ = true;
}

void BusinessScreen::draw(const app::AppState& state, app::Requests& out) {
  namespace t = shell_text;
  const bool may_edit = may_manage(state.book, state.staff_id);
  // Editing in the app is the next step (issue 9's editors); until then
  // everyone reads, and the screen says where the records come from.
  ImGui::PushStyleColor(ImGuiCol_Text, static_cast<ImVec4>(kMuted));
  ImGui::TextWrapped("%s", may_edit ? business_text::kNotEditableYet : t::kReadOnly);
  ImGui::PopStyleColor();
  if (!ImGui::BeginTabBar("##business")) return;
  const auto tab = [&](BusinessTab which, const char* label) {
    const ImGuiTabItemFlags flags =
        select_tab_ && tab_ == which ? ImGuiTabItemFlags_SetSelected : ImGuiTabItemFlags_None;
    const bool open = ImGui::BeginTabItem(label, nullptr, flags);
    report_item_label(label);  // tabs are controls: the registry lists them
    if (!open) return false;
    tab_ = which;
    return true;
  };
  if (tab(BusinessTab::Catalog, t::kCatalog)) {
    catalog_.draw(state, out, may_edit);
    ImGui::EndTabItem();
  }
  if (tab(BusinessTab::Staff, t::kStaffAndRoles)) {
    staff_.draw(state, out, may_edit);
    ImGui::EndTabItem();
  }
  if (tab(BusinessTab::Playbooks, t::kPlaybooks)) {
    playbooks_.draw(state, out, may_edit);
    ImGui::EndTabItem();
  }
  if (tab(BusinessTab::Settings, t::kSettings)) {
    settings_.draw(state, out, may_edit);
    ImGui::EndTabItem();
  }
  select_tab_ = false;
  ImGui::EndTabBar();
}

}  // namespace mend::ui
