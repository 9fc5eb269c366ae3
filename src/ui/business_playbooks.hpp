// The business screen's playbooks tab (BusinessScreen draws it): every
// playbook a case can follow; for a managing role, a built-in copied to make
// the business's own, and its steps added, removed, reordered and edited.
// Each save is a new version; cases already open keep theirs.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "app/app_state.hpp"
#include "ui/editor_form.hpp"

namespace mend::ui {

class PlaybookEditor {
 public:
  // may_edit false: read-only (the signed-in role does not manage).
  void draw(const app::AppState& state, app::Requests& out, bool may_edit);

 private:
  struct StepDraft {
    Step step;
    std::string phrases, choices, target_minutes;  // as typed
  };
  struct Draft {
    bool is_new = true;
    Playbook playbook;  // steps are in `steps` while editing
    std::vector<StepDraft> steps;
    bool own_clock[3] = {false, false, false};
    std::string clock_text[3];  // first response in minutes, recovery and follow-up in hours
  };
  void start(const Playbook& playbook, bool is_new);
  void draw_list(const app::AppState& state, bool may_edit);
  void draw_form(const app::AppState& state, app::Requests& out);
  void draw_step(std::size_t i, bool& remove, int& move);
  std::optional<Playbook> read_draft();

  std::optional<Draft> draft_;
  std::optional<std::size_t> new_step_;  // just added: scrolled to, its title focused
  form::SaveState save_;
};

}  // namespace mend::ui
