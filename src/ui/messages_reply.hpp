// Every text of the case screen's reply draft and its coach, in one place to
// translate: whole sentences with printf slots.
#pragma once
#include <string_view>

namespace mend::ui::reply_text {

extern const char* const kTabReply;
extern const char* const kTitle;
extern const char* const kHint;        // what the box is for
extern const char* const kChecking;    // while the coach waits for typing to pause
extern const char* const kEmpty;       // nothing typed yet
extern const char* const kAllGood;     // four moves, no don'ts
extern const char* const kMissing;     // before the phrase a missing move could use
extern const char* const kDontsTitle;  // %zu count
extern const char* const kDontWords;   // %s kind label, %s the words
extern const char* const kUse;         // replaces the sentence with the phrase
extern const char* const kAdd;         // adds the phrase
extern const char* const kCopyReply;
extern const char* const kCopied;
extern const char* const kSaveAsNote;
extern const char* const kSaved;

// "Apology", "Ownership", "Asks what would make it right", "Thanks", and the
// don'ts ("Blame", "Excuse", …); "" when unknown (show the kind itself).
const char* kind_label(std::string_view kind);

}  // namespace mend::ui::reply_text
