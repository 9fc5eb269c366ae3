// Coach rule files: loading and validating the JSON (errors carry a JSON
// path), merging a business's rules over the built-ins, the built-in English
// set, and the report as JSON.
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <climits>
#include <map>

#include "core/coach/coach.hpp"
#include "core/json/read.hpp"
#include "core/json/writer.hpp"

// Embedded by CMake (mend_embed) from src/core/coach/rules/en.json.
extern const char mend_coach_rules_en_json[];
extern const std::size_t mend_coach_rules_en_json_size;

namespace mend {

namespace {

using json::ObjectReader;
using json::Path;
using json::Sink;
using json::Value;

constexpr std::string_view kPositiveKinds[] = {"apology", "ownership", "ask", "thanks"};
constexpr std::string_view kDontKinds[] = {
    "blame", "excuse", "customer-fault", "but-after-apology", "non-apology", "policy"};
constexpr int kVersion = 1;
// A rule file is written by hand: its first problem, clearly, beats a list.
constexpr std::size_t kFirstProblem = 1;

std::string kind_list() {
  std::string out;
  for (const auto k : kPositiveKinds) out += (out.empty() ? "" : ", ") + std::string(k);
  for (const auto k : kDontKinds) out += ", " + std::string(k);
  return out;
}

bool blank(std::string_view s) {
  return s.find_first_not_of(" \t") == std::string_view::npos;
}

bool valid_id(std::string_view id) {
  if (id.empty() || id.size() > 80) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.';
  });
}

// Optional members; `out` is left alone when absent.
void optional_text(ObjectReader& f, std::string_view key, std::string& out) {
  if (const Value* v = f.find(key)) f.read_string(key, *v, out);
}
void optional_patterns(ObjectReader& f, std::string_view key, std::vector<std::string>& out) {
  const Value* v = f.find(key);
  if (!v || !f.read_strings(key, *v, out)) return;
  for (std::size_t i = 0; i < out.size(); ++i)
    if (blank(out[i])) return f.error_at_item(key, i, "empty pattern");
}

Result<CoachRule> load_rule(const Value& v, const Path* at) {
  Sink sink(kFirstProblem);
  if (!v.IsObject()) {
    sink.add(at, {}, std::string("must be an object, not ") + json::kind_of(v));
    return sink.first();
  }
  ObjectReader f(v, at, sink);
  CoachRule r;
  if (const Value* id = f.required("id"); id && f.read_string("id", *id, r.id) && !valid_id(r.id))
    f.error("id", "must be a name of letters, digits, '-', '_' or '.'");
  if (const Value* disabled = f.find("disabled")) f.read_flag("disabled", *disabled, r.disabled);
  const Value* kind = f.find("kind");  // needed unless the rule is disabled
  if (kind) f.read_string("kind", *kind, r.kind);
  optional_patterns(f, "patterns", r.patterns);
  optional_text(f, "suggestion", r.suggestion);
  optional_patterns(f, "except", r.except);
  optional_text(f, "after", r.after);
  optional_text(f, "note", r.note);
  f.finish();
  if (!sink.empty()) return sink.first();
  if (r.disabled) return r;  // removes a rule of this id; nothing else is needed

  if (!kind) {
    f.missing("kind");
  } else if (!is_coach_kind(r.kind)) {
    f.error("kind", "unknown kind \"" + r.kind + "\" (expected one of " + kind_list() + ")");
  } else if (r.patterns.empty()) {
    f.error("patterns", "needs at least one pattern");
  } else if (!r.after.empty() && !is_coach_kind(r.after)) {
    f.error("after", "unknown kind \"" + r.after + "\"");
  } else if (!is_positive_coach_kind(r.kind) && blank(r.suggestion)) {
    f.error("suggestion", "a don't needs a suggestion (a better phrasing)");
  }
  if (!sink.empty()) return sink.first();
  return r;
}

}  // namespace

bool is_coach_kind(std::string_view kind) {
  return is_positive_coach_kind(kind) ||
         std::find(std::begin(kDontKinds), std::end(kDontKinds), kind) != std::end(kDontKinds);
}

bool is_positive_coach_kind(std::string_view kind) {
  return std::find(std::begin(kPositiveKinds), std::end(kPositiveKinds), kind) !=
         std::end(kPositiveKinds);
}

