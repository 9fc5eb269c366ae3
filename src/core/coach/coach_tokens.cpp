// The coach's second job: text as normalised word tokens (lower case, curly
// apostrophes straightened, contractions expanded), each mapped back to the
// bytes it came from and numbered by sentence.
#include <algorithm>

#include "core/coach/coach_internal.hpp"

namespace mend::coach_detail {

// A token is one normalised word: lower case, ’ → ', contractions expanded
// ("I'm" → "i" "am", "can't" → "can" "not"). Expanded parts share the span of
// the word they came from, so a match maps back to the original bytes.
namespace {

bool is_ascii_digit(std::string_view s, std::size_t i) {
  return i < s.size() && s[i] >= '0' && s[i] <= '9';
}

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
  parts.insert(parts.end(), tail.rbegin(), tail.rend());
}

}  // namespace

// Words keep internal apostrophes, and "3.5" / "1,000" stay one word; a hyphen
// between letters joins two words without a break ("short-staffed").
Tokens tokenize(std::string_view text) {
  Tokens t;
  std::string word;
  std::vector<Part> parts;
  bool pending_break = true, pending_stop = false, only_commas = false;
  std::size_t sentence = 0, prev_word_end = std::string_view::npos;
  std::size_t i = 0;
  while (i < text.size()) {
    const Cp c = decode(text, i);
    const Cls k = classify(c.cp);
    if (k == Cls::Word) {
      const std::size_t start = i;
      word.clear();
      while (i < text.size()) {
        const Cp d = decode(text, i);
        const Cls dk = classify(d.cp);
        if (dk == Cls::Word) {
          encode(lower(d.cp), word);
          i += d.len;
          continue;
        }
        const bool numeric = (d.cp == '.' || d.cp == ',') && is_ascii_digit(text, i - 1) &&
                             is_ascii_digit(text, i + 1);
        if (numeric || dk == Cls::Apostrophe) {
          const std::size_t next = i + d.len;
          if (next < text.size() && classify(decode(text, next).cp) == Cls::Word) {
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
        tok.comma = tok.brk && only_commas;
        t.norms += parts[p].norm;
        t.list.push_back(tok);
      }
      pending_break = false;
      only_commas = true;
      prev_word_end = i;
      continue;
    }
    if (k == Cls::Hyphen) {
      const bool joins = prev_word_end == i && i + c.len < text.size() &&
                         classify(decode(text, i + c.len).cp) == Cls::Word;
      if (!joins) pending_break = true, only_commas = false;
    } else if (k == Cls::Stop) {
      pending_break = pending_stop = true;
      only_commas = false;
    } else if (k == Cls::Break) {
      pending_break = true;
      only_commas = only_commas && c.cp == ',';
    }
    i += c.len;
  }
  return t;
}

}  // namespace mend::coach_detail
