// Every text of the owner's dashboard, in one place to translate: whole
// sentences with printf slots, so a language can reorder them.
#pragma once
#include "ui/i18n.hpp"

namespace mend::ui::dashboard_text {

inline constexpr Msg kTitle = "Dashboard";
inline constexpr Msg kThisWeek = "This week";
inline constexpr Msg kThisMonth = "This month";
inline constexpr Msg kLast90Days = "Last 90 days";
inline constexpr Msg kCustom = "Custom dates";
inline constexpr Msg kFrom = "From (YYYY-MM-DD)";
inline constexpr Msg kTo = "To (YYYY-MM-DD), included";
inline constexpr Msg kApply = "Show these dates";
inline constexpr Msg kSaveImage = "Save as image";
inline constexpr Msg kImageSaved =
    "The dashboard was saved as an image (mend-dashboard-….png in your downloads).";
inline constexpr Msg kImageFailedFormat = "The dashboard could not be saved as an image: %s.";
inline constexpr Msg kBadDates =
    "Write both dates as YYYY-MM-DD, the first no later than the second.";
inline constexpr Msg kCounting = "Counting…";
inline constexpr Msg kRangeLine = "%d cases opened from %s to %s.";  // count, from, to
inline constexpr Msg kNoCases = "No cases were opened in these dates.";
// Headline tiles.
inline constexpr Msg kTopCause = "What fails most";
inline constexpr Msg kTopCauseValue = "%s: %d of %d cases (%.0f%%)";
inline constexpr Msg kRecovered = "Recovered within target";
inline constexpr Msg kRecoveredValue = "%.0f%% within %s";
inline constexpr Msg kCostValue = "Cost against value";
inline constexpr Msg kCostValueLine = "%s cost us, worth %s to customers";
inline constexpr Msg kRevenueKept = "Revenue kept (an estimate)";
// Charts.
inline constexpr Msg kKinds = "What failed: kinds of failure, most first";
inline constexpr Msg kCauses = "Why: root causes found, most first";
inline constexpr Msg kNoCauses = "No root cause recorded in these dates yet.";
inline constexpr Msg kTapBar =
    "Tap a bar to list its cases. The line is the running share; "
    "the dashed line marks 80%.";
inline constexpr Msg kFirstResponse = "Time to first response";
inline constexpr Msg kRecovery = "Time to recover";
inline constexpr Msg kWithinTarget = "%.0f%% within the target of %s (median %s, 90%% within %s).";
inline constexpr Msg kNoDurations = "No clock has stopped in these dates.";
inline constexpr Msg kMakeGoods = "Make-goods: cost to us (red) against worth to them (green)";
inline constexpr Msg kAllItems = "All make-goods";
inline constexpr Msg kNoGrants = "Nothing was granted in these dates.";
inline constexpr Msg kApprovals = "%d of %d make-goods (%.0f%%) needed a manager's approval.";
inline constexpr Msg kOutcomes = "Outcomes";
inline constexpr Msg kNotResolved = "Not resolved %d";
inline constexpr Msg kSatisfied = "Satisfied %d";
inline constexpr Msg kDelighted = "Delighted %d";
inline constexpr Msg kNoneYet = "No outcome yet %d";
inline constexpr Msg kRetention = "Retained %d · Lost %d · Not known %d";
inline constexpr Msg kRepeat = "%d customers were failed more than once.";
inline constexpr Msg kShowRepeat = "List them";
inline constexpr Msg kRevenueTitle = "Revenue kept";
inline constexpr Msg kRevenueValue = "About %s a year, from %d customers kept.";
inline constexpr Msg kRevenueHow =
    "An estimate, not a measurement: each customer counted as kept is worth the yearly value "
    "of their tier.";
inline constexpr Msg kTierValue = "%s customer: %s a year";
inline constexpr Msg kKeptRule = "Kept means: the latest outcome says retained.";
inline constexpr Msg kKeptRuleSatisfied =
    "Kept means: retained, or satisfied or delighted with retention not known.";
inline constexpr Msg kEditAssumptions = "Change these under Business > Settings.";
inline constexpr Msg kFamousFigure =
    "The often-quoted \"5% fewer defections, 25-100% more profit\" is a thought experiment, "
    "not a law: your own figures are the ones to trust.";
// The list under a tapped bar.
inline constexpr Msg kListTitle = "%s: %zu cases";           // label, count
inline constexpr Msg kListRow = "%s · %s · opened %s · %s";  // ref, customer, when, status
inline constexpr Msg kOpenStatus = "open";
inline constexpr Msg kClosedStatus = "closed";
inline constexpr Msg kCloseList = "Close the list";
inline constexpr Msg kRepeatLabel = "Customers failed more than once";

}  // namespace mend::ui::dashboard_text
