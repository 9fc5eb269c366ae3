// Coach rule files: loading and validating the JSON (errors carry a JSON
// path), named word lists, merging a business's rules over the built-ins,
// and the built-in English and Malay sets.
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <climits>
#include <map>

#include "core/coach/coach.hpp"
#include "core/json/read.hpp"

// Embedded by CMake (mend_embed) from src/core/coach/rules/en.json and ms.json.
extern const char mend_coach_rules_en_json[];
extern const std::size_t mend_coach_rules_en_json_size;
extern const char mend_coach_rules_ms_json[];
extern const std::size_t mend_coach_rules_ms_json_size;

namespace mend {

namespace {

using json::ObjectReader;
using json::Path;
using json::Sink;
using json::Value;

constexpr std::string_view kPositiveKinds[] = {"apology", "ownership", "ask", "thanks"};
constexpr std::string_view kComponentKinds[] = {"regret",     "explanation", "responsibility",
                                                "repentance", "repair",      "forgiveness"};
constexpr std::string_view kDontKinds[] = {
    "blame", "excuse", "customer-fault", "but-after-apology", "non-apology", "policy"};
constexpr int kVersion = 1;
// A rule file is written by hand: its first problem, clearly, beats a list.
constexpr std::size_t kFirstProblem = 1;

std::string kind_list() {
  std::string out;
  for (const auto k : kPositiveKinds) out += (out.empty() ? "" : ", ") + std::string(k);
  for (const auto k : kComponentKinds) out += ", " + std::string(k);
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
  if (const Value* c = f.find("components"); c && f.read_strings("components", *c, r.components))
    for (std::size_t i = 0; i < r.components.size(); ++i)
      if (!is_component_coach_kind(r.components[i]))
        f.error_at_item("components", i, "unknown component \"" + r.components[i] + "\"");
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
  } else if (!is_positive_coach_kind(r.kind) && !is_component_coach_kind(r.kind) &&
             blank(r.suggestion)) {
    f.error("suggestion", "a don't needs a suggestion (a better phrasing)");
  }
  if (!sink.empty()) return sink.first();
  return r;
}

using Lists = std::map<std::string, std::string, std::less<>>;  // name → "a|b|c"

// "lists": {"party": ["kitchen", "courier"]}: "@party" stands for
// [kitchen|courier], and inside brackets ("[@party|the boss]") for its items.
Status load_lists(ObjectReader& f, Lists& out) {
  const Value* v = f.find("lists");
  if (!v) return ok_status();
  if (!v->IsObject())
    return Error{"lists", std::string("must be an object, not ") + json::kind_of(*v)};
  for (auto it = v->MemberBegin(); it != v->MemberEnd(); ++it) {
    const std::string name(json::string_of(it->name));
    const std::string where = "lists." + name;
    if (!valid_id(name)) return Error{where, "a list name is letters, digits, '-', '_' or '.'"};
    if (!it->value.IsArray() || it->value.Empty())
      return Error{where, "must be an array of one or more phrases"};
    std::string joined;
    for (json::Size i = 0; i < it->value.Size(); ++i) {
      const Value& item = it->value[i];
      const std::string at = where + "[" + std::to_string(i) + "]";
      if (!item.IsString()) return Error{at, "must be a string"};
      const std::string text(json::string_of(item));
      if (blank(text) || text.find_first_of("[]|?@") != std::string::npos)
        return Error{at, "a list item is plain words (no [ ] | ? @)"};
      joined += (joined.empty() ? "" : "|") + text;
    }
    out[name] = joined;
  }
  return ok_status();
}

bool is_space(char c) {
  return c == ' ' || c == '\t';
}

// Replaces each "@name" that starts a word or an alternative by its list.
Status expand_lists(std::string& pattern, const Lists& lists) {
  std::string out;
  for (std::size_t i = 0; i < pattern.size();) {
    const char before = i == 0 ? ' ' : pattern[i - 1];
    const bool in_brackets = before == '[' || before == '|';
    if (pattern[i] != '@' || !(is_space(before) || in_brackets)) {
      out += pattern[i++];
      continue;
    }
    std::size_t j = i + 1;
    while (j < pattern.size() && !is_space(pattern[j]) &&
           std::string_view("?|]").find(pattern[j]) == std::string_view::npos)
      ++j;
    const std::string_view name = std::string_view(pattern).substr(i + 1, j - i - 1);
    const auto list = lists.find(name);
    if (list == lists.end())
      return Error{"",
                   "unknown list \"@" + std::string(name) + "\" (not in this file's \"lists\")"};
    out += in_brackets ? list->second : "[" + list->second + "]";
    i = j;
  }
  pattern = std::move(out);
  return ok_status();
}

Status expand_rule_lists(CoachRule& r, const Lists& lists, std::size_t index) {
  const auto each = [&](std::vector<std::string>& patterns, const char* field) -> Status {
    for (std::size_t i = 0; i < patterns.size(); ++i)
      if (auto s = expand_lists(patterns[i], lists); !s)
        return Error{
            "rules[" + std::to_string(index) + "]." + field + "[" + std::to_string(i) + "]",
            s.error().why};
    return ok_status();
  };
  if (auto s = each(r.patterns, "patterns"); !s) return s;
  return each(r.except, "except");
}

}  // namespace

bool is_coach_kind(std::string_view kind) {
  return is_positive_coach_kind(kind) || is_component_coach_kind(kind) ||
         std::find(std::begin(kDontKinds), std::end(kDontKinds), kind) != std::end(kDontKinds);
}

bool is_component_coach_kind(std::string_view kind) {
  return std::find(std::begin(kComponentKinds), std::end(kComponentKinds), kind) !=
         std::end(kComponentKinds);
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
  Lists lists;
  const Status listed = load_lists(f, lists);
  f.finish();
  if (!sink.empty()) return sink.first();
  if (!listed) return listed.error();

  const Path list{nullptr, "rules"};
  std::map<std::string, std::size_t> ids;
  for (json::Size i = 0; i < rules->Size(); ++i) {
    const Path at{&list, {}, i};
    auto rule = load_rule((*rules)[i], &at);
    if (!rule) return rule.error();
    if (auto s = expand_rule_lists(rule.value(), lists, i); !s) return s.error();
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

const std::vector<std::string_view>& coach_languages() {
  static const std::vector<std::string_view> languages = {"en", "ms"};
  return languages;
}

std::string_view builtin_coach_rules_json(std::string_view language) {
  if (language == "ms")
    return std::string_view(mend_coach_rules_ms_json, mend_coach_rules_ms_json_size);
  return std::string_view(mend_coach_rules_en_json, mend_coach_rules_en_json_size);
}

std::string_view builtin_coach_rules_json() {
  return builtin_coach_rules_json("en");
}

const CoachRules& builtin_coach_rules(std::string_view language) {
  // Parsed once each; a broken built-in file is caught by the tests, and the
  // app then coaches with no rules rather than failing.
  const auto parse = [](std::string_view lang) {
    auto r = load_coach_rules(builtin_coach_rules_json(lang));
    if (r) return std::move(r.value());
    CoachRules empty;
    empty.language = std::string(lang);
    (void)compile_coach_rules(empty);
    return empty;
  };
  static const CoachRules en = parse("en"), ms = parse("ms");
  return language == "ms" ? ms : en;
}

const CoachRules& builtin_coach_rules() {
  return builtin_coach_rules("en");
}

}  // namespace mend
