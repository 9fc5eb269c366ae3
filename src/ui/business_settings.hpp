// The business screen's settings tab (BusinessScreen draws it).
#pragma once
#include "app/app_state.hpp"

namespace mend::ui {

class SettingsEditor {
 public:
  // may_edit false: read-only (the signed-in role does not manage).
  void draw(const app::AppState& state, app::Requests& out, bool may_edit);
};

}  // namespace mend::ui
