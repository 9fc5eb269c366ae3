// Every text of the case queue, in one place to translate: whole sentences
// with printf slots, so a language can reorder them.
#pragma once

namespace mend::ui::queue_text {

extern const char* const kTitle;
extern const char* const kNewCase;
extern const char* const kNoCases;
extern const char* const kNoCasesHelp;
extern const char* const kOpenFirstCase;
extern const char* const kNothingMatches;
extern const char* const kClearFilters;
extern const char* const kShownOf;  // %zu shown, %zu in all
// Filters (controls carry "##id" suffixes where the label is shown elsewhere).
extern const char* const kSearch;
extern const char* const kSearchHint;
extern const char* const kStatusAll;
extern const char* const kStatusOpen;
extern const char* const kStatusClosed;
extern const char* const kStatusCombo;
extern const char* const kKindCombo;
extern const char* const kEveryKind;
extern const char* const kOverdueOnly;
extern const char* const kMine;
// Columns.
extern const char* const kColRef;
extern const char* const kColStatus;
extern const char* const kColClock;
extern const char* const kColCustomer;
extern const char* const kColKind;
extern const char* const kColSeverity;
extern const char* const kColAge;
extern const char* const kColOwner;
// Cells.
extern const char* const kOpen;
extern const char* const kClosed;
extern const char* const kNoClock;
extern const char* const kSeverity;      // %d severity: "3 of 5"
extern const char* const kSeverityLong;  // %d severity, where no header says what it is
extern const char* const kClockNamed;    // %s clock name, %s time left: "First response: 2 h left"
extern const char* const kNobody;

// A case a customer filed at the kiosk, in the customer column.
extern const char* const kFromKioskFormat;  // %s the name, or kNoNameGiven
extern const char* const kNoNameGiven;

}  // namespace mend::ui::queue_text
