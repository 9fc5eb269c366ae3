// The owner's dashboard (Screen::Dashboard): what keeps failing, how fast it
// is recovered, what recovery costs and earns, for a chosen range of dates.
// It draws AppState::dashboard (analysed by the app, not here) and owns only
// its custom dates' drafts and which bar's cases it lists.
#pragma once
#include <string>
#include <vector>

#include "app/app_state.hpp"

namespace mend::ui {

class DashboardScreen {
 public:
  void draw(const app::AppState& state, app::Requests& out);

 private:
  enum class Listed { None, Kinds, Causes, Repeat };
  void draw_range(const app::AppState& state, app::Requests& out);
  void draw_headlines(const app::AppState& state, const Analytics& a);
  void draw_failures(const app::AppState& state, const Analytics& a, app::Requests& out);
  void draw_clocks(const Analytics& a);
  void draw_make_goods(const app::AppState& state, const Analytics& a);
  void draw_outcomes(const app::AppState& state, const Analytics& a, app::Requests& out);
  // The cases behind the tapped bar (or the repeat customers), under its chart.
  void draw_list(const app::AppState& state, const Analytics& a, app::Requests& out);

  Listed listed_ = Listed::None;
  int listed_index_ = -1;
  std::string from_, to_;  // the custom dates as typed
  bool bad_dates_ = false;
};

}  // namespace mend::ui
