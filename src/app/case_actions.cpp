// The case screen's actions: one event per request, decided by the core's
// workflow, with the app's one rule of its own (close needs an outcome).
#include <string>
#include <variant>

#include "app/app.hpp"
#include "core/case/case_state.hpp"

namespace mend::app {
namespace {

// Compensation and intake have their own requests and checks.
bool case_screen_payload(const Payload& p) {
  return !std::holds_alternative<Opened>(p) && !std::holds_alternative<Offer>(p) &&
         !std::holds_alternative<Approval>(p) && !std::holds_alternative<Granted>(p) &&
         !std::holds_alternative<GrantReversed>(p);
}

}  // namespace

void App::handle(const RequestCaseEvent& r) {
  auto refuse = [&](Error error) {
    report(CaseEventRefused{r.case_id, r.control, std::move(error)}, false);
  };
  if (state_.storage.opening)
    return refuse(Error{"book", "the book is still opening; try again in a moment"});
  if (!case_screen_payload(r.payload))
    return refuse(Error{"payload", "this is recorded from its own panel"});
  const CaseState* before = state_.derived.case_state(r.case_id);
  if (!before) return refuse(Error{"case_id", "no case " + r.case_id});
  // The verdict says whether the recovery worked; a case closed without it
  // would leave the recovery clock and the analytics guessing.
  if (std::holds_alternative<Closed>(r.payload) && before->open && !before->outcome)
    return refuse(Error{"outcome", "record the customer's verdict before closing the case"});
  Event event;
  event.id = case_event_id(r.case_id);
  event.case_id = r.case_id;
  event.at = state_.now;
  event.actor = state_.staff_id;
  event.payload = r.payload;
  const std::string event_id = event.id;
  if (Status s = record(std::move(event)); !s.ok()) return refuse(s.error());
  report(CaseEventRecorded{r.case_id, r.control, event_id}, false);
}

void App::keep_customer_history(std::string_view case_id) {
  const CaseState* shown = state_.derived.case_state(case_id);
  if (!shown) return;
  // Copied: keeping states may rehash the map `shown` lives in.
  const std::string contact = shown->customer.contact;
  for (const CustomerCase& other : state_.derived.customers().cases_of(contact))
    state_.derived.keep_state(state_.book, other.case_id);
}

}  // namespace mend::app
