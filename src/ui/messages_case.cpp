#include "ui/messages_case.hpp"

#include <variant>

#include "core/base/money.hpp"
#include "core/model/lookup.hpp"
#include "core/privacy/anonymise.hpp"
#include "ui/format.hpp"

namespace mend::ui::case_text {

const char* const kBackToQueue = "< Queue";
const char* const kNotInBook = "This case is not in the book.";
const char* const kMissingPlaybook = "Playbook %s (version %d) is missing from this book.";
const char* const kTabSteps = "Steps";
const char* const kTabFollowUp = "Follow-up";
const char* const kTabOutcome = "Outcome and close";
const char* const kTabTimeline = "Timeline";
const char* const kTabCustomer = "Customer history";
const char* const kDone = "Done";
const char* const kDoneBy = "Done by %s, %s";
const char* const kNow = "Do this now";
const char* const kNoteLabel = "Note";
const char* const kChoiceLabel = "Choose";
const char* const kCopy = "Copy";
const char* const kCopied = "Copied";
const char* const kSay = "You could say (tap a phrase to copy it):";
const char* const kClosedCase = "Closed %s.";
const char* const kReopenTitle = "Reopen the case";
const char* const kReopenReason = "Why is it reopened?";
const char* const kReopen = "Reopen";
const char* const kCloseTitle = "Close the case";
const char* const kCloseNote = "Closing note";
const char* const kClose = "Close case";
const char* const kFollowUpTitle = "Follow-up";
const char* const kFollowUpIn = "Due in (days)";
const char* const kFollowUpSuggested = "Suggested: within %s of opening.";
const char* const kFollowUpNote = "What to check";
const char* const kSchedule = "Schedule follow-up";
const char* const kFollowUpScheduled = "Follow-up due %s: %s";
const char* const kFollowUpDoneNote = "How did it go?";
const char* const kFollowUpRecord = "Record follow-up done";
const char* const kFollowUpDoneAt = "Followed up %s: %s";
const char* const kOutcomeTitle = "Outcome";
const char* const kVerdictLabel = "The customer is";
const char* const kRetentionLabel = "They will";
const char* const kRecordOutcome = "Record outcome";
const char* const kOutcomeNow = "Recorded: %s, %s.";
const char* const kAnalysisTitle = "Why it happened";
const char* const kRootCause = "Root cause";
const char* const kAction = "Corrective action";
const char* const kRecordAnalysis = "Record analysis";
const char* const kKnownCauses = "Causes named before:";
const char* const kAnalysisNow = "Recorded cause: %s. Action: %s";
const char* const kLoopTitle = "Tell them what changed";
const char* const kLoopHint =
    "Customers who hear what was fixed because of them trust the recovery more. Adjust the words, "
    "copy them into your message to the customer, then record that it was sent.";
const char* const kLoopTemplate =
    "Dear {name}, thank you again for telling us what went wrong. Because of you, we have made a "
    "change: {action}. We are sorry it happened, and we hope you notice the difference next time.\n"
    "{business}";
const char* const kLoopCopy = "Copy message";
const char* const kLoopRecordSent = "Record as sent";
const char* const kLoopSentNote = "Told the customer what changed: %s";
const char* const kLoopSent = "Sent %s. The timeline keeps the words.";
const char* const kLoopCoachGood = "The coach finds nothing to change.";
const char* const kLoopCoachDont = "Coach: %s";
const char* const kHistoryTitle = "This customer's other cases";
const char* const kHistoryNone = "No other cases of this customer.";
const char* const kHistoryTotal = "Compensation across their cases: %s (%zu cases).";
const char* const kHistoryRow = "Opened %s \u00b7 %s \u00b7 %s \u00b7 %s \u00b7 compensation %s";
const char* const kOpenCase = "Open %s";
const char* const kStatusOpen = "open";
const char* const kStatusClosed = "closed";
const char* const kNoVerdict = "no verdict yet";
const char* const kIntakeWants = "They want: %s";
const char* const kIntakeSegment = "Segment: %s \u00b7 Value: %s \u00b7 Channel: %s";
const char* const kIntakeCares = "Cares about: %s";
const char* const kIntakeWords = "In their words: \"%s\"";
const char* const kNotAllShown =
    "%zu more characters are not shown here; the whole text is kept and exported with the case.";
const char* const kIntakeHeader = "%s, severity %d of 5, opened %s";
const char* const kFollowUpsTitle = "Follow-ups";
const char* const kFollowUpsNone = "No follow-ups due today or overdue.";
const char* const kFollowUpsOverdue = "Overdue";
const char* const kFollowUpsToday = "Due today";
const char* const kFollowUpsLater = "Coming up";
const char* const kFollowUpsRow = "Due %s \u00b7 %s \u00b7 %s";
const char* const kChooseVerdict = "choose the customer's verdict first";
const char* const kFailedOnce = "Failed this customer 1 time before: recover generously.";
const char* const kAnonymisedCustomer = "Anonymised customer";
const char* const kAnonymisedForRetention =
    "Anonymised %s under the retention rule: the customer's name, contact and words, and the "
    "notes on this case, are removed. Nothing more can be recorded on it.";
const char* const kAnonymisedOnRequest =
    "Anonymised %s at the customer's request: their name, contact and words, and the notes on "
    "this case, are removed. Nothing more can be recorded on it.";
const char* const kForget = "Forget this customer\u2026";
const char* const kForgetAsk =
    "Forget this customer? Their name, contact and words, and every note written on their "
    "cases, are removed from %zu case(s) in this book and from every export made from now on. "
    "The counts stay. This cannot be undone; exports made before keep what they held.";
const char* const kForgetConfirm = "Forget them";
const char* const kForgetKeep = "Keep";
const char* const kFailedMore = "Failed this customer %zu times before: recover generously.";
const char* const kWhen = "When";
const char* const kWho = "Who";
const char* const kWhat = "What";
const char* const kCaseTitle = "Case %s";

const char* verdict_text(Verdict v) {
  switch (v) {
    case Verdict::NotResolved:
      return "not resolved";
    case Verdict::Satisfied:
      return "satisfied";
    case Verdict::Delighted:
      return "delighted";
  }
  return "";
}

const char* retention_text(Retention r) {
  switch (r) {
    case Retention::Unknown:
      return "retention not known";
    case Retention::Retained:
      return "retained";
    case Retention::Lost:
      return "lost";
  }
  return "";
}

std::string clock_line(ClockKind kind, const Clock& clock) {
  return text_format("%s: %s", clock_name(kind), clock_text(clock).c_str());
}

std::string clock_stopper(ClockKind kind, const std::string& first_step) {
  switch (kind) {
    case ClockKind::FirstResponse:
      return text_format(
          "Stops at the first thing staff do: doing \"%s\" (or any step, a note, "
          "an offer or a grant).",
          first_step.c_str());
    case ClockKind::Recovery:
      return "Stops when the customer's verdict is satisfied or delighted (Outcome and "
             "close).";
    case ClockKind::FollowUp:
      return "Due at the scheduled follow-up, or the business's target after opening; stops "
             "when a follow-up is recorded as done.";
  }
  return "";
}

std::string clock_met(const Clock& clock, const std::string& by) {
  if (!clock.stopped) {
    return clock.status == ClockStatus::Cancelled
               ? "Not needed: the case was closed before it was due."
               : "Missed: the case was closed after it was due.";
  }
  if (by.empty()) return text_format("Met at %s.", local_time_text(*clock.stopped).c_str());
  return text_format("Met at %s by %s.", local_time_text(*clock.stopped).c_str(), by.c_str());
}

namespace {

// Free text an anonymisation removed (core/privacy/anonymise.hpp) reads as such.
const char* said(const std::string& text) {
  return text.empty() ? "(removed)" : text.c_str();
}

struct Sentence {
  const Book& book;
  const std::string& step;
  std::string operator()(const Opened& o) const {
    if (o.customer.name.empty() && is_pseudonym(o.customer.contact))
      return "Opened the case for a customer since anonymised.";
    return text_format("Opened the case for %s.", o.customer.name.empty()
                                                      ? o.customer.contact.c_str()
                                                      : o.customer.name.c_str());
  }
  std::string operator()(const Note& n) const { return text_format("Noted: %s", said(n.text)); }
  std::string operator()(const StepDone& d) const {
    if (!d.note.empty()) return text_format("Did \"%s\", noting: %s", step.c_str(), d.note.c_str());
    if (!d.choice.empty())
      return text_format("Did \"%s\", choosing: %s", step.c_str(), d.choice.c_str());
    return text_format("Did \"%s\".", step.c_str());
  }
  std::string operator()(const Offer& o) const {
    return text_format("Offered %s", o.text.empty() ? o.item_id.c_str() : o.text.c_str());
  }
  std::string operator()(const Approval& a) const {
    return text_format("Approved %s for %s.",
                       format_money(a.amount, book.settings.currency).c_str(),
                       a.requested_by.c_str());
  }
  std::string operator()(const Granted& g) const {
    const CatalogItem* item = find_item(book, g.item_id);
    return text_format("Granted %d \u00d7 %s (%s).", g.quantity,
                       item ? item->name.c_str() : g.item_id.c_str(),
                       format_money(g.cost, book.settings.currency).c_str());
  }
  std::string operator()(const GrantReversed& r) const {
    return text_format("Reversed a grant: %s", said(r.reason));
  }
  std::string operator()(const FollowUpScheduled& f) const {
    return text_format("Scheduled a follow-up for %s.", local_time_text(f.due).c_str());
  }
  std::string operator()(const FollowUpDone& f) const {
    return text_format("Followed up: %s", said(f.note));
  }
  std::string operator()(const Outcome& o) const {
    return text_format("Recorded the outcome: %s, %s.", verdict_text(o.verdict),
                       retention_text(o.retention));
  }
  std::string operator()(const Analysis& a) const {
    return text_format("Named the root cause \"%s\"; action: %s", a.root_cause.c_str(),
                       a.corrective_action.c_str());
  }
  std::string operator()(const Closed& c) const {
    return c.note.empty() ? std::string("Closed the case.")
                          : text_format("Closed the case: %s", c.note.c_str());
  }
  std::string operator()(const Reopened& r) const {
    return text_format("Reopened the case: %s", said(r.reason));
  }
  std::string operator()(const Anonymised& a) const {
    return a.reason == kAnonymisedOnRequest
               ? std::string(
                     "Anonymised the case at the customer's request: their name, "
                     "contact and words are removed.")
               : std::string(
                     "Anonymised the case under the retention rule: the customer's "
                     "name, contact and words are removed.");
  }
};

}  // namespace

std::string event_sentence(const Event& e, const Book& book, const std::string& step_title) {
  return std::visit(Sentence{book, step_title}, e.payload);
}

}  // namespace mend::ui::case_text
