#include "core/coach/coach_edit.hpp"

#include <cstddef>

namespace mend {
namespace {

bool is_letter(char c) {
  // Any byte of a multi-byte UTF-8 letter counts: "it's" and "café's" alike.
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
}

bool ends_sentence(std::string_view text, std::size_t i) {
  const char c = text[i];
  if (c == '.' || c == '!' || c == '?' || c == '\n') return true;
  // "…" is E2 80 A6: its last byte ends the sentence.
  return i >= 2 && static_cast<unsigned char>(text[i - 2]) == 0xE2 &&
         static_cast<unsigned char>(text[i - 1]) == 0x80 && static_cast<unsigned char>(c) == 0xA6;
}

bool is_space(char c) {
  return c == ' ' || c == '\t';
}

}  // namespace

std::string_view suggested_phrase(std::string_view suggestion) {
  const std::size_t open = suggestion.find(": '");
  if (open == std::string_view::npos) return {};
  const std::size_t from = open + 3;
  for (std::size_t i = from; i < suggestion.size(); ++i) {
    if (suggestion[i] != '\'') continue;
    if (i + 1 < suggestion.size() && is_letter(suggestion[i + 1])) continue;
    return suggestion.substr(from, i - from);
  }
  return {};
}

std::string replace_sentence(std::string_view text, const CoachFinding& finding,
                             std::string_view phrase) {
  if (finding.offset > text.size() || finding.length > text.size() - finding.offset)
    return std::string(text);
  // Back to just after the previous sentence's end, then past the spaces.
  std::size_t begin = finding.offset;
  while (begin > 0 && !ends_sentence(text, begin - 1)) --begin;
  while (begin < finding.offset && is_space(text[begin])) ++begin;
  // On to this sentence's end, which goes with it (the phrase brings its own).
  std::size_t end = finding.offset + finding.length;
  while (end < text.size() && !ends_sentence(text, end)) ++end;
  if (end < text.size() && text[end] != '\n') ++end;
  std::string out(text.substr(0, begin));
  out += phrase;
  out += text.substr(end);
  return out;
}

namespace {

// Where ownership goes so the order stays apology, ownership, ask; npos: at
// the end. A report of another text (stale offsets) is not trusted.
std::size_t ownership_place(std::string_view text, const CoachReport& report) {
  const CoachFinding* last_apology = nullptr;
  const CoachFinding* first_ask = nullptr;
  for (const CoachFinding& f : report.positives) {
    if (f.offset > text.size() || f.length > text.size() - f.offset ||
        text.substr(f.offset, f.length) != f.text)
      return std::string_view::npos;
    if (f.kind == "apology") last_apology = &f;
    if (f.kind == "ask" && !first_ask) first_ask = &f;
  }
  if (last_apology) {
    std::size_t end = last_apology->offset + last_apology->length;
    while (end < text.size() && !ends_sentence(text, end)) ++end;
    return end < text.size() ? end + 1 : std::string_view::npos;
  }
  if (first_ask) {
    std::size_t begin = first_ask->offset;
    while (begin > 0 && !ends_sentence(text, begin - 1)) --begin;
    while (begin < first_ask->offset && (is_space(text[begin]) || text[begin] == '\n')) ++begin;
    return begin;
  }
  return std::string_view::npos;
}

}  // namespace

std::string add_phrase(std::string_view text, std::string_view kind, std::string_view phrase,
                       const CoachReport* report) {
  if (kind == "ownership" && report) {
    const std::size_t at = ownership_place(text, *report);
    if (at != std::string_view::npos && at < text.size()) {
      // After a sentence: " phrase" before what followed; before one: "phrase ".
      std::string out(text.substr(0, at));
      const bool after_sentence = at > 0 && ends_sentence(text, at - 1);
      if (after_sentence) {
        out += ' ';
        out += phrase;
        out += text.substr(at);
      } else {
        out += phrase;
        out += ' ';
        out += text.substr(at);
      }
      return out;
    }
  }
  std::size_t last = text.size();
  while (last > 0 && (is_space(text[last - 1]) || text[last - 1] == '\n')) --last;
  if (last == 0) return std::string(phrase);
  std::string out;
  if (kind == "apology") {
    out.assign(phrase);
    out += ' ';
    out += text;
    return out;
  }
  out.assign(text.substr(0, last));
  out += ' ';
  out += phrase;
  return out;
}

const CoachRule* rule_to_add(const CoachRules& rules, std::string_view kind) {
  for (const CoachRule& r : rules.rules)
    if (r.kind == kind && !r.disabled && !suggested_phrase(r.suggestion).empty()) return &r;
  return nullptr;
}

}  // namespace mend
