#include "ui/business_view.hpp"

#include "core/model/lookup.hpp"
#include "ui/format.hpp"
#include "ui/item_label.hpp"
#include "ui/messages_business.hpp"
#include "ui/messages_shell.hpp"
#include "ui/readable.hpp"
#include "ui/theme.hpp"

namespace mend::ui {

void BusinessScreen::open(BusinessTab tab) {
  tab_ = tab;
  select_tab_ = true;
}

void BusinessScreen::draw(const app::AppState& state, app::Requests& out) {
  namespace t = shell_text;
  const bool may_edit = may_manage(state.book, state.staff_id);
  // Everyone may read the business's records; only a managing role edits.
  if (!may_edit) readable_text(t::kReadOnly, "read-only", kMuted);
  if (!ImGui::BeginTabBar("##business")) return;
  // The menu's choice, read before any open tab below overwrites tab_.
  const BusinessTab wanted = tab_;
  const auto tab = [&](BusinessTab which, const char* label) {
    const ImGuiTabItemFlags flags =
        select_tab_ && wanted == which ? ImGuiTabItemFlags_SetSelected : ImGuiTabItemFlags_None;
    // The tab's id is the same in every language, so a change of language
    // keeps the tab that is open.
    const std::string name = text_format("%s###business-tab-%d", label, static_cast<int>(which));
    const bool open = ImGui::BeginTabItem(name.c_str(), nullptr, flags);
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
