// Every text of the owner's dashboard, in one place to translate: whole
// sentences with printf slots, so a language can reorder them.
#pragma once

namespace mend::ui::dashboard_text {

inline constexpr const char* kTitle = "Dashboard";
inline constexpr const char* kThisWeek = "This week";
inline constexpr const char* kThisMonth = "This month";
inline constexpr const char* kLast90Days = "Last 90 days";
inline constexpr const char* kCustom = "Custom dates";
inline constexpr const char* kFrom = "From (YYYY-MM-DD)";
inline constexpr const char* kTo = "To (YYYY-MM-DD), included";
inline constexpr const char* kApply = "Show these dates";
inline constexpr const char* kSaveImage = "Save as image";
inline constexpr const char* kImageSaved =
    "The dashboard was saved as an image (mend-dashboard-….png in your downloads).";
inline constexpr const char* kImageFailedFormat =
    "The dashboard could not be saved as an image: %s.";
inline constexpr const char* kBadDates =
    "Write both dates as YYYY-MM-DD, the first no later than the second.";
inline constexpr const char* kCounting = "Counting…";
inline constexpr const char* kRangeLine = "%d cases opened from %s to %s.";  // count, from, to
inline constexpr const char* kNoCases = "No cases were opened in these dates.";
// Headline tiles.
inline constexpr const char* kTopCause = "What fails most";
inline constexpr const char* kTopCauseValue = "%s: %d of %d cases (%.0f%%)";
inline constexpr const char* kRecovered = "Recovered within target";
inline constexpr const char* kRecoveredValue = "%.0f%% within %s";
inline constexpr const char* kCostValue = "Cost against value";
inline constexpr const char* kCostValueLine = "%s cost us, worth %s to customers";
inline constexpr const char* kRevenueKept = "Revenue kept (an estimate)";
// Charts.
inline constexpr const char* kKinds = "What failed: kinds of failure, most first";
inline constexpr const char* kCauses = "Why: root causes found, most first";
inline constexpr const char* kNoCauses = "No root cause recorded in these dates yet.";
inline constexpr const char* kTapBar =
    "Tap a bar to list its cases. The line is the running share; "
    "the dashed line marks 80%.";
inline constexpr const char* kFirstResponse = "Time to first response";
inline constexpr const char* kRecovery = "Time to recover";
inline constexpr const char* kWithinTarget =
    "%.0f%% within the target of %s (median %s, 90%% within %s).";
inline constexpr const char* kNoDurations = "No clock has stopped in these dates.";
inline constexpr const char* kMakeGoods =
    "Make-goods: cost to us (red) against worth to them (green)";
inline constexpr const char* kAllItems = "All make-goods";
inline constexpr const char* kNoGrants = "Nothing was granted in these dates.";
inline constexpr const char* kApprovals =
    "%d of %d make-goods (%.0f%%) needed a manager's approval.";
inline constexpr const char* kOutcomes = "Outcomes";
inline constexpr const char* kNotResolved = "Not resolved %d";
inline constexpr const char* kSatisfied = "Satisfied %d";
inline constexpr const char* kDelighted = "Delighted %d";
inline constexpr const char* kNoneYet = "No outcome yet %d";
inline constexpr const char* kRetention = "Retained %d · Lost %d · Not known %d";
inline constexpr const char* kRepeat = "%d customers were failed more than once.";
inline constexpr const char* kShowRepeat = "List them";
inline constexpr const char* kRevenueTitle = "Revenue kept";
inline constexpr const char* kRevenueValue = "About %s a year, from %d customers kept.";
inline constexpr const char* kRevenueHow =
    "An estimate, not a measurement: each customer counted as kept is worth the yearly value "
    "of their tier.";
inline constexpr const char* kTierValue = "%s customer: %s a year";
inline constexpr const char* kKeptRule = "Kept means: the latest outcome says retained.";
inline constexpr const char* kKeptRuleSatisfied =
    "Kept means: retained, or satisfied or delighted with retention not known.";
inline constexpr const char* kEditAssumptions = "Change these under Business > Settings.";
inline constexpr const char* kFamousFigure =
    "The often-quoted \"5% fewer defections, 25-100% more profit\" is a thought experiment, "
    "not a law: your own figures are the ones to trust.";
// The list under a tapped bar.
inline constexpr const char* kListTitle = "%s: %zu cases";           // label, count
inline constexpr const char* kListRow = "%s · %s · opened %s · %s";  // ref, customer, when, status
inline constexpr const char* kOpenStatus = "open";
inline constexpr const char* kClosedStatus = "closed";
inline constexpr const char* kCloseList = "Close the list";
inline constexpr const char* kRepeatLabel = "Customers failed more than once";

}  // namespace mend::ui::dashboard_text
