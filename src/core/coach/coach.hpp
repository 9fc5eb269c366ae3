// The language coach: checks a drafted reply or script a staff member will say
// or send to a customer the business has failed. It reports whether the four
// good moves are there (apology, ownership, an ask or offer, thanks) and every
// "don't" (blame, excuse, customer fault, "sorry, but…", non-apology, hiding
// behind policy) with the exact words that triggered it and a better phrasing.
//
// Rules are data (src/core/coach/rules/en.json, embedded at build time),
// so a business can add its own and other languages can follow.
//
// Rule file:
//   {"format":"mend-coach-rules","version":1,"language":"en","rules":[
//     {"id":"blame-kitchen","kind":"blame","patterns":["the kitchen messed up"],
//      "suggestion":"Own it: 'That's on us — I'll fix it now.'",
//      "except":["…"], "after":"apology", "disabled":false, "note":"…"}]}
//
// Pattern syntax (words, matched case-insensitively on word boundaries):
//   word        a word; contractions are expanded the same way in text and
//               pattern ("I'm" = "I am", "can't" = "can not", curly ’ = ')
//   pre*        any word starting with "pre"          *      any one word
//   [a|b c]     one of the alternatives (each may be several words)
//   x?          the word or [...] before it is optional
// A match never crosses punctuation (, . ; : — ! ? brackets quotes, line
// breaks); hyphens and apostrophes inside a word do not break it.
//
// How findings combine (see coach_text):
//   - a rule's "except" patterns veto any of its matches they overlap
//     ("thanks to the delay" is not thanks; "our policy is to refund" is fine);
//   - overlapping matches of the same kind count once (the earliest, longest);
//   - a positive overlapped by a don't does not count ("sorry you feel that
//     way" is a non-apology, not an apology; "not our fault" is not ownership);
//   - a rule with "after": K only counts when a kind-K finding ends before it
//     in the same sentence, or it opens the next sentence ("I'm sorry, but…",
//     "I'm sorry. However, …").
#pragma once
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/result.hpp"

namespace mend {

// Positive kinds: apology, ownership, ask, thanks.
// Don't kinds: blame, excuse, customer-fault, but-after-apology, non-apology, policy.
bool is_coach_kind(std::string_view kind);
bool is_positive_coach_kind(std::string_view kind);

struct CoachRule {
  std::string id;
  std::string kind;
  std::vector<std::string> patterns;
  std::string suggestion;           // a better phrasing (don'ts) or what to add when missing
  std::vector<std::string> except;  // patterns that veto an overlapping match
  std::string after;                // a kind that must come just before ("" = none)
  bool disabled = false;            // in an extra file: removes the base rule of this id
  std::string note;                 // free text for rule authors; not used by the matcher
};

struct CoachMatcher;  // compiled patterns and their index (coach_match.cpp)

struct CoachRules {
  std::string language;
  std::vector<CoachRule> rules;
  // Filled by load/merge/builtin/compile. coach_text notices when `rules` were
  // edited since and compiles afresh, so a stale cache is never used.
  std::shared_ptr<const CoachMatcher> compiled;
};

struct CoachFinding {
  std::string rule;
  std::string kind;
  std::size_t offset = 0;  // bytes into the original text
  std::size_t length = 0;  // bytes
  std::string text;        // the original bytes of the span
  std::string suggestion;
};

struct CoachReport {
  bool apology = false, ownership = false, ask = false, thanks = false;
  std::vector<CoachFinding> donts;      // by offset
  std::vector<CoachFinding> positives;  // by offset
};

// The built-in English rules, parsed once from the embedded JSON.
const CoachRules& builtin_coach_rules();
std::string_view builtin_coach_rules_json();

// Parses and validates a rule file. Errors carry a JSON path, e.g.
// "rules[3].patterns[0]: empty pattern". Disabled rules are kept (a merge needs them).
Result<CoachRules> load_coach_rules(std::string_view text);

// `extra` over `base`: same id replaces (in place), new ids are appended,
// "disabled": true removes. The language stays the base's.
CoachRules merge_coach_rules(const CoachRules& base, const CoachRules& extra);

// (Re)builds rules.compiled. Fails on the first bad pattern, with its path
// ("rules[2].except[0]: …"); rules with bad patterns are then left out.
Status compile_coach_rules(CoachRules& rules);

// Never fails; invalid UTF-8 bytes are treated as punctuation.
CoachReport coach_text(std::string_view text, const CoachRules& rules);

// {"apology":b,"ownership":b,"ask":b,"thanks":b,"donts":[{"rule","kind","text",
// "suggestion","offset","length"}]} — compact, keys in this order.
std::string coach_report_to_json(const CoachReport& report);

}  // namespace mend
