// The coach's first job: UTF-8 text as characters of a few classes (word,
// apostrophe, hyphen, space, break, sentence stop), decoded without tables
// and case-folded, so word boundaries hold in every script a rule set may use.
#include "core/coach/coach_internal.hpp"

namespace mend::coach_detail {

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

namespace {

bool in(std::uint32_t c, std::uint32_t lo, std::uint32_t hi) {
  return c >= lo && c <= hi;
}

}  // namespace

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

}  // namespace mend::coach_detail
