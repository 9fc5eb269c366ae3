// Turning the coach's advice into text: the phrase a suggestion offers, and
// a draft with that phrase put in, so staff accept advice with one tap.
//
// Suggestions are written as advice followed by the phrase in single quotes
// ("'But' cancels the apology. … use 'and': 'I'm sorry. Here's what I'll
// do.'"): the phrase is the first quote opened by ": '". Apostrophes inside
// words (that's, I'll) do not close it; a quote followed by a letter never does.
#pragma once
#include <string>
#include <string_view>

#include "core/coach/coach.hpp"

namespace mend {

// The phrase a suggestion offers, or "" when it quotes none.
std::string_view suggested_phrase(std::string_view suggestion);

// `text` with the sentence holding the don't `finding` replaced by `phrase`:
// a "sorry, but…" or a blame is a sentence to say differently, not a word to
// swap. A sentence ends at . ! ? … or a line break; the text around it is
// kept byte for byte. A finding outside `text` (a stale report) changes nothing.
std::string replace_sentence(std::string_view text, const CoachFinding& finding,
                             std::string_view phrase);

// `text` with a missing good move's phrase added where the three-step order
// (sorry, then my fault, then what can I do) wants it: an apology first;
// ownership just after the sentence of the last apology `report` found in
// `text`, else just before the sentence of its first ask, else at the end;
// anything else at the end. Without a report, ownership goes at the end.
std::string add_phrase(std::string_view text, std::string_view kind, std::string_view phrase,
                       const CoachReport* report = nullptr);

// The first rule of a positive `kind` ("apology", "ownership", "ask",
// "thanks") that offers a phrase, or nullptr.
const CoachRule* rule_to_add(const CoachRules& rules, std::string_view kind);

}  // namespace mend