Result<CoachRules> load_coach_rules(std::string_view text) {
  rapidjson::Document d;
  d.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag>(text.data(),
                                                                                  text.size());
  if (d.HasParseError())
    return Error{"", std::string("not valid JSON: ") +
                         rapidjson::GetParseError_En(d.GetParseError()) + " (at byte " +
                         std::to_string(d.GetErrorOffset()) + ")"};
  if (!d.IsObject()) return Error{"", "not a Mend coach rule file: expected a JSON object"};
  Sink sink(kFirstProblem);
  ObjectReader f(d, nullptr, sink);
  const Value* format = f.find("format");
  if (!format || !format->IsString() || json::string_of(*format) != "mend-coach-rules")
    return Error{"format", "not a Mend coach rule file (expected \"mend-coach-rules\")"};
  std::int64_t version = 0;
  if (const Value* v = f.required("version"); v && f.read_whole("version", *v, 1, INT_MAX, version))
    if (version > kVersion)
      f.error("version", "version " + std::to_string(version) +
                             " is newer than this app understands (" + std::to_string(kVersion) +
                             "); update Mend");
  CoachRules out;
  if (const Value* language = f.required("language");
      language && f.read_string("language", *language, out.language) &&
      (out.language.empty() || out.language.size() > 35))
    f.error("language", "must be a language code such as \"en\"");
  const Value* rules = f.required("rules");
  if (rules && !rules->IsArray()) f.wrong_type("rules", *rules, "an array");
  f.find("note");
  f.finish();
  if (!sink.empty()) return sink.first();

  const Path list{nullptr, "rules"};
  std::map<std::string, std::size_t> ids;
  for (json::Size i = 0; i < rules->Size(); ++i) {
    const Path at{&list, {}, i};
    auto rule = load_rule((*rules)[i], &at);
    if (!rule) return rule.error();
    const auto [it, fresh] = ids.emplace(rule->id, i);
    if (!fresh)
      return Error{json::path_text(&at, "id"), "duplicate id " + json::quoted(rule->id) +
                                                   " (also rules[" + std::to_string(it->second) +
                                                   "])"};
    out.rules.push_back(std::move(rule.value()));
  }
  // Pattern syntax is checked by compiling; the rules vector mirrors the
  // file's array, so the compiler's paths are the file's paths.
  if (auto s = compile_coach_rules(out); !s) return s.error();
  return out;
}

CoachRules merge_coach_rules(const CoachRules& base, const CoachRules& extra) {
  CoachRules out;
  out.language = base.language.empty() ? extra.language : base.language;
  out.rules = base.rules;
  for (const CoachRule& r : extra.rules) {
    const auto same = std::find_if(out.rules.begin(), out.rules.end(),
                                   [&r](const CoachRule& b) { return b.id == r.id; });
    if (same != out.rules.end() && r.disabled)
      out.rules.erase(same);
    else if (same != out.rules.end())
      *same = r;
    else if (!r.disabled)
      out.rules.push_back(r);
  }
  std::erase_if(out.rules, [](const CoachRule& r) { return r.disabled; });
  (void)compile_coach_rules(out);  // both sides were validated when loaded
  return out;
}

std::string_view builtin_coach_rules_json() {
  return std::string_view(mend_coach_rules_en_json, mend_coach_rules_en_json_size);
}

const CoachRules& builtin_coach_rules() {
  // Parsed once; a broken built-in file is caught by the tests, and the app
  // then coaches with no rules rather than failing.
  static const CoachRules rules = [] {
    auto r = load_coach_rules(builtin_coach_rules_json());
    if (r) return std::move(r.value());
    CoachRules empty;
    empty.language = "en";
    (void)compile_coach_rules(empty);
    return empty;
  }();
  return rules;
}

std::string coach_report_to_json(const CoachReport& report) {
  json::Writer w;
  w.begin_object();
  w.field("apology", report.apology);
  w.field("ownership", report.ownership);
  w.field("ask", report.ask);
  w.field("thanks", report.thanks);
  w.objects("donts", report.donts, [&w](const CoachFinding& f) {
    w.field("rule", f.rule);
    w.field("kind", f.kind);
    w.field("text", f.text);
    w.field("suggestion", f.suggestion);
    w.field("offset", static_cast<std::int64_t>(f.offset));
    w.field("length", static_cast<std::int64_t>(f.length));
  });
  w.end_object();
  return w.str();
}

}  // namespace mend
