#include "ui/messages_intake.hpp"

namespace mend::ui::intake_text {

const char* const kTitle = "New case";
const char* const kListenFirst = "Listen first. Write down what the customer says, in their words.";
const char* const kCustomer = "Customer";
const char* const kName = "Name";
const char* const kContact = "Phone or e-mail";
const char* const kSegment = "Segment";
const char* const kValue = "Value to the business";
const char* const kTenure = "Customer for";
const char* const kCares = "What they care about";
const char* const kCaresHint = "Type a word and press Enter";
const char* const kCaresSuggest = "Add:";
const char* const kRemoveTag = "%s \u00d7";
const char* const kWhatWentWrong = "What went wrong";
const char* const kKind = "Kind of failure";
const char* const kSeverity = "Severity";
const char* const kSeverityFormat = "%d of 5";
const char* const kChannel = "Channel";
const char* const kWords = "In their words";
const char* const kWants = "What they want";
const char* const kPlaybook = "Playbook";
const char* const kOpenCase = "Open case";
const char* const kCancel = "Cancel";
const char* const kEnterHint = "Enter opens the case (Ctrl+Enter in \u201cIn their words\u201d).";
const char* const kSeenOnce = "Failed this customer once before: recover generously.";
const char* const kSeenMore = "Failed this customer %zu times before: recover generously.";
const char* const kSameNameOnce =
    "One earlier case under the same name. Check it is the same person.";
const char* const kSameNameMore =
    "%zu earlier cases under the same name. Check it is the same person.";
const char* const kSeenRow = "%s \u00b7 opened %s \u00b7 %s \u00b7 %s";
const char* const kSeenMoreRows = "and %zu more (Customer history on the case shows them all)";
const char* const kDiscardTitle = "Discard this intake?";
const char* const kDiscardText =
    "What you typed about this customer will be lost. The customer may still be waiting.";
const char* const kKeepEditing = "Keep editing";
const char* const kDiscard = "Discard";

const TenureChoice kTenureChoices[5] = {
    {0, "New customer"},  {6, "Less than a year"},   {18, "1 to 2 years"},
    {48, "3 to 5 years"}, {84, "More than 5 years"},
};

}  // namespace mend::ui::intake_text
