// The clocks that matter in a recovery, derived from the events and an
// injected `now`; nothing is stored, so nothing drifts.
//
// - first response: starts at Opened, stops at the first response as defined
//   in case_state.hpp (first StepDone/Note/Offer/Granted by staff, not the kiosk).
// - recovery: starts at Opened, stops at the first Outcome that is Satisfied
//   or Delighted.
// - follow-up: due at the earliest scheduled follow-up, or opened + the
//   follow-up target when none is scheduled; stops at the first FollowUpDone.
// Targets come from Settings, overridden by the case's playbook when it sets
// them.
#pragma once
#include <optional>
#include <string>

#include "core/case/case_state.hpp"
#include "core/model/model.hpp"

namespace mend {

// Pending: still running and not yet due. Overdue: still running, past due,
// case open. Met / Missed: stopped on time / late. Cancelled: the case was
// closed before the clock was due and without stopping it (e.g. no follow-up
// needed); a case closed after the due time without stopping it is Missed.
enum class ClockStatus { Pending, Overdue, Met, Missed, Cancelled };

struct Clock {
  TimeMs started = 0;
  TimeMs due = 0;
  std::optional<TimeMs> stopped;  // when it was met (on time or late)
  TimeMs remaining = 0;           // due - now; negative once past due
  ClockStatus status = ClockStatus::Pending;
  bool overdue() const { return status == ClockStatus::Overdue; }
  bool met() const { return status == ClockStatus::Met; }
  bool missed() const { return status == ClockStatus::Missed || status == ClockStatus::Overdue; }
  // How long it took to stop; nullopt while running.
  std::optional<TimeMs> elapsed() const {
    return stopped ? std::optional<TimeMs>(*stopped - started) : std::nullopt;
  }
};

struct ClockTargets {
  int first_response_seconds = kDefaultFirstResponseSeconds;
  int recovery_seconds = kDefaultRecoverySeconds;
  int follow_up_seconds = kDefaultFollowUpSeconds;
};

struct CaseClocks {
  Clock first_response, recovery, follow_up;
  bool any_overdue() const {
    return first_response.overdue() || recovery.overdue() || follow_up.overdue();
  }
};

// The clock a counter clerk should look at first: an overdue one, else the
// first still running, in the order first response, recovery, follow-up.
enum class ClockKind { FirstResponse, Recovery, FollowUp };
struct UrgentClock {
  ClockKind kind;
  const Clock* clock;
};
std::optional<UrgentClock> most_urgent_clock(const CaseClocks& clocks);

ClockTargets clock_targets(const Settings& settings, const Playbook* playbook);
ClockTargets clock_targets(const Book& book, const CaseState& state);

CaseClocks case_clocks(const Book& book, const Case& c, TimeMs now);
CaseClocks case_clocks(const Book& book, const CaseState& state, TimeMs now);

// A step's own time target as a due time (nullopt when the step has none).
std::optional<TimeMs> step_due(const CaseState& state, const Step& step);

}  // namespace mend
