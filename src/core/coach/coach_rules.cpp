// Coach rule files: loading and validating the JSON (errors carry a JSON
// path), merging a business's rules over the built-ins, the built-in English
// set, and the report as JSON.
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <map>

#include "core/coach/coach.hpp"

// Embedded by CMake (mend_embed) from src/core/data/coach_rules_en.json.
extern const char mend_coach_rules_en_json[];
extern const std::size_t mend_coach_rules_en_json_size;

namespace mend {

namespace {

constexpr std::string_view kPositiveKinds[] = {"apology", "ownership", "ask", "thanks"};
constexpr std::string_view kDontKinds[] = {
    "blame", "excuse", "customer-fault", "but-after-apology", "non-apology", "policy"};
constexpr int kVersion = 1;

using Value = rapidjson::Value;

std::string sv(const Value& v) {
  return std::string(v.GetString(), v.GetStringLength());
}

// The member's value, or null. Looking up on a const value keeps clang's C++20
// reversed-operator check quiet about RapidJSON's iterator comparisons.
const Value* member(const Value& obj, const char* key) {
  const auto it = obj.FindMember(key);
  return it != obj.MemberEnd() ? &it->value : nullptr;
}

std::string kind_list() {
  std::string out;
  for (const auto k : kPositiveKinds) out += (out.empty() ? "" : ", ") + std::string(k);
  for (const auto k : kDontKinds) out += ", " + std::string(k);
  return out;
}

// Every member must be known and appear once; a typo ("sugestion") is an
// error rather than a silently missing suggestion.
Status check_members(const Value& obj, const std::string& path,
                     std::initializer_list<std::string_view> known) {
  std::vector<std::string> seen;
  for (const auto& m : obj.GetObject()) {
    const std::string name = sv(m.name);
    const std::string where = path.empty() ? name : path + "." + name;
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      std::string list;
      for (const auto k : known) list += (list.empty() ? "" : ", ") + std::string(k);
      return Error{where, "unknown field (expected " + list + ")"};
    }
    if (std::find(seen.begin(), seen.end(), name) != seen.end())
      return Error{where, "field given twice"};
    seen.push_back(name);
  }
  return ok_status();
}

// An optional string member; `out` is left alone when absent.
Status get_string(const Value& obj, const char* key, const std::string& path, std::string& out) {
  const Value* v = member(obj, key);
  if (!v) return ok_status();
  if (!v->IsString()) return Error{path + "." + key, "must be a string"};
  out = sv(*v);
  return ok_status();
}

Status get_strings(const Value& obj, const char* key, const std::string& path,
                   std::vector<std::string>& out) {
  const Value* list = member(obj, key);
  if (!list) return ok_status();
  const std::string where = path + "." + key;
  if (!list->IsArray()) return Error{where, "must be a list of strings"};
  for (rapidjson::SizeType i = 0; i < list->Size(); ++i) {
    const Value& v = (*list)[i];
    const std::string at = where + "[" + std::to_string(i) + "]";
    if (!v.IsString()) return Error{at, "must be a string"};
    std::string s = sv(v);
    if (s.find_first_not_of(" \t") == std::string::npos) return Error{at, "empty pattern"};
    out.push_back(std::move(s));
  }
  return ok_status();
}

bool valid_id(std::string_view id) {
  if (id.empty() || id.size() > 80) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.';
  });
}

