// The workflow engine: every new event is checked against the case's
// playbook and state before it joins the log. Refusals are values with a
// reason a clerk can act on ("Do \"Apologise\" first").
#pragma once
#include <string>
#include <vector>

#include "core/base/result.hpp"
#include "core/model/model.hpp"

namespace mend {

struct Ledger;  // compensation/authority.hpp

// `ledger` is current for `book` (see Ledger): a grant is checked against it
// instead of a ledger rebuilt from the whole book.
Status validate_event(const Book& book, const Case* existing_case /*nullptr for Opened*/,
                      const Event& event, const Ledger& ledger);
// Convenience for the CLI and tests: a grant rebuilds the ledger, O(book).
Status validate_event(const Book& book, const Case* existing_case /*nullptr for Opened*/,
                      const Event& event);

// Validates, then appends: an Opened event creates its case. Cases and each
// case's events stay sorted by id. With a ledger, it is checked against and
// kept current (Ledger::apply_event), so an app that keeps one never rescans.
Status append_event(Book& book, Event event, Ledger& ledger);
// With a ledger kept current by someone else (the app's Derived, which
// applies the event itself): checked against, not changed.
Status append_event(Book& book, Event event, const Ledger& ledger);
// Without one, a grant rebuilds the ledger, decoding the whole book.
Status append_event(Book& book, Event event);

// What the case screen shows next: the playbook's steps not yet done, in
// order; for a strict playbook only the first of them can be done now.
struct NextSteps {
  std::vector<std::string> pending;           // step ids, playbook order
  std::vector<std::string> missing_required;  // required steps not done (what blocks closing)
  std::string next;                           // the step to do now; empty when all are done
};
NextSteps next_steps(const Book& book, const Case& c);

}  // namespace mend
