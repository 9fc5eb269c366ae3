// Every text of the Business screen's tabs, in one place to translate.
#pragma once

namespace mend::ui::business_text {

// Saving, as the case screen says it.
inline constexpr const char* kSave = "Save";
inline constexpr const char* kCancel = "Cancel";
inline constexpr const char* kRemove = "Remove";
inline constexpr const char* kSaving = "Saving\u2026";
inline constexpr const char* kSaved = "Saved";
inline constexpr const char* kNotSavedYet = "Not saved yet \u2014 kept here and tried again";
inline constexpr const char* kSavedBanner = "Saved.";
inline constexpr const char* kPlaybookSavedFormat = "Playbook saved as version %d.";
inline constexpr const char* kRetiredBanner =
    "Retired: past cases still name it, so it stays in the book for them, but it is no longer "
    "offered.";
inline constexpr const char* kDeletedBanner = "Removed.";
inline constexpr const char* kNotAnAmount = "Write an amount such as 12.50.";
inline constexpr const char* kNotAWholeNumber = "Write a whole number such as 3.";
inline constexpr const char* kRetired = "retired";
// Catalog.
inline constexpr const char* kName = "Name";
inline constexpr const char* kCategory = "Kind";
inline constexpr const char* kCost = "Cost to us";
inline constexpr const char* kValue = "Worth to them";
inline constexpr const char* kRatio = "Worth ÷ cost";
inline constexpr const char* kLimit = "Stock or budget";
inline constexpr const char* kOffered = "Offered";
inline constexpr const char* kRatioFormat = "%.1f×";
inline constexpr const char* kFree = "free to us";
inline constexpr const char* kUnlimited = "unlimited";
inline constexpr const char* kStockFormat = "%d left";
inline constexpr const char* kBudgetFormat = "budget %s";
inline constexpr const char* kYes = "yes";
inline constexpr const char* kNo = "no";
inline constexpr const char* kNoItems = "The catalog is empty.";
inline constexpr const char* kAddItem = "Add an item";
inline constexpr const char* kEditItemFormat = "Item: %s";
inline constexpr const char* kNewItem = "New item";
inline constexpr const char* kTags = "What it suits (tags, commas between)";
inline constexpr const char* kSuitsKinds = "For these failures (none ticked: any)";
inline constexpr const char* kSuitsSegments = "For these customers (none ticked: any)";
inline constexpr const char* kLimitKind = "Limit";
inline constexpr const char* kLimitNone = "Unlimited";
inline constexpr const char* kLimitStock = "Units in stock";
inline constexpr const char* kLimitBudget = "Money budget";
inline constexpr const char* kStock = "Units left";
inline constexpr const char* kBudget = "Budget left";
inline constexpr const char* kOfferIt = "Offer it to staff";
inline constexpr const char* kLiveRatioFormat = "Worth to them \u00f7 cost to us: %.1f\u00d7";
inline constexpr const char* kCostsLittle = " \u2014 costs little, worth much";
inline constexpr const char* kWorthLess = " \u2014 worth less to them than it costs";
inline constexpr const char* kRatioUnknown = "Worth \u00f7 cost: type both to see it";
inline constexpr const char* kFreeToUs = "Free to us: any worth to them is pure gain";
inline constexpr const char* kCategoryNames[] = {"refund",  "voucher", "gift",
                                                 "upgrade", "service", "gesture"};
// Staff and roles.
inline constexpr const char* kPeople = "People";
inline constexpr const char* kRole = "Role";
inline constexpr const char* kRoles = "Roles";
inline constexpr const char* kPerCase = "Grants alone, per case";
inline constexpr const char* kPerDay = "Grants alone, per day";
inline constexpr const char* kApproves = "Approves";
inline constexpr const char* kManages = "Manages";
inline constexpr const char* kNoStaff = "Nobody is set up yet.";
inline constexpr const char* kAddPerson = "Add a person";
inline constexpr const char* kAddRole = "Add a role";
inline constexpr const char* kPersonFormat = "Person: %s";
inline constexpr const char* kNewPerson = "New person";
inline constexpr const char* kRoleFormat = "Role: %s";
inline constexpr const char* kNewRole = "New role";
inline constexpr const char* kPin = "PIN";
inline constexpr const char* kNewPin = "New PIN (4 to 8 digits)";
inline constexpr const char* kResetPin = "Reset PIN (blank: keep it)";
inline constexpr const char* kPinSet = "set";
inline constexpr const char* kPinNotSet = "not set";
inline constexpr const char* kCanApprove = "Can approve others' grants";
inline constexpr const char* kCanManage = "Can manage the business (dashboard, these screens)";
inline constexpr const char* kStatus = "Status";
inline constexpr const char* kActive = "active";
// Playbooks.
inline constexpr const char* kBuiltIn = "built in";
inline constexpr const char* kOurs = "the business's own, version %d";
inline constexpr const char* kPlaybookLine = "%s (%s): %zu steps";
inline constexpr const char* kStepLine = "%zu. %s";
inline constexpr const char* kStrictOrder = "Steps in this order";
inline constexpr const char* kCopyToOwn = "Copy to make your own";
inline constexpr const char* kEdit = "Edit";
inline constexpr const char* kCopyNameFormat = "%s (ours)";
inline constexpr const char* kEditingFormat = "Editing %s \u2014 saving makes version %d";
inline constexpr const char* kNewPlaybook =
    "New playbook, from a copy \u2014 saving makes version 1";
inline constexpr const char* kSummary = "Summary";
inline constexpr const char* kStrictOrderBox = "Steps must be done in this order";
inline constexpr const char* kOverride = "Own target";
inline constexpr const char* kMinutes = "minutes";
inline constexpr const char* kStepsHeading = "Steps";
inline constexpr const char* kStepFormat = "Step %d";
inline constexpr const char* kTitle = "Title";
inline constexpr const char* kGuidance = "Guidance";
inline constexpr const char* kPhrases = "Things to say (one a line)";
inline constexpr const char* kRecordWhat = "Staff record";
inline constexpr const char* kRecordNames[] = {"nothing, a tick", "a note", "a choice"};
inline constexpr const char* kChoices = "Choices (one a line)";
inline constexpr const char* kRequired = "Required before closing";
inline constexpr const char* kStepTarget = "Done within (minutes, 0: no target)";
inline constexpr const char* kUp = "Up";
inline constexpr const char* kDown = "Down";
inline constexpr const char* kAddStep = "Add a step";
inline constexpr const char* kOpenCasesKeep =
    "Cases already open keep the version they started with; new cases get the saved one.";
// Settings.
inline constexpr const char* kBusinessName = "Business name";
inline constexpr const char* kCurrency = "Currency";
inline constexpr const char* kFirstResponse = "First response within";
inline constexpr const char* kRecovery = "Recovered within";
inline constexpr const char* kFollowUp = "Follow-up within";
inline constexpr const char* kDayOffset = "Day's offset from UTC";
inline constexpr const char* kOffsetFormat = "%+d min";
inline constexpr const char* kTierValue = "Yearly value of a %s customer";
inline constexpr const char* kSegmentBudget = "Recovery budget per case, %s";
inline constexpr const char* kKinds = "Kinds of failure";
inline constexpr const char* kChannels = "Channels";
inline constexpr const char* kSegments = "Customer segments";
inline constexpr const char* kTiers = "Value tiers";
inline constexpr const char* kStartFrom = "Words of a trade";
inline constexpr const char* kUseWords = "Use these words";
inline constexpr const char* kTradeNames[] = {"General",     "Restaurant", "Hotel",
                                              "Repair shop", "Shop",       "Hotel and restaurant"};
inline constexpr const char* kTradeNote =
    "Replaces the four lists below with the trade's (until you save); cases keep their ids and "
    "read well either way.";
inline constexpr const char* kClocks = "Clock targets";
inline constexpr const char* kMoney = "Money";
inline constexpr const char* kWords = "Words";
inline constexpr const char* kHours = "hours";
inline constexpr const char* kKeptCountsSatisfied =
    "Count satisfied and delighted customers as kept when nobody recorded whether they stayed";
inline constexpr const char* kAddTerm = "Add";
inline constexpr const char* kRetire = "Retire";
inline constexpr const char* kTermLabel = "Label";

// ---- privacy: retention and forgetting a customer ----
inline constexpr const char* kPrivacy = "Customers' personal data";
inline constexpr const char* kAnonymiseAfter = "Anonymise closed cases after (months)";
inline constexpr const char* kAnonymiseNote =
    "Anonymising removes the customer's name, contact and words, and every note written on "
    "the case, from this device's book and from every export made after it. The counts, "
    "times, costs and root causes stay, so the dashboard reads the same; a customer who "
    "comes back is still recognised as a repeat customer. 0 months: never. It cannot be undone.";
inline constexpr const char* kAnonymiseOff = "Off: cases keep their customers' data until removed.";
inline constexpr const char* kAnonymiseRunFormat =
    "Checked %s: %zu cases anonymised since Mend was opened here.";
inline constexpr const char* kForgetHint =
    "To forget one customer now (a request to erase their data), open any of their cases and "
    "choose \"Forget this customer\".";
inline constexpr const char* kForgottenFormat = "Customer forgotten in %zu cases.";

// ---- the kiosk's words ----
inline constexpr const char* kKiosk = "Kiosk";
inline constexpr const char* kKioskNote =
    "What a kiosk tablet at the counter tells a customer the moment they have said what went "
    "wrong, and how long it waits untouched before it asks \"Still there?\" and wipes what "
    "they typed. The coach reads the apology as you write it.";
inline constexpr const char* kKioskApology = "Apology";
inline constexpr const char* kKioskNextSteps = "What happens next";
inline constexpr const char* kKioskIdle = "Wipe after (seconds untouched)";
inline constexpr const char* kKioskSayDifferently = "Say differently \u2014 %s: \u201c%s\u201d";
inline constexpr const char* kKioskUseInstead = "Use the coach's words instead";
inline constexpr const char* kKioskMissing = "%s is missing.";
inline constexpr const char* kKioskAdd = "Add the coach's words";
inline constexpr const char* kKioskApologyGood =
    "The coach: it apologises, owns it, and takes nothing back.";

}  // namespace mend::ui::business_text
