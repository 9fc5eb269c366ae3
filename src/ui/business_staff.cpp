#include "ui/business_staff.hpp"

#include "core/base/money.hpp"
#include "core/model/lookup.hpp"
#include "ui/messages_business.hpp"
#include "ui/theme.hpp"

namespace mend::ui {
namespace {

void heading(const char* text) {
  ImGui::Spacing();
  ImGui::PushFont(fonts().bold);
  ImGui::TextUnformatted(text);
  ImGui::PopFont();
}

}  // namespace

void StaffEditor::draw(const app::AppState& state, app::Requests&, bool) {
  namespace t = business_text;
  const Book& book = state.book;
  const std::string& currency = book.settings.currency;
  constexpr ImGuiTableFlags flags =
      ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  heading(t::kPeople);
  if (book.staff.empty()) {
    ImGui::TextUnformatted(t::kNoStaff);
  } else if (ImGui::BeginTable("##staff", 2, flags)) {
    ImGui::TableSetupColumn(t::kName);
    ImGui::TableSetupColumn(t::kRole);
    ImGui::TableHeadersRow();
    for (const Staff& s : book.staff) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(s.name.c_str());
      ImGui::TableNextColumn();
      const Role* role = role_of(book, s.id);
      ImGui::TextUnformatted(role ? role->name.c_str() : s.role_id.c_str());
    }
    ImGui::EndTable();
  }
  heading(t::kRoles);
  if (!ImGui::BeginTable("##roles", 5, flags)) return;
  for (const char* h : {t::kRole, t::kPerCase, t::kPerDay, t::kApproves, t::kManages})
    ImGui::TableSetupColumn(h);
  ImGui::TableHeadersRow();
  for (const Role& r : book.roles) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(r.name.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(format_money(r.per_case_limit, currency).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(format_money(r.per_day_limit, currency).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(r.can_approve ? t::kYes : t::kNo);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(r.can_manage ? t::kYes : t::kNo);
  }
  ImGui::EndTable();
}

}  // namespace mend::ui
