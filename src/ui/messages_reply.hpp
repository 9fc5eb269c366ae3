// Every text of the case screen's reply draft and its coach, in one place to
// translate: whole sentences with printf slots.
#pragma once
#include <string_view>
#include "ui/i18n.hpp"

namespace mend::ui::reply_text {

extern const Msg kTabReply;
extern const Msg kTitle;
extern const Msg kHint;        // what the box is for
extern const Msg kChecking;    // while the coach waits for typing to pause
extern const Msg kEmpty;       // nothing typed yet
extern const Msg kAllGood;     // four moves, no don'ts
extern const Msg kMissing;     // before the phrase a missing move could use
extern const Msg kDontsTitle;  // %zu count
extern const Msg kDontWords;   // %s kind label, %s the words
extern const Msg kUse;         // replaces the sentence with the phrase
extern const Msg kAdd;         // adds the phrase
extern const Msg kCopyReply;
extern const Msg kCopied;
extern const Msg kSaveAsNote;
extern const Msg kSaved;
extern const Msg kReadAs;      // before the languages the coach may read the reply in
extern const Msg kReadDetect;  // %s the language detected now

extern const Msg kStrength;      // %d score 0..100, %s the components found
extern const Msg kStrengthNone;  // %d score, no components found
extern const Msg kOrderOff;      // the three steps said out of order
// "regret", "an explanation", … for a component id; "" when unknown.
const char* component_label(std::string_view id);

// "Apology", "Ownership", "Asks what would make it right", "Thanks", and the
// don'ts ("Blame", "Excuse", …); "" when unknown (show the kind itself).
const char* kind_label(std::string_view kind);

}  // namespace mend::ui::reply_text
