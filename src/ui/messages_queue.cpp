#include "ui/messages_queue.hpp"

namespace mend::ui::queue_text {

const Msg kTitle = "Case queue";
const Msg kNewCase = "New case";
const Msg kNoCases = "No open cases.";
const Msg kNoCasesHelp =
    "When a customer has been let down \u2014 a broken promise, a faulty product, a billing "
    "mistake, a long wait \u2014 press New case. Mend walks you through the apology, a fitting "
    "make-good within your authority, the 24-hour clock and the follow-up.";
const Msg kOpenFirstCase = "Open the first case";
const Msg kNothingMatches = "No case matches these filters.";
const Msg kClearFilters = "Clear filters";
const Msg kShownOf = "%zu of %zu cases";
const Msg kSearching = "Searching\u2026 %zu found so far";
const Msg kSearch = "Search##queue";
const Msg kSearchHint = "Search name, contact, reference, words";
const Msg kStatusAll = "Open and closed";
const Msg kStatusOpen = "Open";
const Msg kStatusClosed = "Closed";
const Msg kStatusCombo = "Status##status";
const Msg kKindCombo = "Kind##kind";
const Msg kEveryKind = "Every kind";
const Msg kOverdueOnly = "Overdue";
const Msg kMine = "Mine";
const Msg kColRef = "Ref";
const Msg kColStatus = "Status";
const Msg kColClock = "Clock";
const Msg kColCustomer = "Customer";
const Msg kColKind = "What went wrong";
const Msg kColSeverity = "Severity";
const Msg kColAge = "Age";
const Msg kColOwner = "Taken by";
const Msg kOpen = "Open";
const Msg kClosed = "Closed";
const Msg kNoClock = "\u2014";
const Msg kSeverity = "%d of 5";
const Msg kSeverityLong = "Severity %d of 5";
const Msg kClockNamed = "%s: %s";
const Msg kNobody = "\u2014";

const Msg kFromKioskFormat = "Kiosk \u00b7 %s";
const Msg kNoNameGiven = "no name given";

}  // namespace mend::ui::queue_text
