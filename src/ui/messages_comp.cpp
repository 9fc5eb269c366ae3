#include "ui/messages_comp.hpp"

#include "ui/format.hpp"

namespace mend::ui::comp_text {

const char* const kTab = "Make good";
const char* const kRankedTitle = "What to offer";
const char* const kRankedHint =
    "Best first for this customer and this failure. Grant within your authority in one tap; "
    "above it, a manager approves with their PIN.";
const char* const kNothingActive =
    "The catalog has nothing to grant. Offer something in words below.";
const char* const kYourAuthority = "Your authority (%s, %s):";
const char* const kPerCaseUsed = "This case: %s of %s granted on your own authority.";
const char* const kPerDayUsed = "Today: %s of %s granted on your own authority.";
const char* const kSegmentUsed = "Budget for this customer's segment: %s of %s used.";
const char* const kNoSegmentBudget = "No budget is set for this customer's segment.";
const char* const kCostAndValue = "Costs the business %s; worth %s to the customer.";
const char* const kStockLeft = "%d left in stock.";
const char* const kBudgetLeft = "%s of its budget left.";
const char* const kWithin = "Within your authority.";
const char* const kNeedsApproval = "Needs a manager's approval: %s.";
const char* const kRefused = "Cannot be granted: %s.";
const char* const kWhy = "Why: %s.";
const char* const kMoreIsNotBetter =
    "More is not better: this is far above what a failure of this severity warrants. A fair "
    "make-good rebuilds trust; a much larger one adds none and can make the customer wonder why.";
const char* const kAlreadyEnough =
    "This case's make-good is already far above what a failure of this severity warrants. More "
    "is not better: a fair make-good rebuilds trust; a much larger one adds none and can make the "
    "customer wonder why.";
const char* const kGrant = "Grant";
const char* const kGrantWithApproval = "Grant with a manager's approval";
const char* const kClosedNoGrants = "The case is closed: reopen it to grant or offer anything.";

const char* const kDoubleDeviation =
    "This customer was failed before and now again (a double deviation): a manager should take "
    "this case over.";
const char* const kTakeOver = "Take this case over";
const char* const kTakenOverNote = "%s takes this case over (the customer was failed before).";
const char* const kTookOver = "You took this case over.";
const char* const kAskManager =
    "Ask a manager (%s) to sign in with \"Switch user\" and take it over.";

const char* const kOfferTitle = "Offer something in your own words";
const char* const kOfferHint =
    "For example: a call from the chef, a table by the window next time.";
const char* const kRecordOffer = "Record offer";
const char* const kOffersTitle = "Offered in words";
const char* const kOfferLine = "\"%s\" (%s, %s)";

const char* const kGrantsTitle = "Granted in this case";
const char* const kNoGrants = "Nothing granted yet.";
const char* const kGrantLine = "%s x%d: costs %s, worth %s";
const char* const kGrantedBy = "Granted by %s, %s.";
const char* const kApprovedBy = "Approved by %s: %s";
const char* const kReversed = "Reversed %s: %s";
const char* const kReverseReason = "Why reverse it?";
const char* const kReverse = "Reverse";
const char* const kCaseTotal = "In total: costs the business %s, worth %s to the customer.";

const char* const kApprovalTitle = "A manager's approval";
const char* const kApprovalWhat = "%s costs %s, which is over your authority by %s.";
const char* const kWhoApproves = "Who approves?";
const char* const kNoApprovers = "Nobody else in this business can approve grants.";
const char* const kApproverPin = "%s's PIN";
const char* const kApprovalReason = "Why is it approved?";
const char* const kApprove = "Approve and grant";
const char* const kCancel = "Cancel";
const char* const kChooseApprover = "Choose who approves first.";

std::string pin_refusal(app::PinVerdict verdict, TimeMs wait_ms, const std::string& approver) {
  using app::PinVerdict;
  switch (verdict) {
    case PinVerdict::Right:
      return {};
    case PinVerdict::Wrong:
      if (wait_ms > 0)
        return text_format("That PIN is not %s's. Too many wrong PINs: try again in %s.",
                           approver.c_str(), duration_text(wait_ms).c_str());
      return text_format("That PIN is not %s's. Nothing was granted.", approver.c_str());
    case PinVerdict::Locked:
      return text_format("Too many wrong PINs for %s: try again in %s.", approver.c_str(),
                         duration_text(wait_ms).c_str());
    case PinVerdict::UnknownStaff:
      return text_format("%s is not on the staff list.", approver.c_str());
    case PinVerdict::NoPin:
      return text_format("%s has no PIN yet, and an approval needs one.", approver.c_str());
  }
  return {};
}

}  // namespace mend::ui::comp_text
