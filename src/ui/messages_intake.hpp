// Every text of the intake form, in one place to translate: whole sentences
// with printf slots.
#pragma once

namespace mend::ui::intake_text {

extern const char* const kTitle;
extern const char* const kListenFirst;
extern const char* const kCustomer;
extern const char* const kName;
extern const char* const kContact;
extern const char* const kSegment;
extern const char* const kValue;
extern const char* const kTenure;
extern const char* const kCares;
extern const char* const kCaresHint;     // inside the empty tag field
extern const char* const kCaresSuggest;  // before the suggested tags
extern const char* const kRemoveTag;     // %s tag: the chip's label
extern const char* const kWhatWentWrong;
extern const char* const kKind;
extern const char* const kSeverity;
extern const char* const kSeverityFormat;  // %d (ImGui slider format)
extern const char* const kChannel;
extern const char* const kWords;
extern const char* const kWants;
extern const char* const kPlaybook;
extern const char* const kOpenCase;
extern const char* const kCancel;
extern const char* const kEnterHint;  // how the keyboard submits
// Earlier cases of the customer, found while typing.
extern const char* const kSeenOnce;      // by contact, one earlier case
extern const char* const kSeenMore;      // %zu: by contact
extern const char* const kSameNameOnce;  // by name only
extern const char* const kSameNameMore;  // %zu: by name only
extern const char* const kSeenRow;       // %s reference, %s opened, %s kind, %s status or verdict
extern const char* const kSeenMoreRows;  // %zu: rows not listed
// Asking before a filled form is thrown away.
extern const char* const kDiscardTitle;
extern const char* const kDiscardText;
extern const char* const kKeepEditing;
extern const char* const kDiscard;

// How long they have been a customer: the choices, in months, and their words.
struct TenureChoice {
  int months;
  const char* label;
};
extern const TenureChoice kTenureChoices[5];

}  // namespace mend::ui::intake_text
