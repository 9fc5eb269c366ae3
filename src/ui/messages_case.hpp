// Every text of the case screen and the Follow-ups screen, in one place to
// translate: whole sentences with printf slots, so a language can reorder them.
#pragma once
#include <string>

#include "core/case/clocks.hpp"
#include "core/model/model.hpp"

namespace mend::ui::case_text {

// Labels and fixed sentences (buttons add their own "##id").
extern const char* const kBackToQueue;
extern const char* const kNotInBook;
extern const char* const kMissingPlaybook;  // %s id, %d version
extern const char* const kTabSteps;
extern const char* const kTabFollowUp;
extern const char* const kTabOutcome;
extern const char* const kTabTimeline;
extern const char* const kTabCustomer;
extern const char* const kDone;
extern const char* const kDoneBy;  // %s who, %s when
extern const char* const kNow;
extern const char* const kNoteLabel;
extern const char* const kChoiceLabel;
extern const char* const kCopy;
extern const char* const kCopied;
extern const char* const kSay;
extern const char* const kClosedCase;  // %s when
extern const char* const kReopenTitle;
extern const char* const kReopenReason;
extern const char* const kReopen;
extern const char* const kCloseTitle;
extern const char* const kCloseNote;
extern const char* const kClose;
extern const char* const kFollowUpTitle;
extern const char* const kFollowUpIn;         // "Due in"
extern const char* const kFollowUpSuggested;  // %s duration
extern const char* const kFollowUpNote;
extern const char* const kSchedule;
extern const char* const kFollowUpScheduled;  // %s when, %s note
extern const char* const kFollowUpDoneNote;
extern const char* const kFollowUpRecord;
extern const char* const kFollowUpDoneAt;  // %s when, %s note
extern const char* const kOutcomeTitle;
extern const char* const kVerdictLabel;
extern const char* const kRetentionLabel;
extern const char* const kRecordOutcome;
extern const char* const kOutcomeNow;  // %s verdict, %s retention
extern const char* const kAnalysisTitle;
extern const char* const kRootCause;
extern const char* const kAction;
extern const char* const kRecordAnalysis;
extern const char* const kKnownCauses;
extern const char* const kAnalysisNow;  // %s cause, %s action
// Closing the loop: telling the customer what changed because of them.
extern const char* const kLoopTitle;
extern const char* const kLoopHint;
extern const char* const kLoopTemplate;  // slots {name}, {action}, {business}, any order
extern const char* const kLoopCopy;
extern const char* const kLoopRecordSent;
extern const char* const kLoopSentNote;  // %s the message: the follow-up's note
extern const char* const kLoopSent;      // %s when
extern const char* const kLoopCoachGood;
extern const char* const kLoopCoachDont;  // %s the advice
extern const char* const kHistoryTitle;
extern const char* const kHistoryNone;
extern const char* const kHistoryTotal;  // %s money, %zu cases
extern const char* const kHistoryRow;    // %s opened, %s kind, %s status, %s outcome, %s money
extern const char* const kOpenCase;      // %s reference
extern const char* const kStatusOpen;
extern const char* const kStatusClosed;
extern const char* const kNoVerdict;
extern const char* const kIntakeWants;    // %s
extern const char* const kIntakeSegment;  // %s segment, %s value, %s channel
extern const char* const kIntakeCares;    // %s tags
extern const char* const kIntakeWords;    // %s
// Under a customer's text too long to draw whole; %zu the characters left out.
extern const char* const kNotAllShown;
extern const char* const kIntakeHeader;  // %s kind, %d severity, %s opened
extern const char* const kFollowUpsTitle;
extern const char* const kFollowUpsNone;
extern const char* const kFollowUpsOverdue;
extern const char* const kFollowUpsToday;
extern const char* const kFollowUpsLater;
extern const char* const kFollowUpsRow;  // %s due, %s customer, %s note
extern const char* const kChooseVerdict;
extern const char* const kFailedOnce;
// Anonymised cases (core/privacy/anonymise.hpp) and forgetting a customer.
extern const char* const kAnonymisedCustomer;
extern const char* const kAnonymisedForRetention;  // %s when
extern const char* const kAnonymisedOnRequest;     // %s when
extern const char* const kForget;
extern const char* const kForgetAsk;  // %zu cases
extern const char* const kForgetConfirm;
extern const char* const kForgetKeep;
extern const char* const kFailedMore;  // %zu
extern const char* const kWhen;
extern const char* const kWho;
extern const char* const kWhat;
extern const char* const kCaseTitle;  // %s reference

const char* verdict_text(Verdict v);
const char* retention_text(Retention r);

// "First response: 42 s left" etc., and what stops the clock, truthfully
// (core/case/clocks.hpp).
std::string clock_line(ClockKind kind, const Clock& clock);
// `first_step`: the title of the playbook's first step, which is the usual
// first response.
std::string clock_stopper(ClockKind kind, const std::string& first_step);
// When it was met, and by what ("met at 17:32 by \"Apologise\""), or why a
// clock the case's close stopped is no longer running.
std::string clock_met(const Clock& clock, const std::string& by);

// One event of the timeline, as a sentence: "Did step \"Apologise\"".
// `step_title` is the step's title when the event is a StepDone.
std::string event_sentence(const Event& e, const Book& book, const std::string& step_title);

}  // namespace mend::ui::case_text
