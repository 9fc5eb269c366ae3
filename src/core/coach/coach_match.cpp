// The coach's matcher: compiles rules into patterns indexed by their first
// word, then makes one pass over a text's tokens trying only the patterns
// whose first word stands there, so a 1 MB text costs tokens × a few patterns.
// Then it combines the hits: vetoes, one hit per kind and place, positives
// cancelled by don'ts, and "after" rules (see coach.hpp).
//
// Sections: 4. compiling  5. matching (1–3 are coach_chars.cpp, coach_tokens.cpp and
// coach_patterns.cpp)
#include <algorithm>

#include "core/coach/coach_internal.hpp"

namespace mend {

using namespace coach_detail;

// ---- 4. compiling ----------------------------------------------------------------
struct CoachMatcher {
  struct Rule {
    std::string id, kind, suggestion, after;
    bool positive = false;  // a check or a component: a don't over it cancels it
    std::vector<std::string> components;
  };
  struct Prefixed {
    std::string prefix;
    std::size_t pattern;
  };
  std::vector<Rule> rules;
  std::vector<Pattern> patterns;
  std::vector<std::string> vocab;                 // every literal word, sorted; id = position
  std::vector<std::vector<std::size_t>> by_word;  // word id → patterns that may start there
  std::vector<Prefixed> by_prefix;                // patterns that may start with a prefix*
  std::vector<std::size_t> always;                // patterns that may start with *
  std::size_t max_len = 1;                        // tokens; bounds overlap searches
  std::uint64_t fingerprint = 0;

