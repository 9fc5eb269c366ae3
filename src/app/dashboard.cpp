// The owner's dashboard: the analysis of a range of dates, made again only
// when it is shown and the range or the book has changed.
#include "app/app.hpp"
#include "core/model/lookup.hpp"

namespace mend::app {
namespace {

constexpr TimeMs k90Days = 90 * kMsPerDay;
// A named range ends now; "now" moving on alone re-analyses this often.
constexpr TimeMs kRefreshMs = 60 * kMsPerSecond;

}  // namespace

void App::handle(const RequestDashboardRange& r) {
  DashboardState& d = state_.dashboard;
  if (r.range == DashboardRange::Custom) {
    if (r.to <= r.from) return;  // the view says why; nothing to analyse
    d.custom_from = r.from;
    d.custom_to = r.to;
  }
  d.range = r.range;
  d.stale = true;
}

void App::refresh_dashboard() {
  DashboardState& d = state_.dashboard;
  if (state_.screen != Screen::Dashboard || !may_manage(state_.book, state_.staff_id)) return;
  const TimeMs now = state_.now;
  TimeMs from = 0, to = now + 1;
  switch (d.range) {
    case DashboardRange::ThisWeek:
      from = week_start(state_.book.settings, now);
      break;
    case DashboardRange::ThisMonth:
      from = month_start(state_.book.settings, now);
      break;
    case DashboardRange::Last90Days:
      from = now - k90Days;
      break;
    case DashboardRange::Custom:
      from = d.custom_from;
      to = d.custom_to;
      break;
  }
  const std::size_t events = state_.book.cases.event_total();
  const bool moved = d.range != DashboardRange::Custom && to - d.to >= kRefreshMs;
  if (!d.stale && d.analysis && events == d.analysed_events && from == d.from && !moved) return;
  d.from = from;
  d.to = to;
  d.analysis = analyse_book(state_.book, from, to);
  d.analysed_events = events;
  ++d.analyses;
  d.stale = false;
}

void App::handle(const RequestSaveDashboardImage&) {
  if (state_.screen != Screen::Dashboard || !may_manage(state_.book, state_.staff_id)) return;
  report(DashboardImageWanted{}, false);
}

void App::handle(const RequestDashboardImageDone& r) {
  report(DashboardImageSaved{r.why}, true);
}

}  // namespace mend::app
