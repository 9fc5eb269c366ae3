// Internal to the coach, not an API: what its parts share. The coach reads
// text in three steps, one file each: characters (coach_chars.cpp), word
// tokens (coach_tokens.cpp) and rule patterns (coach_patterns.cpp); the
// matcher (coach_match.cpp) compiles patterns and runs them over tokens.
//
// Sections: 1. characters  2. tokens  3. patterns  6. the report's summary
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/result.hpp"
#include "core/coach/coach.hpp"

namespace mend::coach_detail {

// ---- 1. characters ---------------------------------------------------------------
inline constexpr std::uint32_t kInvalid = 0xFFFD;

struct Cp {
  std::uint32_t cp;
  std::size_t len;
};
// The code point at byte i; invalid bytes decode one at a time as kInvalid.
Cp decode(std::string_view s, std::size_t i);
void encode(std::uint32_t cp, std::string& out);

enum class Cls { Word, Apostrophe, Hyphen, Space, Break, Stop };
Cls classify(std::uint32_t c);
// Simple case folding (Latin, Greek, Cyrillic).
std::uint32_t lower(std::uint32_t c);

// ---- 2. tokens -------------------------------------------------------------------
// One normalised word: lower case, ’ → ', contractions expanded ("I'm" → i am).
// Expanded parts share the span of the word they came from.
struct Token {
  std::size_t off = 0, len = 0;            // span in the original text
  std::size_t norm_off = 0, norm_len = 0;  // in Tokens::norms
  std::string_view alt;                    // a second reading ("'d" = would/had, "'s" = is/has)
  std::size_t sentence = 0;
  bool brk = true;     // punctuation (or the start) lies before this token
  bool comma = false;  // ...and that punctuation is only commas (an "except" may cross it)
};

struct Tokens {
  std::vector<Token> list;
  std::string norms;
  std::string_view norm(std::size_t i) const {
    return std::string_view(norms).substr(list[i].norm_off, list[i].norm_len);
  }
};

Tokens tokenize(std::string_view text);

// ---- 3. patterns -----------------------------------------------------------------
inline constexpr std::uint32_t kNoWord = 0xFFFFFFFF;

// Literal words are interned when compiling (CoachMatcher::vocab), so the hot
// path compares integers; tokens get their ids once per text.
struct Term {
  enum Type { Lit, Prefix, Any } type = Lit;
  std::string text, alt;
  std::uint32_t id = kNoWord, alt_id = kNoWord;
};
using Alt = std::vector<Term>;  // one alternative: a sequence of words
struct Element {
  struct Key {
    std::uint32_t word;
    std::size_t alt;
  };
  std::vector<Alt> alts;
  bool optional = false;
  // The matcher looks the token up instead of trying every alternative: some
  // elements list a hundred departments.
  std::vector<Key> keyed;         // alternatives by first word, longest first
  std::vector<std::size_t> wild;  // alternatives starting with * or a prefix
};
struct Pattern {
  std::vector<Element> elements;
  std::size_t rule = 0;  // index into CoachMatcher::rules
  bool veto = false;     // an "except" pattern
};

// Errors carry only `why`; the caller knows the JSON path.
Result<Pattern> parse_pattern(std::string_view pattern);
std::size_t max_tokens(const Pattern& p);  // the most tokens a match can span

// ---- 6. the report's summary (coach_report.cpp) ------------------------------------
// Files one finding (in text order) under the checks, the components or the
// don'ts; `components` are the ones its rule also shows.
void add_coach_finding(CoachReport& report, CoachFinding f,
                       const std::vector<std::string>& components);
// From the findings coach_text filed: component findings made one per
// component and place, the component ids, the score and the order check.
void score_coach_report(CoachReport& report);

}  // namespace mend::coach_detail
