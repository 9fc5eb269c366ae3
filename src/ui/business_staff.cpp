#include "ui/business_staff.hpp"

#include "core/base/money.hpp"
#include "core/model/lookup.hpp"
#include "ui/format.hpp"
#include "ui/messages_business.hpp"
#include "ui/readable.hpp"
#include "ui/text_fields.hpp"
#include "ui/theme.hpp"

namespace mend::ui {
namespace {

namespace t = business_text;

constexpr ImGuiTableFlags kTable =
    ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;

std::string with_id(const char* label, const char* id) {
  return std::string(label) + id;
}

}  // namespace

void StaffEditor::draw(const app::AppState& state, app::Requests& out, bool may_edit) {
  if (person_save_.note(state, app::EditKind::Staff)) person_.reset();
  if (role_save_.note(state, app::EditKind::Role)) role_.reset();
  if (!may_edit) {
    person_.reset();
    role_.reset();
  }
  // An open form comes first, so its buttons are in view however long the
  // lists are; the lists scroll beneath it.
  if (person_) draw_person_form(state, out);
  if (role_) draw_role_form(state, out);
  if (person_ || role_) ImGui::Separator();
  ImGui::BeginChild("##staff-lists", ImVec2(0, 0), false);
  draw_people(state, may_edit);
  draw_roles(state, may_edit);
  ImGui::EndChild();
}

void StaffEditor::draw_people(const app::AppState& state, bool may_edit) {
  const Book& book = state.book;
  form::heading(t::kPeople);
  if (may_edit && !person_) {
    ImGui::SameLine();
    if (ImGui::Button(with_id(t::kAddPerson, "##add-person").c_str())) {
      role_.reset();
      person_ = PersonDraft{};
      person_save_ = {};
    }
    form::save_status(state, person_save_);
  }
  if (book.staff.empty()) {
    ImGui::TextUnformatted(t::kNoStaff);
    return;
  }
  if (!ImGui::BeginTable("##staff", 4, kTable)) return;
  for (const char* h : {t::kName, t::kRole, t::kPin, t::kStatus}) ImGui::TableSetupColumn(h);
  ImGui::TableHeadersRow();
  for (const Staff& s : book.staff) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    if (may_edit) {
      const std::string label = s.name + "##person-" + s.id;
      if (ImGui::Selectable(label.c_str(), person_ && person_->id == s.id,
                            ImGuiSelectableFlags_SpanAllColumns, ImVec2(0, touch_row_height()))) {
        role_.reset();
        person_ = PersonDraft{false, s.id, s.name, s.role_id, "", s.retired};
        person_save_ = {};
      }
    } else {
      ImGui::TextUnformatted(s.name.c_str());
    }
    ImGui::TableNextColumn();
    const Role* role = role_of(book, s.id);
    ImGui::TextUnformatted(role ? role->name.c_str() : s.role_id.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(s.pin_hash.empty() ? t::kPinNotSet : t::kPinSet);
    ImGui::TableNextColumn();
    ImGui::TextColored(s.retired ? kMuted : kOk, "%s",
                       (s.retired ? t::kRetired : t::kActive).c_str());
  }
  ImGui::EndTable();
}

void StaffEditor::draw_person_form(const app::AppState& state, app::Requests& out) {
  PersonDraft& d = *person_;
  const Book& book = state.book;
  ImGui::PushFont(fonts().bold);
  ImGui::TextUnformatted(d.is_new ? t::kNewPerson.c_str()
                                  : text_format(t::kPersonFormat, d.name.c_str()).c_str());
  ImGui::PopFont();
  form::text(t::kName, "##person-name", &d.name, TextKind::Name);
  form::error_for(person_save_.error, "name");
  const Role* current = nullptr;
  for (const Role& r : book.roles)
    if (r.id == d.role_id) current = &r;
  form::label(t::kRole);
  if (begin_combo(t::kRole, "##person-role", current ? current->name.c_str() : d.role_id.c_str())) {
    for (const Role& r : book.roles)
      if (!r.retired && ImGui::Selectable(r.name.c_str(), r.id == d.role_id)) d.role_id = r.id;
    end_combo();
  }
  form::error_for(person_save_.error, "role_id");
  form::label(d.is_new ? t::kNewPin : t::kResetPin);
  input_text("##person-pin", &d.pin,
             ImGuiInputTextFlags_Password | ImGuiInputTextFlags_CharsDecimal);
  form::error_for(person_save_.error, "pin");
  form::error_other(person_save_.error, {"name", "role_id", "pin"});
  if (primary_button(with_id(t::kSave, "##person").c_str())) {
    Staff s{d.id, d.name, d.role_id, "", d.retired};
    out.push(app::RequestSaveStaff{s, d.is_new, d.pin});
    d.pin.clear();  // never kept longer than the one request
  }
  ImGui::SameLine();
  bool close = ImGui::Button(with_id(t::kCancel, "##person").c_str());
  if (!d.is_new && !d.retired) {
    ImGui::SameLine();
    if (ImGui::Button(with_id(t::kRemove, "##person").c_str()))
      out.push(app::RequestRemoveRecord{app::EditKind::Staff, d.id});
  }
  form::save_status(state, person_save_);
  if (close) {
    person_.reset();
    person_save_ = {};
  }
}

void StaffEditor::draw_roles(const app::AppState& state, bool may_edit) {
  const Book& book = state.book;
  const std::string& currency = book.settings.currency;
  form::heading(t::kRoles);
  if (may_edit && !role_) {
    ImGui::SameLine();
    if (ImGui::Button(with_id(t::kAddRole, "##add-role").c_str())) {
      person_.reset();
      role_ = RoleDraft{};
      role_save_ = {};
    }
    form::save_status(state, role_save_);
  }
  if (!ImGui::BeginTable("##roles", 5, kTable)) return;
  for (const char* h : {t::kRole, t::kPerCase, t::kPerDay, t::kApproves, t::kManages})
    ImGui::TableSetupColumn(h);
  ImGui::TableHeadersRow();
  for (const Role& r : book.roles) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    const std::string name = r.retired ? r.name + " (" + t::kRetired + ")" : r.name;
    if (may_edit) {
      const std::string label = name + "##role-" + r.id;
      if (ImGui::Selectable(label.c_str(), role_ && role_->id == r.id,
                            ImGuiSelectableFlags_SpanAllColumns, ImVec2(0, touch_row_height()))) {
        person_.reset();
        role_ = RoleDraft{false,
                          r.id,
                          r.name,
                          form::amount_text(r.per_case_limit),
                          form::amount_text(r.per_day_limit),
                          r.can_approve,
                          r.can_manage,
                          r.retired};
        role_save_ = {};
      }
    } else {
      ImGui::TextUnformatted(name.c_str());
    }
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

void StaffEditor::draw_role_form(const app::AppState& state, app::Requests& out) {
  RoleDraft& d = *role_;
  ImGui::PushFont(fonts().bold);
  ImGui::TextUnformatted(d.is_new ? t::kNewRole.c_str()
                                  : text_format(t::kRoleFormat, d.name.c_str()).c_str());
  ImGui::PopFont();
  form::text(t::kName, "##role-name", &d.name);
  form::error_for(role_save_.error, "name");
  form::amount(t::kPerCase, "##role-per-case", &d.per_case);
  form::error_for(role_save_.error, "per_case_limit");
  form::amount(t::kPerDay, "##role-per-day", &d.per_day);
  form::error_for(role_save_.error, "per_day_limit");
  ImGui::Checkbox(with_id(t::kCanApprove, "##role-approve").c_str(), &d.can_approve);
  ImGui::Checkbox(with_id(t::kCanManage, "##role-manage").c_str(), &d.can_manage);
  form::error_for(role_save_.error, "can_manage");
  form::error_other(role_save_.error, {"name", "per_case_limit", "per_day_limit", "can_manage"});
  if (primary_button(with_id(t::kSave, "##role").c_str())) {
    const std::optional<Cents> per_case = parse_money(d.per_case);
    const std::optional<Cents> per_day = parse_money(d.per_day);
    if (!per_case)
      role_save_.error = Error{"per_case_limit", t::kNotAnAmount.c_str()};
    else if (!per_day)
      role_save_.error = Error{"per_day_limit", t::kNotAnAmount.c_str()};
    else
      out.push(app::RequestSaveRole{
          Role{d.id, d.name, *per_case, *per_day, d.can_approve, d.can_manage, d.retired},
          d.is_new});
  }
  ImGui::SameLine();
  bool close = ImGui::Button(with_id(t::kCancel, "##role").c_str());
  if (!d.is_new && !d.retired) {
    ImGui::SameLine();
    if (ImGui::Button(with_id(t::kRemove, "##role").c_str()))
      out.push(app::RequestRemoveRecord{app::EditKind::Role, d.id});
  }
  form::save_status(state, role_save_);
  if (close) {
    role_.reset();
    role_save_ = {};
  }
}

}  // namespace mend::ui
