// Every text of the case queue, in one place to translate: whole sentences
// with printf slots, so a language can reorder them.
#pragma once
#include "ui/i18n.hpp"

namespace mend::ui::queue_text {

extern const Msg kTitle;
extern const Msg kNewCase;
extern const Msg kNoCases;
extern const Msg kNoCasesHelp;
extern const Msg kOpenFirstCase;
extern const Msg kNothingMatches;
extern const Msg kClearFilters;
extern const Msg kShownOf;    // %zu shown, %zu in all
extern const Msg kSearching;  // while a search fills the list in: %zu found so far
// Filters (controls carry "##id" suffixes where the label is shown elsewhere).
extern const Msg kSearch;
extern const Msg kSearchHint;
extern const Msg kStatusAll;
extern const Msg kStatusOpen;
extern const Msg kStatusClosed;
extern const Msg kStatusCombo;
extern const Msg kKindCombo;
extern const Msg kEveryKind;
extern const Msg kOverdueOnly;
extern const Msg kMine;
// Columns.
extern const Msg kColRef;
extern const Msg kColStatus;
extern const Msg kColClock;
extern const Msg kColCustomer;
extern const Msg kColKind;
extern const Msg kColSeverity;
extern const Msg kColAge;
extern const Msg kColOwner;
// Cells.
extern const Msg kOpen;
extern const Msg kClosed;
extern const Msg kNoClock;
extern const Msg kSeverity;      // %d severity: "3 of 5"
extern const Msg kSeverityLong;  // %d severity, where no header says what it is
extern const Msg kClockNamed;    // %s clock name, %s time left: "First response: 2 h left"
extern const Msg kNobody;

// A case a customer filed at the kiosk, in the customer column.
extern const Msg kFromKioskFormat;  // %s the name, or kNoNameGiven
extern const Msg kNoNameGiven;

}  // namespace mend::ui::queue_text
