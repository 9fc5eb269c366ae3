// The language coach: checks a drafted reply or script a staff member will say
// or send to a customer the business has failed. It reports whether the four
// good moves are there (apology, ownership, an ask or offer, thanks) and every
// "don't" (blame, excuse, customer fault, "sorry, but…", non-apology, hiding
// behind policy) with the exact words that triggered it and a better phrasing.
//
// Rules are data (src/core/coach/rules/en.json and ms.json, embedded at build
// time), so a business can add its own and other languages can follow.
//
// Besides the four checks it reports the apology's components (regret,
// explanation, responsibility, repentance, repair, forgiveness), a strength
// score 0..100 weighted by what apology research finds matters most
// (coach_report.cpp), and whether the three-step playbook came in order:
// apology, then ownership, then the ask.
//
// Rule file:
//   {"format":"mend-coach-rules","version":1,"language":"en","rules":[
//     {"id":"blame-kitchen","kind":"blame","patterns":["the kitchen messed up"],
//      "suggestion":"Own it: 'That's on us — I'll fix it now.'",
//      "except":["…"], "after":"apology", "disabled":false, "note":"…",
//      "components":["responsibility"]}],
//    "lists":{"party":["kitchen","courier","accounts department"]}}
//
// "components" names the components a check's or don't's match also shows
// ("we sent the wrong size" is ownership and explanation); a rule whose kind
// is a component shows only that component. "lists" are named word lists a
// pattern uses as "@party" (one element, like [kitchen|courier|…]) or as an
// alternative inside brackets ("[@party|the boss]"); they are expanded when
// the file is loaded, so a business file cannot use a built-in list.
//
// Pattern syntax (words, matched case-insensitively on word boundaries):
//   word        a word; contractions are expanded the same way in text and
//               pattern ("I'm" = "I am", "can't" = "can not", curly ’ = ')
//   pre*        any word starting with "pre"          *      any one word
//   [a|b c]     one of the alternatives (each may be several words)
//   x?          the word or [...] before it is optional
// A match never crosses punctuation (, . ; : — ! ? brackets quotes, line
// breaks); hyphens and apostrophes inside a word do not break it. An "except"
// pattern alone may cross commas: "our policy, as always, is to refund you"
// is vetoed across the asides.
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

// Positive kinds (the four checks): apology, ownership, ask, thanks.
// Component kinds: regret, explanation, responsibility, repentance, repair, forgiveness.
// Don't kinds: blame, excuse, customer-fault, but-after-apology, non-apology, policy.
bool is_coach_kind(std::string_view kind);
bool is_positive_coach_kind(std::string_view kind);
bool is_component_coach_kind(std::string_view kind);
// The component ids in report order, and each one's weight in the score.
struct CoachComponent {
  std::string_view id;
  int weight;
};
const std::vector<CoachComponent>& coach_components();

struct CoachRule {
  std::string id;
  std::string kind;
  std::vector<std::string> patterns;
  std::string suggestion;               // a better phrasing (don'ts) or what to add when missing
  std::vector<std::string> except;      // patterns that veto an overlapping match
  std::string after;                    // a kind that must come just before ("" = none)
  bool disabled = false;                // in an extra file: removes the base rule of this id
  std::string note;                     // free text for rule authors; not used by the matcher
  std::vector<std::string> components;  // components a match also shows
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
  std::vector<CoachFinding> positives;  // the four checks' findings, by offset
  std::string language;                 // of the rules used
  // Component findings (kind = the component id), by offset, and the ids
  // found in coach_components() order.
  std::vector<CoachFinding> component_findings;
  std::vector<std::string> components;
  int score = 0;           // 0..100, see coach_report.cpp
  std::string order;       // "ok", "off" or "incomplete"
  std::string order_note;  // "ownership before apology", "no ask"; "" when ok
};

// The built-in rules, parsed once from the embedded JSON: English, or the
// language given ("en", "ms"); an unknown language gets English.
const CoachRules& builtin_coach_rules();
const CoachRules& builtin_coach_rules(std::string_view language);
std::string_view builtin_coach_rules_json();
std::string_view builtin_coach_rules_json(std::string_view language);
// The languages with built-in rules: "en", "ms".
const std::vector<std::string_view>& coach_languages();

// "ms" when more common Malay function words (saya, kami, anda, yang, dan,
// tidak, untuk, dengan, ini, itu, maaf, terima kasih) than English ones
// (i, we, you, the, and, not, to, for, with, this, that, sorry, thank) are in
// the text; "en" otherwise, including a tie or no words at all.
std::string detect_coach_language(std::string_view text);
// The same, but `when_unsure` ("en" or "ms") where the text does not say
// (empty, or as many words of each): a Malay screen coaches an empty draft
// in Malay, and a draft in English in English.
std::string detect_coach_language(std::string_view text, std::string_view when_unsure);
const CoachRules& coach_rules_for(std::string_view text, std::string_view when_unsure);

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
// With the built-in rules of `language`: "en", "ms" or "auto" (detected).
// An unknown language is an error naming the allowed ones.
Result<CoachReport> coach_text_in(std::string_view text, std::string_view language);
// "en", "ms" or "auto" → the rules' language ("auto" detects it from text).
Result<std::string> resolve_coach_language(std::string_view text, std::string_view language);

// {"apology":b,"ownership":b,"ask":b,"thanks":b,"donts":[{"rule","kind","text",
// "suggestion","offset","length"}],"language":s,"components":[ids],"score":n,
// "order":s,"order_note":s} — compact, keys in this order. `explain` adds
// "explain":{"components":[{"id","weight","points","found":[{"rule","text",
// "offset","length"}]}],"dont_penalty":n,"donts":n,"score":n}.
std::string coach_report_to_json(const CoachReport& report, bool explain = false);

}  // namespace mend
