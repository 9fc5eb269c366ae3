// The owner's dashboard (Screen::Dashboard): what keeps failing, how fast it
// is recovered, what recovery costs and earns, for a chosen range of dates.
#pragma once
#include "app/app_state.hpp"

namespace mend::ui {

class DashboardScreen {
 public:
  void draw(const app::AppState& state, app::Requests& out);
};

}  // namespace mend::ui
