// The business screen's staff-and-roles tab (BusinessScreen draws it): the
// people who sign in and the roles that set what they may grant alone; for a
// managing role, a form for one person (their role, a PIN set or reset) or
// one role (limits, approving, managing) at a time.
#pragma once
#include <optional>
#include <string>

#include "app/app_state.hpp"
#include "ui/editor_form.hpp"

namespace mend::ui {

class StaffEditor {
 public:
  // may_edit false: read-only (the signed-in role does not manage).
  void draw(const app::AppState& state, app::Requests& out, bool may_edit);

 private:
  struct PersonDraft {
    bool is_new = true;
    std::string id, name, role_id = "staff", pin;
    bool retired = false;
  };
  struct RoleDraft {
    bool is_new = true;
    std::string id, name, per_case, per_day;
    bool can_approve = false, can_manage = false, retired = false;
  };
  void draw_people(const app::AppState& state, bool may_edit);
  void draw_roles(const app::AppState& state, bool may_edit);
  void draw_person_form(const app::AppState& state, app::Requests& out);
  void draw_role_form(const app::AppState& state, app::Requests& out);

  std::optional<PersonDraft> person_;
  std::optional<RoleDraft> role_;
  form::SaveState person_save_, role_save_;
};

}  // namespace mend::ui
