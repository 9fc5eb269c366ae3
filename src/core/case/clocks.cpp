#include "core/case/clocks.hpp"

#include "core/playbook/playbooks.hpp"

namespace mend {
namespace {

Clock make_clock(TimeMs started, TimeMs due, std::optional<TimeMs> stopped, const CaseState& s,
                 TimeMs now) {
  Clock c;
  c.started = started;
  c.due = due;
  c.stopped = stopped;
  c.remaining = due - now;
  if (stopped)
    c.status = *stopped <= due ? ClockStatus::Met : ClockStatus::Missed;
  else if (!s.open && s.closed_at)
    c.status = *s.closed_at <= due ? ClockStatus::Cancelled : ClockStatus::Missed;
  else
    c.status = now > due ? ClockStatus::Overdue : ClockStatus::Pending;
  return c;
}

}  // namespace

ClockTargets clock_targets(const Settings& settings, const Playbook* playbook) {
  ClockTargets t{settings.first_response_seconds, settings.recovery_seconds,
                 settings.follow_up_seconds};
  if (playbook) {
    if (playbook->first_response_seconds)
      t.first_response_seconds = *playbook->first_response_seconds;
    if (playbook->recovery_seconds) t.recovery_seconds = *playbook->recovery_seconds;
    if (playbook->follow_up_seconds) t.follow_up_seconds = *playbook->follow_up_seconds;
  }
  return t;
}

ClockTargets clock_targets(const Book& book, const CaseState& s) {
  return clock_targets(book.settings, find_playbook(book, s.playbook_id, s.playbook_version));
}

CaseClocks case_clocks(const Book& book, const Case& c, TimeMs now) {
  return case_clocks(book, fold_case(c), now);
}

CaseClocks case_clocks(const Book& book, const CaseState& s, TimeMs now) {
  const ClockTargets t = clock_targets(book, s);
  CaseClocks out;
  out.first_response =
      make_clock(s.opened_at, s.opened_at + seconds_to_ms(t.first_response_seconds),
                 s.first_response_at, s, now);
  out.recovery = make_clock(s.opened_at, s.opened_at + seconds_to_ms(t.recovery_seconds),
                            s.recovered_at, s, now);
  TimeMs follow_due = s.opened_at + seconds_to_ms(t.follow_up_seconds);
  bool scheduled = false;
  for (const FollowUpRecord& f : s.follow_ups) {
    if (!scheduled || f.due < follow_due) follow_due = f.due;
    scheduled = true;
  }
  out.follow_up = make_clock(s.opened_at, follow_due, s.follow_up_done_at, s, now);
  return out;
}

std::optional<TimeMs> step_due(const CaseState& s, const Step& step) {
  if (step.target_seconds <= 0) return std::nullopt;
  return s.opened_at + seconds_to_ms(step.target_seconds);
}

std::optional<UrgentClock> most_urgent_clock(const CaseClocks& clocks) {
  const UrgentClock order[] = {{ClockKind::FirstResponse, &clocks.first_response},
                               {ClockKind::Recovery, &clocks.recovery},
                               {ClockKind::FollowUp, &clocks.follow_up}};
  for (const UrgentClock& u : order)
    if (u.clock->overdue()) return u;
  for (const UrgentClock& u : order)
    if (u.clock->status == ClockStatus::Pending) return u;
  return std::nullopt;
}

}  // namespace mend
