#include "ui/messages_intake.hpp"

namespace mend::ui::intake_text {

const Msg kTitle = "New case";
const Msg kListenFirst = "Listen first. Write down what the customer says, in their words.";
const Msg kCustomer = "Customer";
const Msg kName = "Name";
const Msg kContact = "Phone or e-mail";
const Msg kSegment = "Segment";
const Msg kValue = "Value to the business";
const Msg kTenure = "Customer for";
const Msg kCares = "What they care about";
const Msg kCaresHint = "Type a word and press Enter";
const Msg kCaresSuggest = "Add:";
const Msg kRemoveTag = "%s \u00d7";
const Msg kWhatWentWrong = "What went wrong";
const Msg kKind = "Kind of failure";
const Msg kSeverity = "Severity";
const Msg kSeverityFormat = "%d of 5";
const Msg kChannel = "Channel";
const Msg kWords = "In their words";
const Msg kWants = "What they want";
const Msg kPlaybook = "Playbook";
const Msg kOpenCase = "Open case";
const Msg kCancel = "Cancel";
const Msg kEnterHint = "Enter opens the case (Ctrl+Enter in \u201cIn their words\u201d).";
const Msg kSeenOnce = "Failed this customer once before: recover generously.";
const Msg kSeenMore = "Failed this customer %zu times before: recover generously.";
const Msg kSameNameOnce = "One earlier case under the same name. Check it is the same person.";
const Msg kSameNameMore = "%zu earlier cases under the same name. Check it is the same person.";
const Msg kSeenRow = "%s \u00b7 opened %s \u00b7 %s \u00b7 %s";
const Msg kSeenMoreRows = "and %zu more (Customer history on the case shows them all)";
const Msg kDiscardTitle = "Discard this intake?";
const Msg kDiscardText =
    "What you typed about this customer will be lost. The customer may still be waiting.";
const Msg kKeepEditing = "Keep editing";
const Msg kDiscard = "Discard";

const TenureChoice kTenureChoices[5] = {
    {0, "New customer"},  {6, "Less than a year"},   {18, "1 to 2 years"},
    {48, "3 to 5 years"}, {84, "More than 5 years"},
};

}  // namespace mend::ui::intake_text
