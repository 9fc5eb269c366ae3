// Compensation at the desk: grants on the signed-in person's authority, a
// manager's approval on the spot (their PIN, checked like sign-in), free-text
// offers and reversals. The core decides each (workflow + check_grant); the
// app re-checks authority at the frame's time so a ranking drawn a moment ago
// never grants what is no longer allowed.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "app/app.hpp"
#include "core/base/text.hpp"
#include "core/case/case_state.hpp"
#include "core/case/workflow.hpp"
#include "core/compensation/authority.hpp"
#include "core/model/lookup.hpp"

namespace mend::app {
namespace {

std::string joined(const std::vector<std::string>& reasons) {
  std::string out;
  for (const std::string& r : reasons) out += (out.empty() ? "" : "; ") + r;
  return out;
}

}  // namespace

Status App::record_together(std::vector<Event> events) {
  if (events.empty()) return ok_status();
  // Checked as a whole first, against the case with the earlier events of
  // this change in it, so a refused grant leaves no orphan approval.
  std::optional<Case> trial = find_case(state_.book, events.front().case_id);
  if (!trial) return Error{"case_id", "no case " + events.front().case_id};
  for (const Event& e : events) {
    if (Status s = validate_event(state_.book, &*trial, e, state_.derived.ledger()); !s.ok())
      return s;
    trial->events.push_back(e);  // ids rise within a change, so the case stays sorted
  }
  for (const Event& e : events) {
    if (Status s = append_event(state_.book, e, state_.derived.ledger()); !s.ok()) return s;
    state_.derived.event_applied(state_.book, e, state_.now);
  }
  state_.storage.unsaved.push_back(Change{std::move(events), {}, {}});
  send_unsaved();
  return ok_status();
}

void App::handle(const RequestGrant& r) {
  const std::string control = "grant:" + r.item_id;
  auto refuse = [&](Error error) {
    report(CaseEventRefused{r.case_id, control, std::move(error)}, false);
  };
  if (state_.storage.opening)
    return refuse(Error{"book", "the book is still opening; try again in a moment"});
  const CaseState* c = state_.derived.case_state(r.case_id);
  if (!c) return refuse(Error{"case_id", "no case " + r.case_id});
  const CatalogItem* item = find_item(state_.book, r.item_id);
  if (!item) return refuse(Error{"item_id", "no catalog item " + r.item_id});
  const AuthorityCheck check = check_grant(state_.book, state_.derived.ledger(), *c,
                                           state_.staff_id, *item, r.quantity, state_.now);
  if (check.refused()) return refuse(Error{"item_id", joined(check.reasons)});
  if (check.needs_approval())
    return refuse(Error{"approval_id", "needs a manager's approval: " + joined(check.reasons)});
  Event event;
  event.id = case_event_id(r.case_id);
  event.case_id = r.case_id;
  event.at = state_.now;
  event.actor = state_.staff_id;
  event.payload = Granted{r.item_id, r.quantity, check.cost, check.value, {}};
  const std::string event_id = event.id;
  if (Status s = record(std::move(event)); !s.ok()) return refuse(s.error());
  report(CaseEventRecorded{r.case_id, control, event_id}, false);
}

void App::handle(const RequestApprovedGrant& r) {
  const std::string control = "approve:" + r.item_id;
  auto refuse = [&](Error error) {
    report(CaseEventRefused{r.case_id, control, std::move(error)}, false);
  };
  if (state_.storage.opening)
    return refuse(Error{"book", "the book is still opening; try again in a moment"});
  const CaseState* c = state_.derived.case_state(r.case_id);
  if (!c) return refuse(Error{"case_id", "no case " + r.case_id});
  const CatalogItem* item = find_item(state_.book, r.item_id);
  if (!item) return refuse(Error{"item_id", "no catalog item " + r.item_id});
  if (r.approver_id == state_.staff_id)
    return refuse(Error{"approved_by", "nobody can approve their own request"});
  const Role* role = role_of(state_.book, r.approver_id);
  if (!role || !role->can_approve)
    return refuse(Error{"approved_by", "choose a member of staff who can approve grants"});
  const std::string reason = trim(r.reason);
  if (reason.empty()) return refuse(Error{"reason", "say why the grant is approved"});
  const AuthorityCheck check = check_grant(state_.book, state_.derived.ledger(), *c,
                                           state_.staff_id, *item, r.quantity, state_.now);
  if (check.refused()) return refuse(Error{"item_id", joined(check.reasons)});
  // The PIN last: a request refused for another reason costs the approver no
  // try. Nothing is recorded unless it is right.
  const PinCheck pin = check_staff_pin(r.approver_id, r.pin);
  if (pin.verdict != PinVerdict::Right)
    return report(GrantApprovalRefused{r.case_id, control, pin.verdict, pin.wait_ms}, false);

  // The approval must come before its grant in the case (events are kept
  // sorted by id), even within one millisecond.
  Event approval;
  approval.id = case_event_id(r.case_id);
  Event grant;
  grant.id = new_id_after(approval.id, state_.now, random_);
  approval.case_id = grant.case_id = r.case_id;
  approval.at = grant.at = state_.now;
  approval.actor = r.approver_id;  // the approver acted: their PIN said so
  approval.payload = Approval{state_.staff_id, r.approver_id, r.item_id, check.cost, reason};
  grant.actor = state_.staff_id;
  grant.payload = Granted{r.item_id, r.quantity, check.cost, check.value, approval.id};
  const std::string grant_id = grant.id;
  if (Status s = record_together({std::move(approval), std::move(grant)}); !s.ok())
    return refuse(s.error());
  report(CaseEventRecorded{r.case_id, control, grant_id}, false);
}

void App::handle(const RequestOffer& r) {
  auto refuse = [&](Error error) {
    report(CaseEventRefused{r.case_id, "offer", std::move(error)}, false);
  };
  if (state_.storage.opening)
    return refuse(Error{"book", "the book is still opening; try again in a moment"});
  if (!state_.derived.case_state(r.case_id))
    return refuse(Error{"case_id", "no case " + r.case_id});
  Event event;
  event.id = case_event_id(r.case_id);
  event.case_id = r.case_id;
  event.at = state_.now;
  event.actor = state_.staff_id;
  event.payload = Offer{{}, trim(r.text)};
  const std::string event_id = event.id;
  if (Status s = record(std::move(event)); !s.ok()) return refuse(s.error());
  report(CaseEventRecorded{r.case_id, "offer", event_id}, false);
}

void App::handle(const RequestReverseGrant& r) {
  const std::string control = "reverse:" + r.grant_id;
  auto refuse = [&](Error error) {
    report(CaseEventRefused{r.case_id, control, std::move(error)}, false);
  };
  if (state_.storage.opening)
    return refuse(Error{"book", "the book is still opening; try again in a moment"});
  if (!state_.derived.case_state(r.case_id))
    return refuse(Error{"case_id", "no case " + r.case_id});
  Event event;
  event.id = case_event_id(r.case_id);
  event.case_id = r.case_id;
  event.at = state_.now;
  event.actor = state_.staff_id;
  event.payload = GrantReversed{r.grant_id, trim(r.reason)};
  const std::string event_id = event.id;
  if (Status s = record(std::move(event)); !s.ok()) return refuse(s.error());
  report(CaseEventRecorded{r.case_id, control, event_id}, false);
}

}  // namespace mend::app
