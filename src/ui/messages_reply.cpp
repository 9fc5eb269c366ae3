#include "ui/messages_reply.hpp"

namespace mend::ui::reply_text {

const Msg kTabReply = "Reply";
const Msg kTitle = "What you will say or write";
const Msg kReadAs = "Coach it as";
const Msg kReadDetect = "Detected (%s)";
const Msg kHint =
    "Draft your reply here. The coach checks it as you type: an apology, ownership, asking what "
    "would make it right, and thanks — and the words that take an apology back.";
const Msg kChecking = "Checking\u2026";
const Msg kEmpty = "Start typing; the coach reads along.";
const Msg kAllGood = "All four moves are there and nothing takes them back.";
const Msg kMissing = "%s is missing. You could say:";
const Msg kDontsTitle = "Words to say differently (%zu)";
const Msg kDontWords = "%s: \u201c%s\u201d";
const Msg kUse = "Use this instead";
const Msg kAdd = "Add this";
const Msg kCopyReply = "Copy reply";
const Msg kCopied = "Copied";
const Msg kSaveAsNote = "Save to the case as a note";
const Msg kSaved = "Saved to the timeline";

const Msg kStrength = "Strength %d of 100: %s.";
const Msg kStrengthNone = "Strength %d of 100.";
const Msg kOrderOff =
    "The steps are out of order: say sorry first, then that it was your fault, then ask what "
    "would make it right.";

const char* component_label(std::string_view id) {
  static constexpr struct {
    std::string_view id;
    Msg label;
  } kComponents[] = {{"regret", "regret"},
                     {"explanation", "an explanation"},
                     {"responsibility", "responsibility taken"},
                     {"repentance", "it won't happen again"},
                     {"repair", "an offer to put it right"},
                     {"forgiveness", "forgiveness asked"}};
  for (const auto& c : kComponents)
    if (c.id == id) return c.label;
  return "";
}

const char* kind_label(std::string_view kind) {
  struct Label {
    std::string_view kind;
    const char* text;
  };
  static constexpr Label kLabels[] = {
      {"apology", "Apology"},
      {"ownership", "Ownership"},
      {"ask", "Asks what would make it right"},
      {"thanks", "Thanks"},
      {"blame", "Blame"},
      {"excuse", "Excuse"},
      {"customer-fault", "Customer's fault"},
      {"but-after-apology", "\u201cSorry, but\u201d"},
      {"non-apology", "Non-apology"},
      {"policy", "Hiding behind policy"},
  };
  for (const Label& l : kLabels)
    if (l.kind == kind) return tr(l.text);
  return "";
}

}  // namespace mend::ui::reply_text
