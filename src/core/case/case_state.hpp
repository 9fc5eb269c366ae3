// The state of a case is a fold of its events: nothing here is stored, so it
// can never drift from the audit trail, and merged events fold the same way.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/base/text.hpp"     // normalise_contact, which prior_failures matches by
#include "core/model/lookup.hpp"  // find_case and case_opened, which lived here before
#include "core/model/model.hpp"

namespace mend {

struct StepRecord {
  std::string step_id;
  std::string event_id;
  TimeMs at = 0;
  std::string actor;
  std::string note;
  std::string choice;
};

struct OfferRecord {
  std::string event_id;
  TimeMs at = 0;
  std::string actor;
  std::string item_id;
  std::string text;
};

struct ApprovalRecord {
  std::string event_id;
  TimeMs at = 0;
  Approval approval;
};

struct GrantRecord {
  std::string event_id;
  TimeMs at = 0;
  std::string actor;  // who granted (the requester when approved)
  std::string item_id;
  int quantity = 1;
  Cents cost = 0;
  Cents value = 0;
  std::string approval_id;  // empty: on the actor's own authority
  std::string approved_by;  // filled from the Approval event when there is one
  bool reversed = false;
  std::string reversal_reason;
  TimeMs reversed_at = 0;
};

struct FollowUpRecord {
  std::string event_id;
  TimeMs due = 0;
  std::string note;
  bool done = false;
  TimeMs done_at = 0;
};

struct CaseState {
  std::string case_id;
  // Intake, from the Opened event.
  Customer customer;
  std::string channel, category, customer_words, customer_wants, taken_by, reference;
  int severity = 0;
  std::string playbook_id;
  int playbook_version = 1;

  // Every step done, in order, across reopens (the audit trail keeps them
  // all). A reopen starts a new round from steps[round_start], in which each
  // step can be done once more; closing and strict order still count steps
  // of any round, so books written before rounds existed replay unchanged.
  std::vector<StepRecord> steps;
  std::size_t round_start = 0;
  std::vector<std::string> notes;
  std::vector<OfferRecord> offers;
  std::vector<ApprovalRecord> approvals;
  std::vector<GrantRecord> grants;  // active and reversed
  Cents total_cost = 0;             // live (non-reversed) grants only
  Cents total_value = 0;
  std::vector<FollowUpRecord> follow_ups;
  // Every FollowUpDone as recorded (when, and its note), scheduled or not:
  // what the customer was told, e.g. what changed because of them.
  std::vector<std::pair<TimeMs, std::string>> follow_up_notes;
  std::optional<TimeMs> follow_up_done_at;  // first FollowUpDone
  std::optional<Outcome> outcome;           // the latest verdict
  std::optional<TimeMs> outcome_at;
  std::optional<Analysis> analysis;  // the latest analysis

  bool open = false;
  TimeMs opened_at = 0;
  std::optional<TimeMs> first_response_at;
  std::optional<TimeMs> recovered_at;
  std::optional<TimeMs> closed_at;  // the latest close; cleared by a reopen
  int reopen_count = 0;
  TimeMs last_event_at = 0;
  // Set by an Anonymised event (core/privacy/anonymise.hpp): the customer's
  // data is gone and nothing more is recorded; an open case is closed by it.
  std::optional<TimeMs> anonymised_at;
  std::string anonymised_reason;  // "retention" or "request"

  // Done in any round.
  bool step_done(std::string_view step_id) const;
  // The current round's record of that step (since the last reopen);
  // nullptr when not done in it: it can be done (again) now.
  const StepRecord* step_record(std::string_view step_id) const;
  const GrantRecord* find_grant(std::string_view event_id) const;
  const ApprovalRecord* find_approval(std::string_view event_id) const;
  int live_grant_count() const;
};

// Definitions (the clocks and analytics rely on them):
// - first response: the time of the first StepDone, Note, Offer or Granted by
//   a staff member (any actor but kKioskActor) at or after Opened. A kiosk intake
//   is not a response: the customer is still waiting for a person.
// - recovered: the time of the first Outcome with verdict Satisfied or
//   Delighted. A grant alone is not recovery; the customer says so.
CaseState fold_case(const Case& c);

// The ids of earlier cases (opened before `before`) of the customer with this
// contact, oldest first; empty contact matches nothing. Makes "second failure"
// (double deviation) visible at intake. O(book): it decodes every case (the
// app keeps a CustomerIndex instead).
std::vector<std::string> prior_failures(const Book& book, std::string_view contact, TimeMs before);
std::vector<std::string> prior_failures(const Book& book, const Case& c);

}  // namespace mend
