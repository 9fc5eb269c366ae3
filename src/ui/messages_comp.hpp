// Every text of the case screen's "Make good" part (compensation), in one
// place to translate: whole sentences with printf slots, so a language can
// reorder them. Buttons add their own "##id".
#pragma once
#include <string>

#include "app/desk_session.hpp"
#include "core/base/money.hpp"

namespace mend::ui::comp_text {

extern const char* const kTab;
extern const char* const kRankedTitle;
extern const char* const kRankedHint;
extern const char* const kNothingActive;
extern const char* const kYourAuthority;  // %s name, %s role
extern const char* const kPerCaseUsed;    // %s used, %s limit
extern const char* const kPerDayUsed;     // %s used, %s limit
extern const char* const kSegmentUsed;    // %s used, %s budget
extern const char* const kNoSegmentBudget;
extern const char* const kCostAndValue;  // %s cost, %s value
extern const char* const kStockLeft;     // %d units
extern const char* const kBudgetLeft;    // %s money
extern const char* const kWithin;
extern const char* const kNeedsApproval;  // %s reasons
extern const char* const kRefused;        // %s reasons
extern const char* const kWhy;            // %s reasons
extern const char* const kMoreIsNotBetter;
extern const char* const kAlreadyEnough;  // the case is over the line already: once, above the list
extern const char* const kGrant;
extern const char* const kGrantWithApproval;
extern const char* const kClosedNoGrants;

extern const char* const kDoubleDeviation;
extern const char* const kTakeOver;
extern const char* const kTakenOverNote;  // %s manager's name (recorded in the book)
extern const char* const kTookOver;
extern const char* const kAskManager;  // %s managers' names

extern const char* const kOfferTitle;
extern const char* const kOfferHint;
extern const char* const kRecordOffer;
extern const char* const kOffersTitle;
extern const char* const kOfferLine;  // %s text, %s who, %s when

extern const char* const kGrantsTitle;
extern const char* const kNoGrants;
extern const char* const kGrantLine;   // %s name, %d quantity, %s cost, %s value
extern const char* const kGrantedBy;   // %s who, %s when
extern const char* const kApprovedBy;  // %s who, %s reason
extern const char* const kReversed;    // %s when, %s reason
extern const char* const kReverseReason;
extern const char* const kReverse;
extern const char* const kCaseTotal;  // %s cost, %s value

extern const char* const kApprovalTitle;  // the modal's title (and its id)
extern const char* const kApprovalWhat;   // %s item, %s cost, %s over by
extern const char* const kWhoApproves;
extern const char* const kNoApprovers;
extern const char* const kApproverPin;  // %s approver's name
extern const char* const kApprovalReason;
extern const char* const kApprove;
extern const char* const kCancel;
extern const char* const kChooseApprover;

// Why a manager's PIN did not approve (GrantApprovalRefused), as a sentence.
std::string pin_refusal(app::PinVerdict verdict, TimeMs wait_ms, const std::string& approver);

}  // namespace mend::ui::comp_text
