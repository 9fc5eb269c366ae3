#include "ui/messages_reply.hpp"

namespace mend::ui::reply_text {

const char* const kTabReply = "Reply";
const char* const kTitle = "What you will say or write";
const char* const kHint =
    "Draft your reply here. The coach checks it as you type: an apology, ownership, asking what "
    "would make it right, and thanks — and the words that take an apology back.";
const char* const kChecking = "Checking\u2026";
const char* const kEmpty = "Start typing; the coach reads along.";
const char* const kAllGood = "All four moves are there and nothing takes them back.";
const char* const kMissing = "%s is missing. You could say:";
const char* const kDontsTitle = "Words to say differently (%zu)";
const char* const kDontWords = "%s: \u201c%s\u201d";
const char* const kUse = "Use this instead";
const char* const kAdd = "Add this";
const char* const kCopyReply = "Copy reply";
const char* const kCopied = "Copied";
const char* const kSaveAsNote = "Save to the case as a note";
const char* const kSaved = "Saved to the timeline";

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
    if (l.kind == kind) return l.text;
  return "";
}

}  // namespace mend::ui::reply_text