Result<CoachRule> load_rule(const Value& v, const std::string& path) {
  if (!v.IsObject()) return Error{path, "must be an object"};
  if (auto s = check_members(
          v, path, {"id", "kind", "patterns", "suggestion", "except", "after", "disabled", "note"});
      !s)
    return s.error();
  CoachRule r;
  const Value* id = member(v, "id");
  if (!id) return Error{path + ".id", "missing"};
  if (!id->IsString() || !valid_id(sv(*id)))
    return Error{path + ".id", "must be a name of letters, digits, '-', '_' or '.'"};
  r.id = sv(*id);
  if (const Value* disabled = member(v, "disabled")) {
    if (!disabled->IsBool()) return Error{path + ".disabled", "must be true or false"};
    r.disabled = disabled->GetBool();
  }
  for (const auto& [key, out] : {std::pair{"kind", &r.kind}, std::pair{"suggestion", &r.suggestion},
                                 std::pair{"after", &r.after}, std::pair{"note", &r.note}})
    if (auto s = get_string(v, key, path, *out); !s) return s.error();
  if (auto s = get_strings(v, "patterns", path, r.patterns); !s) return s.error();
  if (auto s = get_strings(v, "except", path, r.except); !s) return s.error();
  if (r.disabled) return r;  // removes a rule of this id; nothing else is needed

  if (!member(v, "kind")) return Error{path + ".kind", "missing"};
  if (!is_coach_kind(r.kind))
    return Error{path + ".kind",
                 "unknown kind \"" + r.kind + "\" (expected one of " + kind_list() + ")"};
  if (r.patterns.empty()) return Error{path + ".patterns", "needs at least one pattern"};
  if (!r.after.empty() && !is_coach_kind(r.after))
    return Error{path + ".after", "unknown kind \"" + r.after + "\""};
  if (!is_positive_coach_kind(r.kind) && r.suggestion.find_first_not_of(" \t") == std::string::npos)
    return Error{path + ".suggestion", "a don't needs a suggestion (a better phrasing)"};
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

Result<CoachRules> load_coach_rules(std::string_view json) {
  rapidjson::Document d;
  d.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag>(json.data(),
                                                                                  json.size());
  if (d.HasParseError())
    return Error{"", std::string("not valid JSON: ") +
                         rapidjson::GetParseError_En(d.GetParseError()) + " (at byte " +
                         std::to_string(d.GetErrorOffset()) + ")"};
  if (!d.IsObject()) return Error{"", "not a Mend coach rule file: expected a JSON object"};
  const Value* format = member(d, "format");
  if (!format || !format->IsString() || sv(*format) != "mend-coach-rules")
    return Error{"format", "not a Mend coach rule file (expected \"mend-coach-rules\")"};
  if (auto s = check_members(d, "", {"format", "version", "language", "rules", "note"}); !s)
    return s.error();
  const Value* version = member(d, "version");
  if (!version) return Error{"version", "missing"};
  if (!version->IsInt()) return Error{"version", "must be a whole number"};
  if (version->GetInt() > kVersion)
    return Error{"version", "version " + std::to_string(version->GetInt()) +
                                " is newer than this app understands (" + std::to_string(kVersion) +
                                "); update Mend"};
  if (version->GetInt() < 1) return Error{"version", "must be 1"};

  CoachRules out;
  const Value* language = member(d, "language");
  if (!language) return Error{"language", "missing"};
  if (!language->IsString() || language->GetStringLength() == 0 || language->GetStringLength() > 35)
    return Error{"language", "must be a language code such as \"en\""};
  out.language = sv(*language);

  const Value* rules = member(d, "rules");
  if (!rules) return Error{"rules", "missing"};
  if (!rules->IsArray()) return Error{"rules", "must be a list"};
  std::map<std::string, std::size_t> ids;
  for (rapidjson::SizeType i = 0; i < rules->Size(); ++i) {
    const std::string path = "rules[" + std::to_string(i) + "]";
    auto rule = load_rule((*rules)[i], path);
    if (!rule) return rule.error();
    const auto [it, fresh] = ids.emplace(rule->id, i);
    if (!fresh)
      return Error{path + ".id", "duplicate id \"" + rule->id + "\" (also rules[" +
                                     std::to_string(it->second) + "])"};
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
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  const auto str = [&w](std::string_view s) {
    w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
  };
  w.StartObject();
  for (const auto& [key, value] :
       {std::pair{"apology", report.apology}, std::pair{"ownership", report.ownership},
        std::pair{"ask", report.ask}, std::pair{"thanks", report.thanks}}) {
    str(key);
    w.Bool(value);
  }
  str("donts");
  w.StartArray();
  for (const CoachFinding& f : report.donts) {
    w.StartObject();
    str("rule"), str(f.rule);
    str("kind"), str(f.kind);
    str("text"), str(f.text);
    str("suggestion"), str(f.suggestion);
    str("offset"), w.Uint64(f.offset);
    str("length"), w.Uint64(f.length);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return std::string(buf.GetString(), buf.GetSize());
}

}  // namespace mend
