#include "ui/messages_comp.hpp"

#include "ui/format.hpp"

namespace mend::ui::comp_text {

const Msg kTab = "Make good";
const Msg kRankedTitle = "What to offer";
const Msg kRankedHint =
    "Best first for this customer and this failure. Grant within your authority in one tap; "
    "above it, a manager approves with their PIN.";
const Msg kNothingActive = "The catalog has nothing to grant. Offer something in words below.";
const Msg kYourAuthority = "Your authority (%s, %s):";
const Msg kPerCaseUsed = "This case: %s of %s granted on your own authority.";
const Msg kPerDayUsed = "Today: %s of %s granted on your own authority.";
const Msg kSegmentUsed = "Budget for this customer's segment: %s of %s used.";
const Msg kNoSegmentBudget = "No budget is set for this customer's segment.";
const Msg kCostAndValue = "Costs the business %s; worth %s to the customer.";
const Msg kStockLeft = "%d left in stock.";
const Msg kBudgetLeft = "%s of its budget left.";
const Msg kWithin = "Within your authority.";
const Msg kNeedsApproval = "Needs a manager's approval: %s.";
const Msg kRefused = "Cannot be granted: %s.";
const Msg kWhy = "Why: %s.";
const Msg kMoreIsNotBetter =
    "More is not better: this is far above what a failure of this severity warrants. A fair "
    "make-good rebuilds trust; a much larger one adds none and can make the customer wonder why.";
const Msg kAlreadyEnough =
    "This case's make-good is already far above what a failure of this severity warrants. More "
    "is not better: a fair make-good rebuilds trust; a much larger one adds none and can make the "
    "customer wonder why.";
const Msg kGrant = "Grant";
const Msg kGrantWithApproval = "Grant with a manager's approval";
const Msg kClosedNoGrants = "The case is closed: reopen it to grant or offer anything.";

const Msg kDoubleDeviation =
    "This customer was failed before and now again (a double deviation): a manager should take "
    "this case over.";
const Msg kTakeOver = "Take this case over";
const Msg kTakenOverNote = "%s takes this case over (the customer was failed before).";
const Msg kTookOver = "You took this case over.";
const Msg kAskManager = "Ask a manager (%s) to sign in with \"Switch user\" and take it over.";

const Msg kOfferTitle = "Offer something in your own words";
const Msg kOfferHint = "For example: a call from the chef, a table by the window next time.";
const Msg kRecordOffer = "Record offer";
const Msg kOffersTitle = "Offered in words";
const Msg kOfferLine = "\"%s\" (%s, %s)";

const Msg kGrantsTitle = "Granted in this case";
const Msg kNoGrants = "Nothing granted yet.";
const Msg kGrantLine = "%s x%d: costs %s, worth %s";
const Msg kGrantedBy = "Granted by %s, %s.";
const Msg kApprovedBy = "Approved by %s: %s";
const Msg kReversed = "Reversed %s: %s";
const Msg kReverseReason = "Why reverse it?";
const Msg kReverse = "Reverse";
const Msg kCaseTotal = "In total: costs the business %s, worth %s to the customer.";

const Msg kApprovalTitle = "A manager's approval";
const Msg kApprovalWhat = "%s costs %s, which is over your authority by %s.";
const Msg kWhoApproves = "Who approves?";
const Msg kNoApprovers = "Nobody else in this business can approve grants.";
const Msg kApproverPin = "%s's PIN";
const Msg kApprovalReason = "Why is it approved?";
const Msg kApprove = "Approve and grant";
const Msg kCancel = "Cancel";
const Msg kChooseApprover = "Choose who approves first.";

std::string pin_refusal(app::PinVerdict verdict, TimeMs wait_ms, const std::string& approver) {
  using app::PinVerdict;
  switch (verdict) {
    case PinVerdict::Right:
      return {};
    case PinVerdict::Wrong:
      if (wait_ms > 0)
        return text_format(tr("That PIN is not %s's. Too many wrong PINs: try again in %s."),
                           approver.c_str(), duration_text(wait_ms).c_str());
      return text_format(tr("That PIN is not %s's. Nothing was granted."), approver.c_str());
    case PinVerdict::Locked:
      return text_format(tr("Too many wrong PINs for %s: try again in %s."), approver.c_str(),
                         duration_text(wait_ms).c_str());
    case PinVerdict::UnknownStaff:
      return text_format(tr("%s is not on the staff list."), approver.c_str());
    case PinVerdict::NoPin:
      return text_format(tr("%s has no PIN yet, and an approval needs one."), approver.c_str());
  }
  return {};
}

}  // namespace mend::ui::comp_text
