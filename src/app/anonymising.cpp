// Anonymising (core/privacy/anonymise.hpp) from the app: the retention rule
// runs by itself, in steps, on every device that opens the book; a manager
// forgets one customer at their request from the case screen.
#include <algorithm>
#include <utility>

#include "app/app.hpp"
#include "core/case/workflow.hpp"
#include "core/model/editing.hpp"
#include "core/privacy/anonymise.hpp"

namespace mend::app {

namespace {

// How often the rule looks for cases that have become due.
constexpr TimeMs kRetentionEvery = kMsPerHour;
// Cases anonymised per frame: each is decoded, checked and refreshed, so a
// first run over a large old book spreads over many frames.
constexpr std::size_t kRetentionStep = 200;

}  // namespace

std::size_t App::anonymise(const std::vector<std::string>& case_ids, std::string_view reason,
                           std::string_view request_token) {
  Change change;
  if (state_.book.settings.pseudonym_key.empty()) {
    // The first anonymisation of this book: its key is made and saved with it.
    state_.book.settings.pseudonym_key = new_pseudonym_key(random_);
    change.records.emplace_back(state_.book.settings);
  }
  const std::string actor =
      reason == kAnonymisedOnRequest ? state_.staff_id : std::string(kRetentionActor);
  for (const std::string& id : case_ids) {
    const std::optional<std::size_t> i = state_.book.cases.index_of(id);
    if (!i) continue;
    const Case before = state_.book.cases.at(*i);
    const Opened* was = case_opened(before);
    Event e = anonymising_event(state_.book, *i, reason, request_token, case_event_id(id),
                                state_.now, actor);
    // Refused only for a case anonymised already (another tab, an import):
    // nothing to do for it.
    if (!append_event(state_.book, e, state_.derived.ledger()).ok()) continue;
    if (was) state_.derived.customer_removed(was->customer.contact, was->customer.name, id);
    state_.derived.event_applied(state_.book, e, state_.now);
    change.events.push_back(std::move(e));
  }
  const std::size_t anonymised = change.events.size();
  if (!change.events.empty() || !change.records.empty()) {
    state_.storage.unsaved.push_back(std::move(change));
    send_unsaved();
  }
  return anonymised;
}

void App::keep_retention() {
  if (state_.storage.opening) return;  // the book is not all there yet
  const int months = state_.book.settings.anonymise_after_months;
  if (months <= 0) {
    retention_due_.clear();
    retention_months_ = months;
    return;
  }
  if (retention_due_.empty()) {
    if (months == retention_months_ && retention_checked_at_ != 0 &&
        state_.now - retention_checked_at_ < kRetentionEvery)
      return;
    retention_months_ = months;
    retention_checked_at_ = state_.now;
    state_.retention_checked = state_.now;
    for (std::size_t i : due_for_retention(state_.book, state_.now))
      retention_due_.emplace_back(state_.book.cases.id(i));
    std::reverse(retention_due_.begin(), retention_due_.end());  // taken from the back
  }
  std::vector<std::string> step;
  while (!retention_due_.empty() && step.size() < kRetentionStep) {
    step.push_back(std::move(retention_due_.back()));
    retention_due_.pop_back();
  }
  if (!step.empty()) state_.retention_anonymised += anonymise(step, kAnonymisedForRetention, {});
}

void App::handle(const RequestForgetCustomer& r) {
  if (!may_edit(EditKind::Settings)) return;
  const std::optional<Case> c = find_case(state_.book, r.case_id);
  const Opened* opened = c ? case_opened(*c) : nullptr;
  if (!opened)
    return report(RecordRefused{EditKind::Settings, Error{"case_id", "no case " + r.case_id}},
                  false);
  // The customer's every case, as the case screen's history lists them (a
  // case without a contact is the customer's only one we can tell).
  std::vector<std::string> ids;
  for (const CustomerCase& other : state_.derived.customers().cases_of(opened->customer.contact))
    ids.push_back(other.case_id);
  if (std::find(ids.begin(), ids.end(), r.case_id) == ids.end()) ids.push_back(r.case_id);
  const std::size_t n = anonymise(ids, kAnonymisedOnRequest, new_request_token(random_));
  report(CustomersForgotten{n}, true);
}

}  // namespace mend::app
