// Every text of the Business screen's tabs, in one place to translate.
#pragma once

namespace mend::ui::business_text {

inline constexpr const char* kNotEditableYet =
    "These are the business's own records as the book holds them. Changing them in the app is "
    "not built yet: until it is, they come with a book file imported under Data.";
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
// Staff and roles.
inline constexpr const char* kPeople = "People";
inline constexpr const char* kRole = "Role";
inline constexpr const char* kRoles = "Roles";
inline constexpr const char* kPerCase = "Grants alone, per case";
inline constexpr const char* kPerDay = "Grants alone, per day";
inline constexpr const char* kApproves = "Approves";
inline constexpr const char* kManages = "Manages";
inline constexpr const char* kNoStaff = "Nobody is set up yet.";
// Playbooks.
inline constexpr const char* kBuiltIn = "built in";
inline constexpr const char* kOurs = "the business's own, version %d";
inline constexpr const char* kPlaybookLine = "%s (%s): %zu steps";
inline constexpr const char* kStepLine = "%zu. %s";
inline constexpr const char* kStrictOrder = "Steps in this order";
// Settings.
inline constexpr const char* kBusinessName = "Business name";
inline constexpr const char* kCurrency = "Currency";
inline constexpr const char* kFirstResponse = "First response within";
inline constexpr const char* kRecovery = "Recovered within";
inline constexpr const char* kFollowUp = "Follow-up within";
inline constexpr const char* kDayOffset = "Business day's offset from UTC";
inline constexpr const char* kOffsetFormat = "%+d min";
inline constexpr const char* kTierValue = "Yearly value of a %s customer";
inline constexpr const char* kSegmentBudget = "Recovery budget per case, %s";
inline constexpr const char* kKinds = "Kinds of failure";
inline constexpr const char* kChannels = "Channels";
inline constexpr const char* kSegments = "Customer segments";

}  // namespace mend::ui::business_text
