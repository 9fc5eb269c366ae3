// Every text of the Business screen's tabs, in one place to translate.
#pragma once
#include "ui/i18n.hpp"

namespace mend::ui::business_text {

// Saving, as the case screen says it.
inline constexpr Msg kSave = "Save";
inline constexpr Msg kCancel = "Cancel";
inline constexpr Msg kRemove = "Remove";
inline constexpr Msg kSaving = "Saving\u2026";
inline constexpr Msg kSaved = "Saved";
inline constexpr Msg kNotSavedYet = "Not saved yet \u2014 kept here and tried again";
inline constexpr Msg kSavedBanner = "Saved.";
inline constexpr Msg kPlaybookSavedFormat = "Playbook saved as version %d.";
inline constexpr Msg kRetiredBanner =
    "Retired: past cases still name it, so it stays in the book for them, but it is no longer "
    "offered.";
inline constexpr Msg kDeletedBanner = "Removed.";
inline constexpr Msg kNotAnAmount = "Write an amount such as 12.50.";
inline constexpr Msg kNotAWholeNumber = "Write a whole number such as 3.";
inline constexpr Msg kRetired = "retired";
// Catalog.
inline constexpr Msg kName = "Name";
inline constexpr Msg kCategory = "Kind";
inline constexpr Msg kCost = "Cost to us";
inline constexpr Msg kValue = "Worth to them";
inline constexpr Msg kRatio = "Worth ÷ cost";
inline constexpr Msg kLimit = "Stock or budget";
inline constexpr Msg kOffered = "Offered";
inline constexpr Msg kRatioFormat = "%.1f×";
inline constexpr Msg kFree = "free to us";
inline constexpr Msg kUnlimited = "unlimited";
inline constexpr Msg kStockFormat = "%d left";
inline constexpr Msg kBudgetFormat = "budget %s";
inline constexpr Msg kYes = "yes";
inline constexpr Msg kNo = "no";
inline constexpr Msg kNoItems = "The catalog is empty.";
inline constexpr Msg kAddItem = "Add an item";
inline constexpr Msg kEditItemFormat = "Item: %s";
inline constexpr Msg kNewItem = "New item";
inline constexpr Msg kTags = "What it suits (tags, commas between)";
inline constexpr Msg kSuitsKinds = "For these failures (none ticked: any)";
inline constexpr Msg kSuitsSegments = "For these customers (none ticked: any)";
inline constexpr Msg kLimitKind = "Limit";
inline constexpr Msg kLimitNone = "Unlimited";
inline constexpr Msg kLimitStock = "Units in stock";
inline constexpr Msg kLimitBudget = "Money budget";
inline constexpr Msg kStock = "Units left";
inline constexpr Msg kBudget = "Budget left";
inline constexpr Msg kOfferIt = "Offer it to staff";
inline constexpr Msg kLiveRatioFormat = "Worth to them \u00f7 cost to us: %.1f\u00d7";
inline constexpr Msg kCostsLittle = " \u2014 costs little, worth much";
inline constexpr Msg kWorthLess = " \u2014 worth less to them than it costs";
inline constexpr Msg kRatioUnknown = "Worth \u00f7 cost: type both to see it";
inline constexpr Msg kFreeToUs = "Free to us: any worth to them is pure gain";
inline constexpr Msg kCategoryNames[] = {"refund",  "voucher", "gift",
                                         "upgrade", "service", "gesture"};
// Staff and roles.
inline constexpr Msg kPeople = "People";
inline constexpr Msg kRole = "Role";
inline constexpr Msg kRoles = "Roles";
inline constexpr Msg kPerCase = "Grants alone, per case";
inline constexpr Msg kPerDay = "Grants alone, per day";
inline constexpr Msg kApproves = "Approves";
inline constexpr Msg kManages = "Manages";
inline constexpr Msg kNoStaff = "Nobody is set up yet.";
inline constexpr Msg kAddPerson = "Add a person";
inline constexpr Msg kAddRole = "Add a role";
inline constexpr Msg kPersonFormat = "Person: %s";
inline constexpr Msg kNewPerson = "New person";
inline constexpr Msg kRoleFormat = "Role: %s";
inline constexpr Msg kNewRole = "New role";
inline constexpr Msg kPin = "PIN";
inline constexpr Msg kNewPin = "New PIN (4 to 8 digits)";
inline constexpr Msg kResetPin = "Reset PIN (blank: keep it)";
inline constexpr Msg kPinSet = "set";
inline constexpr Msg kPinNotSet = "not set";
inline constexpr Msg kCanApprove = "Can approve others' grants";
inline constexpr Msg kCanManage = "Can manage the business (dashboard, these screens)";
inline constexpr Msg kStatus = "Status";
inline constexpr Msg kActive = "active";
// Playbooks.
inline constexpr Msg kBuiltIn = "built in";
inline constexpr Msg kOurs = "the business's own, version %d";
inline constexpr Msg kPlaybookLine = "%s (%s): %zu steps";
inline constexpr Msg kStepLine = "%zu. %s";
inline constexpr Msg kStrictOrder = "Steps in this order";
inline constexpr Msg kCopyToOwn = "Copy to make your own";
inline constexpr Msg kEdit = "Edit";
inline constexpr Msg kCopyNameFormat = "%s (ours)";
inline constexpr Msg kEditingFormat = "Editing %s \u2014 saving makes version %d";
inline constexpr Msg kNewPlaybook = "New playbook, from a copy \u2014 saving makes version 1";
inline constexpr Msg kSummary = "Summary";
inline constexpr Msg kStrictOrderBox = "Steps must be done in this order";
inline constexpr Msg kOverride = "Own target";
inline constexpr Msg kMinutes = "minutes";
inline constexpr Msg kStepsHeading = "Steps";
inline constexpr Msg kStepFormat = "Step %d";
inline constexpr Msg kTitle = "Title";
inline constexpr Msg kGuidance = "Guidance";
inline constexpr Msg kPhrases = "Things to say (one a line)";
inline constexpr Msg kRecordWhat = "Staff record";
inline constexpr Msg kRecordNames[] = {"nothing, a tick", "a note", "a choice"};
inline constexpr Msg kChoices = "Choices (one a line)";
inline constexpr Msg kRequired = "Required before closing";
inline constexpr Msg kStepTarget = "Done within (minutes, 0: no target)";
inline constexpr Msg kUp = "Up";
inline constexpr Msg kDown = "Down";
inline constexpr Msg kAddStep = "Add a step";
inline constexpr Msg kOpenCasesKeep =
    "Cases already open keep the version they started with; new cases get the saved one.";
// Settings.
inline constexpr Msg kBusinessName = "Business name";
inline constexpr Msg kCurrency = "Currency";
inline constexpr Msg kFirstResponse = "First response within";
inline constexpr Msg kRecovery = "Recovered within";
inline constexpr Msg kFollowUp = "Follow-up within";
inline constexpr Msg kDayOffset = "Day's offset from UTC";
inline constexpr Msg kOffsetFormat = "%+d min";
inline constexpr Msg kTierValue = "Yearly value of a %s customer";
inline constexpr Msg kSegmentBudget = "Recovery budget per case, %s";
inline constexpr Msg kKinds = "Kinds of failure";
inline constexpr Msg kChannels = "Channels";
inline constexpr Msg kSegments = "Customer segments";
inline constexpr Msg kTiers = "Value tiers";
inline constexpr Msg kStartFrom = "Words of a trade";
inline constexpr Msg kUseWords = "Use these words";
inline constexpr Msg kTradeNames[] = {"General",     "Restaurant", "Hotel",
                                      "Repair shop", "Shop",       "Hotel and restaurant"};
inline constexpr Msg kTradeNote =
    "Replaces the four lists below with the trade's (until you save); cases keep their ids and "
    "read well either way.";
inline constexpr Msg kClocks = "Clock targets";
inline constexpr Msg kMoney = "Money";
inline constexpr Msg kWords = "Words";
inline constexpr Msg kHours = "hours";
inline constexpr Msg kKeptCountsSatisfied =
    "Count satisfied and delighted customers as kept when nobody recorded whether they stayed";
inline constexpr Msg kAddTerm = "Add";
inline constexpr Msg kRetire = "Retire";
inline constexpr Msg kTermLabel = "Label";

// ---- privacy: retention and forgetting a customer ----
inline constexpr Msg kPrivacy = "Customers' personal data";
inline constexpr Msg kAnonymiseAfter = "Anonymise closed cases after (months)";
inline constexpr Msg kAnonymiseNote =
    "Anonymising removes the customer's name, contact and words, and every note written on "
    "the case, from this device's book and from every export made after it. The counts, "
    "times, costs and root causes stay, so the dashboard reads the same; a customer who "
    "comes back is still recognised as a repeat customer. 0 months: never. It cannot be undone.";
inline constexpr Msg kAnonymiseOff = "Off: cases keep their customers' data until removed.";
inline constexpr Msg kAnonymiseRunFormat =
    "Checked %s: %zu cases anonymised since Mend was opened here.";
inline constexpr Msg kForgetHint =
    "To forget one customer now (a request to erase their data), open any of their cases and "
    "choose \"Forget this customer\".";
inline constexpr Msg kForgottenFormat = "Customer forgotten in %zu cases.";

// ---- the kiosk's words ----
inline constexpr Msg kKiosk = "Kiosk";
inline constexpr Msg kThisDevice = "This device";
inline constexpr Msg kThisDeviceNote =
    "Kept on this device for whoever uses it, not in the book: each desk and tablet chooses its "
    "own. Also in Help > Language.";
inline constexpr Msg kScreensLanguage = "Language of the screens";
inline constexpr Msg kThisBusiness = "This business, on every device";
inline constexpr Msg kKioskNote =
    "What a kiosk tablet at the counter tells a customer the moment they have said what went "
    "wrong, and how long it waits untouched before it asks \"Still there?\" and wipes what "
    "they typed. The coach reads the apology as you write it.";
inline constexpr Msg kKioskApology = "Apology";
inline constexpr Msg kKioskNextSteps = "What happens next";
inline constexpr Msg kKioskIdle = "Wipe after (seconds untouched)";
inline constexpr Msg kKioskSayDifferently = "Say differently \u2014 %s: \u201c%s\u201d";
inline constexpr Msg kKioskUseInstead = "Use the coach's words instead";
inline constexpr Msg kKioskMissing = "%s is missing.";
inline constexpr Msg kKioskAdd = "Add the coach's words";
inline constexpr Msg kKioskApologyGood =
    "The coach: it apologises, owns it, and takes nothing back.";

}  // namespace mend::ui::business_text
