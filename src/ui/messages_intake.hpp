// Every text of the intake form, in one place to translate: whole sentences
// with printf slots.
#pragma once
#include "ui/i18n.hpp"

namespace mend::ui::intake_text {

extern const Msg kTitle;
extern const Msg kListenFirst;
extern const Msg kCustomer;
extern const Msg kName;
extern const Msg kContact;
extern const Msg kSegment;
extern const Msg kValue;
extern const Msg kTenure;
extern const Msg kCares;
extern const Msg kCaresHint;     // inside the empty tag field
extern const Msg kCaresSuggest;  // before the suggested tags
extern const Msg kRemoveTag;     // %s tag: the chip's label
extern const Msg kWhatWentWrong;
extern const Msg kKind;
extern const Msg kSeverity;
extern const Msg kSeverityFormat;  // %d (ImGui slider format)
extern const Msg kChannel;
extern const Msg kWords;
extern const Msg kWants;
extern const Msg kPlaybook;
extern const Msg kOpenCase;
extern const Msg kCancel;
extern const Msg kEnterHint;  // how the keyboard submits
// Earlier cases of the customer, found while typing.
extern const Msg kSeenOnce;      // by contact, one earlier case
extern const Msg kSeenMore;      // %zu: by contact
extern const Msg kSameNameOnce;  // by name only
extern const Msg kSameNameMore;  // %zu: by name only
extern const Msg kSeenRow;       // %s reference, %s opened, %s kind, %s status or verdict
extern const Msg kSeenMoreRows;  // %zu: rows not listed
// Asking before a filled form is thrown away.
extern const Msg kDiscardTitle;
extern const Msg kDiscardText;
extern const Msg kKeepEditing;
extern const Msg kDiscard;

// How long they have been a customer: the choices, in months, and their words.
struct TenureChoice {
  int months;
  Msg label;
};
extern const TenureChoice kTenureChoices[5];

}  // namespace mend::ui::intake_text
