// The coach's summary of a reply: which apology components it holds, how
// strong it is (0..100), whether the playbook's three steps came in order,
// which language a text is in, and the report as JSON (the CLI and the
// browser print the same bytes).
#include <algorithm>
#include <array>

#include "core/coach/coach_internal.hpp"
#include "core/json/writer.hpp"

namespace mend {

const std::vector<CoachComponent>& coach_components() {
  // The weights, in one place. Lewicki, Polin & Lount (2016, "An Exploration
  // of the Structure of Effective Apologies", Negotiation and Conflict
  // Management Research 9(2)) found acknowledging responsibility the most
  // effective of six components, then an offer of repair; explanation,
  // regret and repentance came between, close together; a request for
  // forgiveness mattered least. They add up to 100, so a reply with every
  // component and no don't scores 100.
  static const std::vector<CoachComponent> components = {
      {"regret", 14},     {"explanation", 14}, {"responsibility", 25},
      {"repentance", 14}, {"repair", 23},      {"forgiveness", 10}};
  return components;
}

namespace {

// One don't takes back much of what an apology earns ("sorry, but…" undoes
// the sorry); a few wipe it out.
constexpr int kDontPenalty = 15;

// The playbook's steps, in the order a recovery says them.
constexpr std::array<std::string_view, 3> kSteps = {"apology", "ownership", "ask"};

std::size_t first_of(const CoachReport& r, std::string_view kind) {
  for (const CoachFinding& f : r.positives)  // by offset
    if (f.kind == kind) return f.offset;
  return std::string::npos;
}

void check_order(CoachReport& r) {
  std::array<std::size_t, kSteps.size()> at{};
  std::string missing;
  for (std::size_t i = 0; i < kSteps.size(); ++i) {
    at[i] = first_of(r, kSteps[i]);
    if (at[i] == std::string::npos)
      missing += (missing.empty() ? "no " : ", no ") + std::string(kSteps[i]);
  }
  if (!missing.empty()) {
    r.order = "incomplete";
    r.order_note = missing;
    return;
  }
  r.order = "ok";
  for (std::size_t later = 1; later < kSteps.size(); ++later)
    for (std::size_t earlier = 0; earlier < later; ++earlier)
      if (at[later] < at[earlier] && r.order == "ok") {
        r.order = "off";
        r.order_note = std::string(kSteps[later]) + " before " + std::string(kSteps[earlier]);
      }
}

int component_weight(std::string_view id) {
  for (const CoachComponent& c : coach_components())
    if (c.id == id) return c.weight;
  return 0;
}

bool has_word(const coach_detail::Tokens& t, std::size_t i, std::string_view w) {
  return i < t.list.size() && t.norm(i) == w;
}

}  // namespace

namespace coach_detail {

void add_coach_finding(CoachReport& r, CoachFinding f, const std::vector<std::string>& components) {
  for (const std::string& c : components) {
    CoachFinding shown = f;
    shown.kind = c;
    r.component_findings.push_back(std::move(shown));
  }
  if (is_component_coach_kind(f.kind)) {
    r.component_findings.push_back(std::move(f));
  } else if (!is_positive_coach_kind(f.kind)) {
    r.donts.push_back(std::move(f));
  } else {
    r.apology = r.apology || f.kind == "apology";
    r.ownership = r.ownership || f.kind == "ownership";
    r.ask = r.ask || f.kind == "ask";
    r.thanks = r.thanks || f.kind == "thanks";
    r.positives.push_back(std::move(f));
  }
}

void score_coach_report(CoachReport& r) {
  auto& found = r.component_findings;
  std::stable_sort(found.begin(), found.end(), [](const CoachFinding& a, const CoachFinding& b) {
    return a.offset < b.offset;
  });
  // A check rule and a component rule may both show one component at one place.
  std::vector<CoachFinding> kept;
  for (CoachFinding& f : found) {
    const bool repeat = std::any_of(kept.begin(), kept.end(), [&f](const CoachFinding& k) {
      return k.kind == f.kind && f.offset < k.offset + k.length && k.offset < f.offset + f.length;
    });
    if (!repeat) kept.push_back(std::move(f));
  }
  found = std::move(kept);
  int score = 0;
  for (const CoachComponent& c : coach_components())
    if (std::any_of(found.begin(), found.end(),
                    [&c](const CoachFinding& f) { return f.kind == c.id; })) {
      r.components.emplace_back(c.id);
      score += c.weight;
    }
  score -= kDontPenalty * static_cast<int>(r.donts.size());
  r.score = std::clamp(score, 0, 100);
  check_order(r);
}

}  // namespace coach_detail

std::string detect_coach_language(std::string_view text) {
  return detect_coach_language(text, "en");
}

const CoachRules& coach_rules_for(std::string_view text, std::string_view when_unsure) {
  return builtin_coach_rules(detect_coach_language(text, when_unsure));
}

std::string detect_coach_language(std::string_view text, std::string_view when_unsure) {
  // With the spoken forms (tak, ni, tu, dah, nak): Malay at a counter often
  // borrows English's "sorry", and those words still tell it is Malay.
  static constexpr std::string_view kMalay[] = {
      "saya", "kami", "anda",  "yang",   "dan",   "tidak", "untuk", "dengan", "ini", "itu",
      "maaf", "akan", "boleh", "kita",   "awak",  "pihak", "tak",   "ni",     "tu",  "dah",
      "nak",  "ada",  "sudah", "kerana", "sebab", "encik", "puan",  "lagi"};
  static constexpr std::string_view kEnglish[] = {"i",     "we",  "you",  "the",  "and",  "not",
                                                  "to",    "for", "with", "this", "that", "sorry",
                                                  "thank", "is",  "it",   "of"};
  const coach_detail::Tokens t = coach_detail::tokenize(text);
  int ms = 0, en = 0;
  for (std::size_t i = 0; i < t.list.size(); ++i) {
    const std::string_view w = t.norm(i);
    if (w == "terima" && has_word(t, i + 1, "kasih"))
      ++ms, ++i;  // "terima kasih" is one
    else if (std::find(std::begin(kMalay), std::end(kMalay), w) != std::end(kMalay))
      ++ms;
    else if (std::find(std::begin(kEnglish), std::end(kEnglish), w) != std::end(kEnglish))
      ++en;
  }
  if (ms == en) return when_unsure == "ms" ? "ms" : "en";
  return ms > en ? "ms" : "en";
}

Result<std::string> resolve_coach_language(std::string_view text, std::string_view language) {
  if (language == "auto") return detect_coach_language(text);
  const auto& known = coach_languages();
  if (std::find(known.begin(), known.end(), language) != known.end()) return std::string(language);
  std::string allowed;
  for (const std::string_view l : known) allowed += std::string(l) + ", ";
  return Error{
      "", "unknown language \"" + std::string(language) + "\" (expected " + allowed + "or auto)"};
}

Result<CoachReport> coach_text_in(std::string_view text, std::string_view language) {
  auto lang = resolve_coach_language(text, language);
  if (!lang) return lang.error();
  return coach_text(text, builtin_coach_rules(lang.value()));
}

std::string coach_report_to_json(const CoachReport& report, bool explain) {
  json::Writer w;
  const auto span = [&w](const CoachFinding& f) {
    w.field("rule", f.rule);
    w.field("kind", f.kind);
    w.field("text", f.text);
  };
  const auto place = [&w](const CoachFinding& f) {
    w.field("offset", static_cast<std::int64_t>(f.offset));
    w.field("length", static_cast<std::int64_t>(f.length));
  };
  w.begin_object();
  w.field("apology", report.apology);
  w.field("ownership", report.ownership);
  w.field("ask", report.ask);
  w.field("thanks", report.thanks);
  w.objects("donts", report.donts, [&](const CoachFinding& f) {
    span(f);
    w.field("suggestion", f.suggestion);
    place(f);
  });
  w.field("language", report.language);
  w.key("components");
  w.begin_array();
  for (const std::string& c : report.components) w.string(c);
  w.end_array();
  w.field("score", report.score);
  w.field("order", report.order);
  w.field("order_note", report.order_note);
  if (explain)
    w.object("explain", [&] {
      w.objects("components", coach_components(), [&](const CoachComponent& c) {
        w.field("id", c.id);
        w.field("weight", c.weight);
        const bool there = std::find(report.components.begin(), report.components.end(), c.id) !=
                           report.components.end();
        w.field("points", there ? component_weight(c.id) : 0);
        w.key("found");
        w.begin_array();
        for (const CoachFinding& f : report.component_findings)
          if (f.kind == c.id) {
            w.begin_object();
            w.field("rule", f.rule);
            w.field("text", f.text);
            place(f);
            w.end_object();
          }
        w.end_array();
      });
      w.field("donts", static_cast<std::int64_t>(report.donts.size()));
      w.field("dont_penalty", -kDontPenalty * static_cast<int>(report.donts.size()));
      w.field("score", report.score);
    });
  w.end_object();
  return w.str();
}

}  // namespace mend
