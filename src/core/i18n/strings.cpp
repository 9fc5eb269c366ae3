// String tables: loading and checking a translation file, and the built-in
// tables compiled into Mend.
#include "core/i18n/strings.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "core/json/read.hpp"

// Embedded by CMake (mend_embed) from src/core/i18n/ms.json.
extern const char mend_strings_ms_json[];
extern const std::size_t mend_strings_ms_json_size;

namespace mend {

namespace {

constexpr int kVersion = 1;

std::string key_path(std::string_view key) {
  return "strings[" + json::quoted(key) + "]";
}

}  // namespace

const std::string* StringTable::find(std::string_view english) const {
  // Heterogeneous lookup needs C++20's is_transparent hash; a temporary
  // string is cheap next to drawing the text it names.
  const auto it = strings.find(std::string(english));
  return it == strings.end() ? nullptr : &it->second;
}

const std::vector<LanguageName>& screen_languages() {
  static const std::vector<LanguageName> languages = {{"en", "English"}, {"ms", "Bahasa Melayu"}};
  return languages;
}

bool is_screen_language(std::string_view code) {
  for (const auto& l : screen_languages())
    if (l.code == code) return true;
  return false;
}

std::vector<std::string> printf_conversions(std::string_view format) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < format.size(); ++i) {
    if (format[i] != '%') continue;
    std::size_t end = i + 1;
    // flags, width, precision and length, then the conversion letter
    while (end < format.size() &&
           std::string_view("-+ #0123456789.*lhzjt").find(format[end]) != std::string_view::npos)
      ++end;
    if (end >= format.size()) {
      out.emplace_back(format.substr(i));
      break;
    }
    out.emplace_back(format.substr(i, end - i + 1));
    i = end;
  }
  return out;
}

Result<StringTable> load_string_table(std::string_view text) {
  rapidjson::Document d;
  d.Parse<rapidjson::kParseValidateEncodingFlag>(text.data(), text.size());
  if (d.HasParseError())
    return Error{"", std::string("not valid JSON: ") +
                         rapidjson::GetParseError_En(d.GetParseError()) + " (at byte " +
                         std::to_string(d.GetErrorOffset()) + ")"};
  if (!d.IsObject()) return Error{"", "not a Mend string table: expected a JSON object"};
  const auto member = [&](const char* name) -> const json::Value* {
    const auto it = d.FindMember(name);
    return it == d.MemberEnd() ? nullptr : &it->value;
  };
  const json::Value* format = member("format");
  if (!format || !format->IsString() || json::string_of(*format) != "mend-strings")
    return Error{"format", "not a Mend string table (expected \"mend-strings\")"};
  const json::Value* version = member("version");
  if (!version || !version->IsInt() || version->GetInt() != kVersion)
    return Error{"version", "expected version 1"};
  const json::Value* language = member("language");
  if (!language || !language->IsString() || !is_screen_language(json::string_of(*language)))
    return Error{"language", "expected one of Mend's screen languages (en, ms)"};
  const json::Value* strings = member("strings");
  if (!strings || !strings->IsObject())
    return Error{"strings", "expected an object of English text to its translation"};

  StringTable table;
  table.language = std::string(json::string_of(*language));
  table.strings.reserve(strings->MemberCount());
  for (const auto& m : strings->GetObject()) {
    const std::string_view key = json::string_of(m.name);
    if (!m.value.IsString() || m.value.GetStringLength() == 0)
      return Error{key_path(key), "expected the translation as a non-empty string"};
    const std::string_view value = json::string_of(m.value);
    if (printf_conversions(key) != printf_conversions(value))
      return Error{key_path(key),
                   "the translation must keep the English text's % conversions, "
                   "in the same order"};
    if (!table.strings.emplace(std::string(key), std::string(value)).second)
      return Error{key_path(key), "given twice"};
  }
  return table;
}

std::string_view builtin_string_table_json(std::string_view language) {
  if (language == "ms") return {mend_strings_ms_json, mend_strings_ms_json_size};
  return {};
}

const StringTable& builtin_string_table(std::string_view language) {
  // Parsed once; a broken built-in table is caught by the tests, and the app
  // then shows English rather than nothing.
  static const StringTable english{"en", {}};
  static const StringTable malay = [] {
    auto loaded = load_string_table(builtin_string_table_json("ms"));
    return loaded ? std::move(loaded).value() : StringTable{"ms", {}};
  }();
  return language == "ms" ? malay : english;
}

}  // namespace mend
