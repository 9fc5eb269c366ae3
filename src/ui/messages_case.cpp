#include "ui/messages_case.hpp"

#include <variant>

#include "core/base/money.hpp"
#include "core/model/lookup.hpp"
#include "core/privacy/anonymise.hpp"
#include "ui/format.hpp"

namespace mend::ui::case_text {

const Msg kBackToQueue = "< Queue";
const Msg kNotInBook = "This case is not in the book.";
const Msg kMissingPlaybook = "Playbook %s (version %d) is missing from this book.";
const Msg kTabSteps = "Steps";
const Msg kTabFollowUp = "Follow-up";
const Msg kTabOutcome = "Outcome and close";
const Msg kTabTimeline = "Timeline";
const Msg kTabCustomer = "Customer history";
const Msg kDone = "Done";
const Msg kDoneBy = "Done by %s, %s";
const Msg kNow = "Do this now";
const Msg kNoteLabel = "Note";
const Msg kChoiceLabel = "Choose";
const Msg kCopy = "Copy";
const Msg kCopied = "Copied";
const Msg kSay = "You could say (tap a phrase to copy it):";
const Msg kClosedCase = "Closed %s.";
const Msg kReopenTitle = "Reopen the case";
const Msg kReopenReason = "Why is it reopened?";
const Msg kReopen = "Reopen";
const Msg kCloseTitle = "Close the case";
const Msg kCloseNote = "Closing note";
const Msg kClose = "Close case";
const Msg kFollowUpTitle = "Follow-up";
const Msg kFollowUpIn = "Due in (days)";
const Msg kFollowUpSuggested = "Suggested: within %s of opening.";
const Msg kFollowUpNote = "What to check";
const Msg kSchedule = "Schedule follow-up";
const Msg kFollowUpScheduled = "Follow-up due %s: %s";
const Msg kFollowUpDoneNote = "How did it go?";
const Msg kFollowUpRecord = "Record follow-up done";
const Msg kFollowUpDoneAt = "Followed up %s: %s";
const Msg kOutcomeTitle = "Outcome";
const Msg kVerdictLabel = "The customer is";
const Msg kRetentionLabel = "They will";
const Msg kRecordOutcome = "Record outcome";
const Msg kOutcomeNow = "Recorded: %s, %s.";
const Msg kAnalysisTitle = "Why it happened";
const Msg kRootCause = "Root cause";
const Msg kAction = "Corrective action";
const Msg kRecordAnalysis = "Record analysis";
const Msg kKnownCauses = "Causes named before:";
const Msg kAnalysisNow = "Recorded cause: %s. Action: %s";
const Msg kLoopTitle = "Tell them what changed";
const Msg kLoopHint =
    "Customers who hear what was fixed because of them trust the recovery more. Adjust the words, "
    "copy them into your message to the customer, then record that it was sent.";
const Msg kLoopTemplate =
    "Dear {name}, thank you again for telling us what went wrong. Because of you, we have made a "
    "change: {action}. We are sorry it happened, and we hope you notice the difference next time.\n"
    "{business}";
const Msg kLoopCopy = "Copy message";
const Msg kLoopRecordSent = "Record as sent";
const Msg kLoopSentNote = "Told the customer what changed: %s";
const Msg kLoopSent = "Sent %s. The timeline keeps the words.";
const Msg kLoopCoachGood = "The coach finds nothing to change.";
const Msg kLoopCoachDont = "Coach: %s";
const Msg kHistoryTitle = "This customer's other cases";
const Msg kHistoryNone = "No other cases of this customer.";
const Msg kHistoryTotal = "Compensation across their cases: %s (%zu cases).";
const Msg kHistoryRow = "Opened %s \u00b7 %s \u00b7 %s \u00b7 %s \u00b7 compensation %s";
const Msg kOpenCase = "Open %s";
const Msg kStatusOpen = "open";
const Msg kStatusClosed = "closed";
const Msg kNoVerdict = "no verdict yet";
const Msg kIntakeWants = "They want: %s";
const Msg kIntakeSegment = "Segment: %s \u00b7 Value: %s \u00b7 Channel: %s";
const Msg kIntakeCares = "Cares about: %s";
const Msg kIntakeWords = "In their words: \"%s\"";
const Msg kNotAllShown =
    "%zu more characters are not shown here; the whole text is kept and exported with the case.";
const Msg kIntakeHeader = "%s, severity %d of 5, opened %s";
const Msg kFollowUpsTitle = "Follow-ups";
const Msg kFollowUpsNone = "No follow-ups due today or overdue.";
const Msg kFollowUpsOverdue = "Overdue";
const Msg kFollowUpsToday = "Due today";
const Msg kFollowUpsLater = "Coming up";
const Msg kFollowUpsRow = "Due %s \u00b7 %s \u00b7 %s";
const Msg kChooseVerdict = "choose the customer's verdict first";
const Msg kFailedOnce = "Failed this customer 1 time before: recover generously.";
const Msg kAnonymisedCustomer = "Anonymised customer";
const Msg kAnonymisedForRetention =
    "Anonymised %s under the retention rule: the customer's name, contact and words, and the "
    "notes on this case, are removed. Nothing more can be recorded on it.";
const Msg kAnonymisedOnRequest =
    "Anonymised %s at the customer's request: their name, contact and words, and the notes on "
    "this case, are removed. Nothing more can be recorded on it.";
const Msg kForget = "Forget this customer\u2026";
const Msg kForgetAsk =
    "Forget this customer? Their name, contact and words, and every note written on their "
    "cases, are removed from %zu case(s) in this book and from every export made from now on. "
    "The counts stay. This cannot be undone; exports made before keep what they held.";
const Msg kForgetConfirm = "Forget them";
const Msg kForgetKeep = "Keep";
const Msg kFailedMore = "Failed this customer %zu times before: recover generously.";
const Msg kWhen = "When";
const Msg kWho = "Who";
const Msg kWhat = "What";
const Msg kCaseTitle = "Case %s";

const char* verdict_text(Verdict v) {
  switch (v) {
    case Verdict::NotResolved:
      return tr("not resolved");
    case Verdict::Satisfied:
      return tr("satisfied");
    case Verdict::Delighted:
      return tr("delighted");
  }
  return "";
}

const char* retention_text(Retention r) {
  switch (r) {
    case Retention::Unknown:
      return tr("retention not known");
    case Retention::Retained:
      return tr("retained");
    case Retention::Lost:
      return tr("lost");
  }
  return "";
}

std::string clock_line(ClockKind kind, const Clock& clock) {
  return text_format("%s: %s", clock_name(kind), clock_text(clock).c_str());
}

std::string clock_stopper(ClockKind kind, const std::string& first_step) {
  switch (kind) {
    case ClockKind::FirstResponse:
      return text_format(tr("Stops at the first thing staff do: doing \"%s\" (or any step, a note, "
                            "an offer or a grant)."),
                         first_step.c_str());
    case ClockKind::Recovery:
      return tr(
          "Stops when the customer's verdict is satisfied or delighted (Outcome and "
          "close).");
    case ClockKind::FollowUp:
      return tr(
          "Due at the scheduled follow-up, or the business's target after opening; stops "
          "when a follow-up is recorded as done.");
  }
  return "";
}

std::string clock_met(const Clock& clock, const std::string& by) {
  if (!clock.stopped) {
    return clock.status == ClockStatus::Cancelled
               ? tr("Not needed: the case was closed before it was due.")
               : tr("Missed: the case was closed after it was due.");
  }
  if (by.empty()) return text_format(tr("Met at %s."), local_time_text(*clock.stopped).c_str());
  return text_format(tr("Met at %s by %s."), local_time_text(*clock.stopped).c_str(), by.c_str());
}

namespace {

// Free text an anonymisation removed (core/privacy/anonymise.hpp) reads as such.
const char* said(const std::string& text) {
  return text.empty() ? tr("(removed)") : text.c_str();
}

struct Sentence {
  const Book& book;
  const std::string& step;
  std::string operator()(const Opened& o) const {
    if (o.customer.name.empty() && is_pseudonym(o.customer.contact))
      return tr("Opened the case for a customer since anonymised.");
    return text_format(tr("Opened the case for %s."), o.customer.name.empty()
                                                          ? o.customer.contact.c_str()
                                                          : o.customer.name.c_str());
  }
  std::string operator()(const Note& n) const { return text_format(tr("Noted: %s"), said(n.text)); }
  std::string operator()(const StepDone& d) const {
    if (!d.note.empty())
      return text_format(tr("Did \"%s\", noting: %s"), step.c_str(), d.note.c_str());
    if (!d.choice.empty())
      return text_format(tr("Did \"%s\", choosing: %s"), step.c_str(), d.choice.c_str());
    return text_format(tr("Did \"%s\"."), step.c_str());
  }
  std::string operator()(const Offer& o) const {
    return text_format(tr("Offered %s"), o.text.empty() ? o.item_id.c_str() : o.text.c_str());
  }
  std::string operator()(const Approval& a) const {
    // The person by name, as every other line of the timeline says them.
    const Staff* asked = find_staff(book, a.requested_by);
    return text_format(tr("Approved %s for %s."),
                       format_money(a.amount, book.settings.currency).c_str(),
                       asked ? asked->name.c_str() : a.requested_by.c_str());
  }
  std::string operator()(const Granted& g) const {
    const CatalogItem* item = find_item(book, g.item_id);
    return text_format(tr("Granted %d \u00d7 %s (%s)."), g.quantity,
                       item ? item->name.c_str() : g.item_id.c_str(),
                       format_money(g.cost, book.settings.currency).c_str());
  }
  std::string operator()(const GrantReversed& r) const {
    return text_format(tr("Reversed a grant: %s"), said(r.reason));
  }
  std::string operator()(const FollowUpScheduled& f) const {
    return text_format(tr("Scheduled a follow-up for %s."), local_time_text(f.due).c_str());
  }
  std::string operator()(const FollowUpDone& f) const {
    return text_format(tr("Followed up: %s"), said(f.note));
  }
  std::string operator()(const Outcome& o) const {
    return text_format(tr("Recorded the outcome: %s, %s."), verdict_text(o.verdict),
                       retention_text(o.retention));
  }
  std::string operator()(const Analysis& a) const {
    return text_format(tr("Named the root cause \"%s\"; action: %s"), a.root_cause.c_str(),
                       a.corrective_action.c_str());
  }
  std::string operator()(const Closed& c) const {
    return c.note.empty() ? std::string(tr("Closed the case."))
                          : text_format(tr("Closed the case: %s"), c.note.c_str());
  }
  std::string operator()(const Reopened& r) const {
    return text_format(tr("Reopened the case: %s"), said(r.reason));
  }
  std::string operator()(const Anonymised& a) const {
    return a.reason == mend::kAnonymisedOnRequest
               ? std::string(tr("Anonymised the case at the customer's request: their name, "
                                "contact and words are removed."))
               : std::string(tr("Anonymised the case under the retention rule: the customer's "
                                "name, contact and words are removed."));
  }
};

}  // namespace

std::string event_sentence(const Event& e, const Book& book, const std::string& step_title) {
  return std::visit(Sentence{book, step_title}, e.payload);
}

}  // namespace mend::ui::case_text
