// Every text of the case screen's "Make good" part (compensation), in one
// place to translate: whole sentences with printf slots, so a language can
// reorder them. Buttons add their own "##id".
#pragma once
#include <string>
#include "ui/i18n.hpp"

#include "app/desk_session.hpp"
#include "core/base/money.hpp"

namespace mend::ui::comp_text {

extern const Msg kTab;
extern const Msg kRankedTitle;
extern const Msg kRankedHint;
extern const Msg kNothingActive;
extern const Msg kYourAuthority;  // %s name, %s role
extern const Msg kPerCaseUsed;    // %s used, %s limit
extern const Msg kPerDayUsed;     // %s used, %s limit
extern const Msg kSegmentUsed;    // %s used, %s budget
extern const Msg kNoSegmentBudget;
extern const Msg kCostAndValue;  // %s cost, %s value
extern const Msg kStockLeft;     // %d units
extern const Msg kBudgetLeft;    // %s money
extern const Msg kWithin;
extern const Msg kNeedsApproval;  // %s reasons
extern const Msg kRefused;        // %s reasons
extern const Msg kWhy;            // %s reasons
extern const Msg kMoreIsNotBetter;
extern const Msg kAlreadyEnough;  // the case is over the line already: once, above the list
extern const Msg kGrant;
extern const Msg kGrantWithApproval;
extern const Msg kClosedNoGrants;

extern const Msg kDoubleDeviation;
extern const Msg kTakeOver;
extern const Msg kTakenOverNote;  // %s manager's name (recorded in the book)
extern const Msg kTookOver;
extern const Msg kAskManager;  // %s managers' names

extern const Msg kOfferTitle;
extern const Msg kOfferHint;
extern const Msg kRecordOffer;
extern const Msg kOffersTitle;
extern const Msg kOfferLine;  // %s text, %s who, %s when

extern const Msg kGrantsTitle;
extern const Msg kNoGrants;
extern const Msg kGrantLine;   // %s name, %d quantity, %s cost, %s value
extern const Msg kGrantedBy;   // %s who, %s when
extern const Msg kApprovedBy;  // %s who, %s reason
extern const Msg kReversed;    // %s when, %s reason
extern const Msg kReverseReason;
extern const Msg kReverse;
extern const Msg kCaseTotal;  // %s cost, %s value

extern const Msg kApprovalTitle;  // the modal's title (and its id)
extern const Msg kApprovalWhat;   // %s item, %s cost, %s over by
extern const Msg kWhoApproves;
extern const Msg kNoApprovers;
extern const Msg kApproverPin;  // %s approver's name
extern const Msg kApprovalReason;
extern const Msg kApprove;
extern const Msg kCancel;
extern const Msg kChooseApprover;

// Why a manager's PIN did not approve (GrantApprovalRefused), as a sentence.
std::string pin_refusal(app::PinVerdict verdict, TimeMs wait_ms, const std::string& approver);

}  // namespace mend::ui::comp_text
