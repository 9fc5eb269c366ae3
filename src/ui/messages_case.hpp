// Every text of the case screen and the Follow-ups screen, in one place to
// translate: whole sentences with printf slots, so a language can reorder them.
#pragma once
#include <string>
#include "ui/i18n.hpp"

#include "core/case/clocks.hpp"
#include "core/model/model.hpp"

namespace mend::ui::case_text {

// Labels and fixed sentences (buttons add their own "##id").
extern const Msg kBackToQueue;
extern const Msg kNotInBook;
extern const Msg kMissingPlaybook;  // %s id, %d version
extern const Msg kTabSteps;
extern const Msg kTabFollowUp;
extern const Msg kTabOutcome;
extern const Msg kTabTimeline;
extern const Msg kTabCustomer;
extern const Msg kDone;
extern const Msg kDoneBy;  // %s who, %s when
extern const Msg kNow;
extern const Msg kNoteLabel;
extern const Msg kChoiceLabel;
extern const Msg kCopy;
extern const Msg kCopied;
extern const Msg kSay;
extern const Msg kClosedCase;  // %s when
extern const Msg kReopenTitle;
extern const Msg kReopenReason;
extern const Msg kReopen;
extern const Msg kCloseTitle;
extern const Msg kCloseNote;
extern const Msg kClose;
extern const Msg kFollowUpTitle;
extern const Msg kFollowUpIn;         // "Due in"
extern const Msg kFollowUpSuggested;  // %s duration
extern const Msg kFollowUpNote;
extern const Msg kSchedule;
extern const Msg kFollowUpScheduled;  // %s when, %s note
extern const Msg kFollowUpDoneNote;
extern const Msg kFollowUpRecord;
extern const Msg kFollowUpDoneAt;  // %s when, %s note
extern const Msg kOutcomeTitle;
extern const Msg kVerdictLabel;
extern const Msg kRetentionLabel;
extern const Msg kRecordOutcome;
extern const Msg kOutcomeNow;  // %s verdict, %s retention
extern const Msg kAnalysisTitle;
extern const Msg kRootCause;
extern const Msg kAction;
extern const Msg kRecordAnalysis;
extern const Msg kKnownCauses;
extern const Msg kAnalysisNow;  // %s cause, %s action
// Closing the loop: telling the customer what changed because of them.
extern const Msg kLoopTitle;
extern const Msg kLoopHint;
extern const Msg kLoopTemplate;  // slots {name}, {action}, {business}, any order
extern const Msg kLoopCopy;
extern const Msg kLoopRecordSent;
extern const Msg kLoopSentNote;  // %s the message: the follow-up's note
extern const Msg kLoopSent;      // %s when
extern const Msg kLoopCoachGood;
extern const Msg kLoopCoachDont;  // %s the advice
extern const Msg kHistoryTitle;
extern const Msg kHistoryNone;
extern const Msg kHistoryTotal;  // %s money, %zu cases
extern const Msg kHistoryRow;    // %s opened, %s kind, %s status, %s outcome, %s money
extern const Msg kOpenCase;      // %s reference
extern const Msg kStatusOpen;
extern const Msg kStatusClosed;
extern const Msg kNoVerdict;
extern const Msg kIntakeWants;    // %s
extern const Msg kIntakeSegment;  // %s segment, %s value, %s channel
extern const Msg kIntakeCares;    // %s tags
extern const Msg kIntakeWords;    // %s
// Under a customer's text too long to draw whole; %zu the characters left out.
extern const Msg kNotAllShown;
extern const Msg kIntakeHeader;  // %s kind, %d severity, %s opened
extern const Msg kFollowUpsTitle;
extern const Msg kFollowUpsNone;
extern const Msg kFollowUpsOverdue;
extern const Msg kFollowUpsToday;
extern const Msg kFollowUpsLater;
extern const Msg kFollowUpsRow;  // %s due, %s customer, %s note
extern const Msg kChooseVerdict;
extern const Msg kFailedOnce;
// Anonymised cases (core/privacy/anonymise.hpp) and forgetting a customer.
extern const Msg kAnonymisedCustomer;
extern const Msg kAnonymisedForRetention;  // %s when
extern const Msg kAnonymisedOnRequest;     // %s when
extern const Msg kForget;
extern const Msg kForgetAsk;  // %zu cases
extern const Msg kForgetConfirm;
extern const Msg kForgetKeep;
extern const Msg kFailedMore;  // %zu
extern const Msg kWhen;
extern const Msg kWho;
extern const Msg kWhat;
extern const Msg kCaseTitle;  // %s reference

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
