// The business screen's settings tab (BusinessScreen draws it): the name and
// currency, the clock targets, the money the dashboard and the authority
// checks use, and the business's own words, with the words of a trade to
// start from. Read-only for roles that do not manage.
#pragma once
#include <map>
#include <optional>
#include <string>

#include "app/app_state.hpp"
#include "core/coach/coach.hpp"
#include "ui/editor_form.hpp"
#include "ui/lock_settings.hpp"

namespace mend::ui {

class SettingsEditor {
 public:
  void draw(const app::AppState& state, app::Requests& out, bool may_edit);

 private:
  // The settings as typed: numbers stay text until Save.
  struct Draft {
    Settings settings;
    std::string first_response_minutes, recovery_hours, follow_up_hours, offset_minutes;
    std::string anonymise_months;
    std::string kiosk_idle_seconds;
    std::map<std::string, std::string> budgets, tier_values;  // by segment / tier id
    std::string new_terms[4];                                 // the "Add" row of each list
    int trade = 0;
  };
  void load(const Settings& settings);
  void draw_read_only(const app::AppState& state);
  void draw_clocks();
  void draw_money();
  void draw_words();
  void draw_privacy(const app::AppState& state);
  void draw_kiosk();
  std::optional<Settings> read_draft();

  std::optional<Draft> draft_;
  // The coach's reading of the kiosk's apology, redone when the words change.
  std::optional<std::string> coached_apology_;  // none until first read
  CoachReport apology_report_;
  form::SaveState save_;
  LockSettings lock_;
};

}  // namespace mend::ui
