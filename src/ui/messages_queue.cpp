#include "ui/messages_queue.hpp"

namespace mend::ui::queue_text {

const char* const kTitle = "Case queue";
const char* const kNewCase = "New case";
const char* const kNoCases = "No open cases.";
const char* const kNoCasesHelp =
    "When a customer has been let down \u2014 a broken promise, a faulty product, a billing "
    "mistake, a long wait \u2014 press New case. Mend walks you through the apology, a fitting "
    "make-good within your authority, the 24-hour clock and the follow-up.";
const char* const kOpenFirstCase = "Open the first case";
const char* const kNothingMatches = "No case matches these filters.";
const char* const kClearFilters = "Clear filters";
const char* const kShownOf = "%zu of %zu cases";
const char* const kSearch = "Search##queue";
const char* const kSearchHint = "Search name, contact, reference, words";
const char* const kStatusAll = "Open and closed";
const char* const kStatusOpen = "Open";
const char* const kStatusClosed = "Closed";
const char* const kStatusCombo = "Status##status";
const char* const kKindCombo = "Kind##kind";
const char* const kEveryKind = "Every kind";
const char* const kOverdueOnly = "Overdue";
const char* const kMine = "Mine";
const char* const kColRef = "Ref";
const char* const kColStatus = "Status";
const char* const kColClock = "Clock";
const char* const kColCustomer = "Customer";
const char* const kColKind = "What went wrong";
const char* const kColSeverity = "Severity";
const char* const kColAge = "Age";
const char* const kColOwner = "Taken by";
const char* const kOpen = "Open";
const char* const kClosed = "Closed";
const char* const kNoClock = "\u2014";
const char* const kSeverity = "%d of 5";
const char* const kSeverityLong = "Severity %d of 5";
const char* const kClockNamed = "%s: %s";
const char* const kNobody = "\u2014";

const char* const kFromKioskFormat = "Kiosk \u00b7 %s";
const char* const kNoNameGiven = "no name given";

}  // namespace mend::ui::queue_text