  std::uint32_t word_id(std::string_view w) const {
    const auto it =
        std::lower_bound(vocab.begin(), vocab.end(), w,
                         [](const std::string& v, std::string_view x) { return v < x; });
    return it != vocab.end() && *it == w ? static_cast<std::uint32_t>(it - vocab.begin()) : kNoWord;
  }
};

namespace {

// Detects rules edited after compiling (cheap next to tokenizing a text).
std::uint64_t fingerprint_of(const CoachRules& r) {
  std::uint64_t h = 1469598103934665603ull;
  const auto mix = [&h](std::string_view s) {
    for (const char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    h = (h ^ 0xFF) * 1099511628211ull;  // a separator no UTF-8 text contains
  };
  for (const CoachRule& rule : r.rules) {
    mix(rule.id), mix(rule.kind), mix(rule.suggestion), mix(rule.after);
    mix(rule.disabled ? "1" : "0");
    for (const auto& c : rule.components) mix(c);
    mix("|");
    for (const auto& p : rule.patterns) mix(p);
    mix("|");
    for (const auto& p : rule.except) mix(p);
    mix("|");
  }
  return h;
}

void index_element(Element& el) {
  for (std::size_t a = 0; a < el.alts.size(); ++a) {
    const Term& first = el.alts[a].front();
    if (first.type != Term::Lit) {
      el.wild.push_back(a);
      continue;
    }
    el.keyed.push_back({first.id, a});
    if (first.alt_id != kNoWord) el.keyed.push_back({first.alt_id, a});
  }
  std::sort(el.keyed.begin(), el.keyed.end(), [&el](const auto& x, const auto& y) {
    if (x.word != y.word) return x.word < y.word;
    const std::size_t nx = el.alts[x.alt].size(), ny = el.alts[y.alt].size();
    return nx != ny ? nx > ny : x.alt < y.alt;
  });
}

// A pattern is tried where one of its possible first words stands.
void index_pattern(CoachMatcher& m, std::size_t id) {
  for (const Element& el : m.patterns[id].elements) {
    for (const Alt& a : el.alts) {
      const Term& first = a.front();
      if (first.type == Term::Any) {
        m.always.push_back(id);
        return;  // tried at every token anyway
      }
      if (first.type == Term::Prefix) {
        m.by_prefix.push_back({first.text, id});
        continue;
      }
      m.by_word[first.id].push_back(id);
      if (first.alt_id != kNoWord) m.by_word[first.alt_id].push_back(id);
    }
    if (!el.optional) break;
  }
}

void intern_words(CoachMatcher& m) {
  for (const Pattern& p : m.patterns)
    for (const Element& el : p.elements)
      for (const Alt& a : el.alts)
        for (const Term& t : a)
          if (t.type == Term::Lit) {
            m.vocab.push_back(t.text);
            if (!t.alt.empty()) m.vocab.push_back(t.alt);
          }
  std::sort(m.vocab.begin(), m.vocab.end());
  m.vocab.erase(std::unique(m.vocab.begin(), m.vocab.end()), m.vocab.end());
  for (Pattern& p : m.patterns)
    for (Element& el : p.elements) {
      for (Alt& a : el.alts)
        for (Term& t : a)
          if (t.type == Term::Lit) {
            t.id = m.word_id(t.text);
            t.alt_id = t.alt.empty() ? kNoWord : m.word_id(t.alt);
          }
      index_element(el);
    }
  m.by_word.resize(m.vocab.size());
  for (std::size_t id = 0; id < m.patterns.size(); ++id) index_pattern(m, id);
  for (auto& list : m.by_word) list.erase(std::unique(list.begin(), list.end()), list.end());
  m.always.erase(std::unique(m.always.begin(), m.always.end()), m.always.end());
}

}  // namespace

Status compile_coach_rules(CoachRules& rules) {
  auto m = std::make_shared<CoachMatcher>();
  Status status = ok_status();
  const auto fail = [&status](std::string where, Error e) {
    if (status) status = Error{std::move(where), std::move(e.why)};
  };
  for (std::size_t r = 0; r < rules.rules.size(); ++r) {
    const CoachRule& rule = rules.rules[r];
    const std::string path = "rules[" + std::to_string(r) + "]";
    if (!is_coach_kind(rule.kind) && !rule.disabled) {
      fail(path + ".kind", Error{"", "unknown kind \"" + rule.kind + "\""});
      continue;
    }
    std::vector<Pattern> compiled;
    bool ok = true;
    const auto add = [&](const std::vector<std::string>& list, const char* field, bool veto) {
      for (std::size_t i = 0; i < list.size(); ++i) {
        auto p = parse_pattern(list[i]);
        if (!p) {
          fail(path + "." + field + "[" + std::to_string(i) + "]", p.error());
          ok = false;
          continue;
        }
        p->veto = veto;
        p->rule = m->rules.size();
        compiled.push_back(std::move(p.value()));
      }
    };
    add(rule.patterns, "patterns", false);
    add(rule.except, "except", true);
    if (!ok || rule.disabled) continue;
    m->rules.push_back({rule.id, rule.kind, rule.suggestion, rule.after,
                        is_positive_coach_kind(rule.kind) || is_component_coach_kind(rule.kind),
                        rule.components});
    for (Pattern& p : compiled) {
      m->max_len = std::max(m->max_len, max_tokens(p));
      m->patterns.push_back(std::move(p));
    }
  }
  intern_words(*m);
  m->fingerprint = fingerprint_of(rules);
  rules.compiled = std::move(m);
  return status;
}

// ---- 5. matching -----------------------------------------------------------------
namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

// A text's tokens with their word ids in one matcher's vocabulary.
struct Text {
  const Tokens& t;
  std::vector<std::uint32_t> id, alt_id;
  Text(const Tokens& tokens, const CoachMatcher& m) : t(tokens) {
    id.reserve(t.list.size());
    alt_id.reserve(t.list.size());
    for (std::size_t i = 0; i < t.list.size(); ++i) {
      id.push_back(m.word_id(t.norm(i)));
      alt_id.push_back(t.list[i].alt.empty() ? kNoWord : m.word_id(t.list[i].alt));
    }
  }
  std::size_t size() const { return t.list.size(); }
};

bool term_matches(const Term& term, const Text& x, std::size_t i) {
  switch (term.type) {
    case Term::Any:
      return true;
    case Term::Prefix:
      return x.t.norm(i).substr(0, term.text.size()) == term.text;
    case Term::Lit:
      return x.id[i] == term.id || x.alt_id[i] == term.id ||
             (term.alt_id != kNoWord && (x.id[i] == term.alt_id || x.alt_id[i] == term.alt_id));
  }
  return false;
}

// Punctuation before token q stops a match started earlier; an "except"
// pattern alone reads across commas ("our policy, as always, is to refund").
bool stopped(const Pattern& p, const Text& x, std::size_t q, std::size_t start) {
  const Token& t = x.t.list[q];
  return q > start && t.brk && !(p.veto && t.comma);
}

// Backtracking over a handful of elements, longest alternative first; a match
// never crosses punctuation.
std::size_t match_from(const Pattern& p, std::size_t e, const Text& x, std::size_t pos,
                       std::size_t start) {
  if (e == p.elements.size()) return pos;
  const Element& el = p.elements[e];
  const auto try_alt = [&](std::size_t a) {
    std::size_t q = pos;
    for (const Term& term : el.alts[a]) {
      if (q >= x.size() || stopped(p, x, q, start) || !term_matches(term, x, q)) return kNone;
      ++q;
    }
    return match_from(p, e + 1, x, q, start);
  };
  if (pos < x.size() && !stopped(p, x, pos, start)) {
    for (const std::uint32_t word : {x.id[pos], x.alt_id[pos]}) {
      if (word == kNoWord) continue;
      auto it = std::lower_bound(el.keyed.begin(), el.keyed.end(), word,
                                 [](const Element::Key& k, std::uint32_t w) { return k.word < w; });
      for (; it != el.keyed.end() && it->word == word; ++it)
        if (const std::size_t end = try_alt(it->alt); end != kNone) return end;
    }
    for (const std::size_t a : el.wild)
      if (const std::size_t end = try_alt(a); end != kNone) return end;
  }
  return el.optional ? match_from(p, e + 1, x, pos, start) : kNone;
}

struct Hit {
  std::size_t rule, begin, end;  // token range [begin, end)
};

// `spans` sorted by begin, each at most max_len long.
bool overlaps_any(const std::vector<Hit>& spans, std::size_t b, std::size_t e,
                  std::size_t max_len) {
  const std::size_t from = b >= max_len ? b - max_len : 0;
  auto it = std::lower_bound(spans.begin(), spans.end(), from,
                             [](const Hit& h, std::size_t v) { return h.begin < v; });
  for (; it != spans.end() && it->begin < e; ++it)
    if (it->end > b) return true;
  return false;
}

// Overlapping hits of one kind count once: the earliest, then the longest.
std::vector<Hit> dedup_by_kind(std::vector<Hit> hits, const CoachMatcher& m) {
  std::sort(hits.begin(), hits.end(), [&m](const Hit& a, const Hit& b) {
    const std::string &ka = m.rules[a.rule].kind, &kb = m.rules[b.rule].kind;
    if (ka != kb) return ka < kb;
    if (a.begin != b.begin) return a.begin < b.begin;
    if (a.end != b.end) return a.end > b.end;
    return a.rule < b.rule;
  });
  std::vector<Hit> kept;
  for (const Hit& h : hits) {
    if (!kept.empty() && m.rules[kept.back().rule].kind == m.rules[h.rule].kind &&
        h.begin < kept.back().end)
      continue;
    kept.push_back(h);
  }
  return kept;
}

// Positives that a don't overlaps do not count ("sorry you feel that way").
std::vector<Hit> drop_overlapped_positives(std::vector<Hit> hits, const CoachMatcher& m) {
  std::vector<Hit> donts;
  for (const Hit& h : hits)
    if (!m.rules[h.rule].positive) donts.push_back(h);
  std::sort(donts.begin(), donts.end(),
            [](const Hit& a, const Hit& b) { return a.begin < b.begin; });
  std::erase_if(hits, [&](const Hit& h) {
    return m.rules[h.rule].positive && overlaps_any(donts, h.begin, h.end, m.max_len);
  });
  return hits;
}

// "after": K holds when the latest kind-K hit ending before this one is in the
// same sentence, or in the previous one with this hit opening its sentence
// ("I'm sorry. But…"); a "but" further into the next sentence is a new thought.
bool follows(const Hit& h, const std::vector<Hit>& hits, const Tokens& t, const CoachMatcher& m) {
  const std::string& want = m.rules[h.rule].after;
  const Hit* best = nullptr;
  for (const Hit& o : hits)  // the latest hit of each kind only; see coach_text
    if (m.rules[o.rule].kind == want && o.end <= h.begin && (!best || o.end > best->end)) best = &o;
  if (!best) return false;
  const std::size_t here = t.list[h.begin].sentence, there = t.list[best->end - 1].sentence;
  const bool opens = t.list[h.begin - 1].sentence != here;  // h.begin > 0: best ends before it
  return here == there || (here == there + 1 && opens);
}

CoachFinding finding(const Hit& h, std::string_view text, const Tokens& t, const CoachMatcher& m) {
  const Token &first = t.list[h.begin], &last = t.list[h.end - 1];
  const auto& rule = m.rules[h.rule];
  CoachFinding f;
  f.rule = rule.id;
  f.kind = rule.kind;
  f.offset = first.off;
  f.length = last.off + last.len - first.off;
  f.text = std::string(text.substr(f.offset, f.length));
  f.suggestion = rule.suggestion;
  return f;
}

}  // namespace

CoachReport coach_text(std::string_view text, const CoachRules& rules) {
  std::shared_ptr<const CoachMatcher> m = rules.compiled;
  if (!m || m->fingerprint != fingerprint_of(rules)) {
    CoachRules fresh = rules;
    (void)compile_coach_rules(fresh);  // bad patterns are left out, as documented
    m = fresh.compiled;
  }
  const Tokens t = tokenize(text);
  const Text x(t, *m);

  // Every pattern is tried only where one of its first words stands.
  std::vector<Hit> hits, after_hits;
  std::vector<std::vector<Hit>> vetoes(m->rules.size());
  const auto attempt = [&](std::size_t pid, std::size_t i) {
    const Pattern& p = m->patterns[pid];
    const std::size_t end = match_from(p, 0, x, i, i);
    if (end == kNone) return;
    const Hit h{p.rule, i, end};
    if (p.veto)
      vetoes[p.rule].push_back(h);
    else if (!m->rules[p.rule].after.empty())
      after_hits.push_back(h);
    else
      hits.push_back(h);
  };
  for (std::size_t i = 0; i < x.size(); ++i) {
    if (x.id[i] != kNoWord)
      for (const std::size_t pid : m->by_word[x.id[i]]) attempt(pid, i);
    if (x.alt_id[i] != kNoWord)
      for (const std::size_t pid : m->by_word[x.alt_id[i]]) attempt(pid, i);
    for (const auto& [prefix, pid] : m->by_prefix)
      if (t.norm(i).substr(0, prefix.size()) == prefix) attempt(pid, i);
    for (const std::size_t pid : m->always) attempt(pid, i);
  }

  // Vetoes were found in token order, so each list is sorted by begin.
  const auto vetoed = [&](const Hit& h) {
    return overlaps_any(vetoes[h.rule], h.begin, h.end, m->max_len);
  };
  std::erase_if(hits, vetoed);
  std::erase_if(after_hits, vetoed);
  hits = drop_overlapped_positives(dedup_by_kind(std::move(hits), *m), *m);

  if (!after_hits.empty()) {
    // Only the kinds that "after" rules name are searched, sorted by end.
    std::vector<std::string_view> wanted;
    for (const CoachMatcher::Rule& r : m->rules)
      if (!r.after.empty() && std::find(wanted.begin(), wanted.end(), r.after) == wanted.end())
        wanted.push_back(r.after);
    std::vector<Hit> anchors;
    for (const Hit& h : hits)
      if (std::find(wanted.begin(), wanted.end(), m->rules[h.rule].kind) != wanted.end())
        anchors.push_back(h);
    std::vector<Hit> kept;
    std::size_t next = 0;  // after_hits are in token order: sweep the anchors once
    std::sort(anchors.begin(), anchors.end(),
              [](const Hit& a, const Hit& b) { return a.end < b.end; });
    std::vector<Hit> window;
    for (const Hit& a : after_hits) {
      while (next < anchors.size() && anchors[next].end <= a.begin) {
        // Keep only the latest anchor per kind: that is all follows() needs.
        std::erase_if(window, [&](const Hit& w) {
          return m->rules[w.rule].kind == m->rules[anchors[next].rule].kind;
        });
        window.push_back(anchors[next++]);
      }
      if (follows(a, window, t, *m)) kept.push_back(a);
    }
    hits.insert(hits.end(), kept.begin(), kept.end());
    hits = drop_overlapped_positives(dedup_by_kind(std::move(hits), *m), *m);
  }

  std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.rule < b.rule;
  });
  CoachReport report;
  report.language = rules.language;
  for (const Hit& h : hits)
    add_coach_finding(report, finding(h, text, t, *m), m->rules[h.rule].components);
  score_coach_report(report);
  return report;
}

}  // namespace mend
