// How the coach reads words: UTF-8 text → normalised word tokens (lower case,
// curly apostrophes straightened, contractions expanded), and pattern strings
// → compiled elements. Matching them lives in coach_match.cpp.
//
// Sections: 1. characters  2. tokens  3. patterns
#include <algorithm>

#include "core/coach/coach.hpp"

namespace mend::coach_detail {

// ---- 1. characters -------------------------------------------------------------
namespace {

constexpr std::uint32_t kInvalid = 0xFFFD;

struct Cp {
  std::uint32_t cp;
  std::size_t len;
};

// Invalid bytes decode one at a time as U+FFFD (punctuation), so a span can
// never start or end inside a multibyte sequence.
Cp decode(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return {c, 1};
  std::size_t n = 0;
  std::uint32_t cp = 0, min = 0;
  if ((c & 0xE0) == 0xC0) {
    n = 2, cp = c & 0x1Fu, min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    n = 3, cp = c & 0x0Fu, min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    n = 4, cp = c & 0x07u, min = 0x10000;
  } else {
    return {kInvalid, 1};
  }
  if (i + n > s.size()) return {kInvalid, 1};
  for (std::size_t k = 1; k < n; ++k) {
    const auto d = static_cast<unsigned char>(s[i + k]);
    if ((d & 0xC0) != 0x80) return {kInvalid, 1};
    cp = (cp << 6) | (d & 0x3Fu);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {kInvalid, 1};
  return {cp, n};
}

void encode(std::uint32_t cp, std::string& out) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

enum class Cls { Word, Apostrophe, Hyphen, Space, Break, Stop };

bool in(std::uint32_t c, std::uint32_t lo, std::uint32_t hi) {
  return c >= lo && c <= hi;
}

// Letters of every script are word characters; only known punctuation,
// symbols and spaces are not. Good enough for word boundaries without tables.
Cls classify(std::uint32_t c) {
  if (c < 0x80) {
    if (in(c, 'a', 'z') || in(c, 'A', 'Z') || in(c, '0', '9')) return Cls::Word;
    if (c == ' ' || c == '\t' || c == '\v' || c == '\f') return Cls::Space;
    if (c == '\'' || c == '`') return Cls::Apostrophe;
    if (c == '-') return Cls::Hyphen;
    if (c == '.' || c == '!' || c == '?') return Cls::Stop;
    return Cls::Break;  // newlines, controls and the rest of ASCII punctuation
  }
  if (c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0xB4) return Cls::Apostrophe;
  if (c == 0x2010 || c == 0x2011) return Cls::Hyphen;
  if (c == 0x2026 || c == 0x203C || c == 0x203D || in(c, 0x2047, 0x2049) || c == 0x3002 ||
      c == 0xFF01 || c == 0xFF0E || c == 0xFF1F || c == 0x061F || c == 0x06D4 || c == 0x0964)
    return Cls::Stop;
  if (c == 0xA0 || c == 0x1680 || in(c, 0x2000, 0x200D) || c == 0x202F || c == 0x205F ||
      c == 0x2060 || c == 0x3000 || c == 0xFEFF || c == 0x180E)
    return Cls::Space;
  if (c == 0xAA || c == 0xB5 || c == 0xBA) return Cls::Word;
  if (in(c, 0x80, 0xBF) || c == 0xD7 || c == 0xF7 || in(c, 0x2000, 0x2BFF) ||
      in(c, 0x2E00, 0x2E7F) || in(c, 0x3000, 0x303F) || in(c, 0xFE10, 0xFE1F) ||
      in(c, 0xFE30, 0xFE6F) || in(c, 0xFF00, 0xFF0F) || in(c, 0xFF1A, 0xFF20) ||
      in(c, 0xFF3B, 0xFF40) || in(c, 0xFF5B, 0xFF65) || in(c, 0xFFF0, 0xFFFF) ||
      in(c, 0x1F000, 0x1FAFF) || in(c, 0xE0000, 0xE007F) || c == 0x060C || c == 0x061B ||
      in(c, 0x055A, 0x055F) || in(c, 0x066A, 0x066D))
    return Cls::Break;
  return Cls::Word;
}

// Simple case folding for Latin, Greek and Cyrillic, enough for rule sets in
// other European languages; other scripts have no case or stay as written.
std::uint32_t lower(std::uint32_t c) {
  if (c < 0x80) return in(c, 'A', 'Z') ? c + 32 : c;
  if (in(c, 0xC0, 0xDE) && c != 0xD7) return c + 32;
  if (in(c, 0x100, 0x17F)) {
    if (c == 0x130) return 'i';
    if (c == 0x178) return 0xFF;
    if (c == 0x131 || c == 0x138 || c == 0x149 || c == 0x17F) return c;
    if (in(c, 0x139, 0x148) || in(c, 0x179, 0x17E)) return c % 2 == 1 ? c + 1 : c;
    return c % 2 == 0 ? c + 1 : c;
  }
  if (in(c, 0x391, 0x3A9) && c != 0x3A2) return c + 32;
  if (c == 0x386) return 0x3AC;
  if (in(c, 0x388, 0x38A)) return c + 37;
  if (c == 0x38C) return 0x3CC;
  if (in(c, 0x38E, 0x38F)) return c + 63;
  if (in(c, 0x410, 0x42F)) return c + 32;
  if (in(c, 0x400, 0x40F)) return c + 80;
  return c;
}

bool is_ascii_digit(std::string_view s, std::size_t i) {
  return i < s.size() && s[i] >= '0' && s[i] <= '9';
}

}  // namespace

// ---- 2. tokens -------------------------------------------------------------------
// A token is one normalised word: lower case, ’ → ', contractions expanded
// ("I'm" → "i" "am", "can't" → "can" "not"). Expanded parts share the span of
// the word they came from, so a match maps back to the original bytes.
namespace {

struct Part {
  std::string_view norm, alt;
};

bool ends_with(std::string_view w, std::string_view suffix) {
  return w.size() > suffix.size() && w.substr(w.size() - suffix.size()) == suffix;
}

// Pronouns whose "'s" is "is"/"has"; on any other word it is a possessive.
bool s_means_is(std::string_view stem) {
  static constexpr std::string_view kWords[] = {
      "it",     "that",       "there",     "here",      "what",     "who",
      "where",  "how",        "he",        "she",       "this",     "when",
      "why",    "everything", "nothing",   "something", "everyone", "someone",
      "nobody", "somebody",   "everybody", "one"};
  return std::find(std::begin(kWords), std::end(kWords), stem) != std::end(kWords);
}

// Splits a lower-cased word into its parts (stem first). Suffixes are peeled
// from the end so "shouldn't've" → should not have.
void expand(std::string_view w, std::vector<Part>& parts) {
  std::vector<Part> tail;  // in reverse order
  if (w == "cannot") {
    parts.push_back({"can", {}});
    parts.push_back({"not", {}});
    return;
  }
  while (w.find('\'') != std::string_view::npos) {
    if (ends_with(w, "n't")) {
      std::string_view stem = w.substr(0, w.size() - 3);
      tail.push_back({"not", {}});
      if (stem == "ca")
        stem = "can";
      else if (stem == "wo")
        stem = "will";
      else if (stem == "sha")
        stem = "shall";
      else if (stem == "ai")
        stem = "is";
      w = stem;
      continue;
    }
    const std::size_t cut = w.rfind('\'');
    const std::string_view stem = w.substr(0, cut), suffix = w.substr(cut);
    if (suffix == "'m")
      tail.push_back({"am", {}});
    else if (suffix == "'re")
      tail.push_back({"are", {}});
    else if (suffix == "'ve")
      tail.push_back({"have", {}});
    else if (suffix == "'ll")
      tail.push_back({"will", {}});
    else if (suffix == "'d")
      tail.push_back({"would", "had"});
    else if (suffix == "'s" && stem == "let")
      tail.push_back({"us", {}});
    else if (suffix == "'s" && s_means_is(stem))
      tail.push_back({"is", "has"});
    else if (suffix == "'s")
      tail.push_back({"'s", {}});
    else
      break;  // o'clock, y'all, ma'am: one word as written
    w = stem;
  }
  parts.push_back({w, {}});
  for (auto it = tail.rbegin(); it != tail.rend(); ++it) parts.push_back(*it);
}

}  // namespace

// Words keep internal apostrophes, and "3.5" / "1,000" stay one word; a hyphen
// between letters joins two words without a break ("short-staffed").
Tokens tokenize(std::string_view s) {
  Tokens t;
  std::string word;
  std::vector<Part> parts;
  bool pending_break = true, pending_stop = false;
  std::size_t sentence = 0, prev_word_end = std::string_view::npos;
  std::size_t i = 0;
  while (i < s.size()) {
    const Cp c = decode(s, i);
    const Cls k = classify(c.cp);
    if (k == Cls::Word) {
      const std::size_t start = i;
      word.clear();
      while (i < s.size()) {
        const Cp d = decode(s, i);
        const Cls dk = classify(d.cp);
        if (dk == Cls::Word) {
          encode(lower(d.cp), word);
          i += d.len;
          continue;
        }
        const bool numeric =
            (d.cp == '.' || d.cp == ',') && is_ascii_digit(s, i - 1) && is_ascii_digit(s, i + 1);
        if (numeric || dk == Cls::Apostrophe) {
          const std::size_t next = i + d.len;
          if (next < s.size() && classify(decode(s, next).cp) == Cls::Word) {
            word += numeric ? static_cast<char>(d.cp) : '\'';
            i = next;
            continue;
          }
        }
        break;
      }
      if (pending_stop && !t.list.empty()) ++sentence;
      pending_stop = false;
      parts.clear();
      expand(word, parts);
      for (std::size_t p = 0; p < parts.size(); ++p) {
        Token tok;
        tok.off = start;
        tok.len = i - start;
        tok.norm_off = t.norms.size();
        tok.norm_len = parts[p].norm.size();
        tok.alt = parts[p].alt;
        tok.sentence = sentence;
        tok.brk = p == 0 && pending_break;
        t.norms += parts[p].norm;
        t.list.push_back(tok);
      }
      pending_break = false;
      prev_word_end = i;
      continue;
    }
    if (k == Cls::Hyphen) {
      const bool joins = prev_word_end == i && i + c.len < s.size() &&
                         classify(decode(s, i + c.len).cp) == Cls::Word;
      if (!joins) pending_break = true;
    } else if (k == Cls::Stop) {
      pending_break = pending_stop = true;
    } else if (k == Cls::Break) {
      pending_break = true;
    }
    i += c.len;
  }
  return t;
}

// ---- 3. patterns -----------------------------------------------------------------
namespace {

constexpr std::size_t kMaxElements = 24;
constexpr std::size_t kMaxOptional = 6;

bool is_pattern_space(char c) {
  return c == ' ' || c == '\t';
}

Error bad(std::string why) {
  return Error{"", std::move(why)};
}

// One word of a pattern → its terms ("it's" → it, is; "apolog*" → prefix).
Result<Alt> parse_word(std::string_view w) {
  if (w == "*") return Alt{Term{Term::Any, {}, {}}};
  const bool prefix = w.back() == '*';
  const std::string_view body = prefix ? w.substr(0, w.size() - 1) : w;
  for (std::size_t i = 0; i < body.size();) {
    const Cp c = decode(body, i);
    const Cls k = classify(c.cp);
    if (c.cp == '*') return bad("'*' is a whole word or ends one (\"apolog*\")");
    if (k != Cls::Word && k != Cls::Apostrophe && k != Cls::Hyphen)
      return bad("unsupported character '" + std::string(body.substr(i, c.len)) + "' in \"" +
                 std::string(w) + "\" (a pattern is words, *, x? and [a|b])");
    i += c.len;
  }
  // A leading apostrophe is a suffix of the word before ("kitchen 's fault"):
  // tokenize it behind a stand-in word and drop that word again.
  const bool suffix = classify(decode(body, 0).cp) == Cls::Apostrophe;
  const Tokens t = tokenize(suffix ? "x" + std::string(body) : std::string(body));
  const std::size_t skip = suffix ? 1 : 0;
  if (t.list.size() <= skip) return bad("\"" + std::string(w) + "\" has no letters");
  Alt alt;
  if (prefix) {
    if (t.list.size() != 1 || suffix)
      return bad("a prefix* must be a single word: \"" + std::string(w) + "\"");
    alt.push_back(Term{Term::Prefix, std::string(t.norm(0)), {}});
    return alt;
  }
  for (std::size_t i = skip; i < t.list.size(); ++i)
    alt.push_back(Term{Term::Lit, std::string(t.norm(i)), std::string(t.list[i].alt)});
  return alt;
}

Result<Alt> parse_words(std::string_view s) {
  Alt out;
  std::size_t i = 0;
  while (i < s.size()) {
    if (is_pattern_space(s[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < s.size() && !is_pattern_space(s[j])) ++j;
    auto terms = parse_word(s.substr(i, j - i));
    if (!terms) return terms.error();
    out.insert(out.end(), terms->begin(), terms->end());
    i = j;
  }
  return out;
}

}  // namespace

Result<Pattern> parse_pattern(std::string_view p) {
  Pattern out;
  std::size_t i = 0;
  const auto at = [](std::size_t pos) { return " at character " + std::to_string(pos + 1); };
  while (true) {
    while (i < p.size() && is_pattern_space(p[i])) ++i;
    if (i == p.size()) break;
    Element el;
    const char c = p[i];
    if (c == ']') return bad("']' without '['" + at(i));
    if (c == '|') return bad("'|' only separates alternatives inside [...]" + at(i));
    if (c == '?') return bad("'?' must follow a word or [...]" + at(i));
    if (c == '[') {
      const std::size_t close = p.find(']', i);
      const std::size_t nested = p.find('[', i + 1);
      if (close == std::string_view::npos) return bad("unclosed '['" + at(i));
      if (nested < close) return bad("'[' inside [...]" + at(nested));
      std::string_view inner = p.substr(i + 1, close - i - 1);
      while (true) {
        const std::size_t bar = inner.find('|');
        const std::string_view one = inner.substr(0, bar);
        if (one.find('?') != std::string_view::npos)
          return bad("'?' inside [...]; put it after the ']'" + at(i));
        auto alt = parse_words(one);
        if (!alt) return alt.error();
        if (alt->empty()) return bad("empty alternative in [...]" + at(i));
        el.alts.push_back(std::move(alt.value()));
        if (bar == std::string_view::npos) break;
        inner.remove_prefix(bar + 1);
      }
      i = close + 1;
    } else {
      std::size_t j = i;
      while (j < p.size() && !is_pattern_space(p[j]) && p[j] != '[' && p[j] != ']' && p[j] != '|' &&
             p[j] != '?')
        ++j;
      auto alt = parse_word(p.substr(i, j - i));
      if (!alt) return alt.error();
      el.alts.push_back(std::move(alt.value()));
      i = j;
    }
    if (i < p.size() && p[i] == '?') {
      el.optional = true;
      ++i;
    }
    // A stray ']', '|' or '?' gets its own message at the top of the loop.
    if (i < p.size() && !is_pattern_space(p[i]) && p[i] != ']' && p[i] != '|' && p[i] != '?')
      return bad("expected a space" + at(i));
    out.elements.push_back(std::move(el));
  }
  if (out.elements.empty()) return bad("empty pattern");
  if (out.elements.size() > kMaxElements)
    return bad("pattern too long (at most " + std::to_string(kMaxElements) + " parts)");
  std::size_t optional = 0;
  bool has_word = false;
  for (const Element& el : out.elements) {
    optional += el.optional ? 1 : 0;
    const bool only_any = std::any_of(el.alts.begin(), el.alts.end(), [](const Alt& a) {
      return std::all_of(a.begin(), a.end(), [](const Term& t) { return t.type == Term::Any; });
    });
    has_word = has_word || (!el.optional && !only_any);
  }
  if (optional > kMaxOptional)
    return bad("too many optional parts (at most " + std::to_string(kMaxOptional) + ")");
  if (!has_word) return bad("pattern needs at least one required word");
  return out;
}

std::size_t max_tokens(const Pattern& p) {
  std::size_t n = 0;
  for (const Element& el : p.elements) {
    std::size_t longest = 0;
    for (const Alt& a : el.alts) longest = std::max(longest, a.size());
    n += longest;
  }
  return n;
}

}  // namespace mend::coach_detail
