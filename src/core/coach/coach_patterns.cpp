// The coach's third job: pattern strings ("we * [do not|never] refund*") as
// elements of alternatives of words, checked with a message a rule author
// can act on. Compiling them into the matcher's index is in coach_match.cpp.
#include <algorithm>

#include "core/coach/coach_internal.hpp"

namespace mend::coach_detail {

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
