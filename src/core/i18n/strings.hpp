// The words of Mend's screens in another language: a table from the English
// text, as written in the source, to its translation. English is the key, so
// a screen's source stays readable and a missing translation falls back to
// the English rather than to a made-up key.
//
// Table file (src/core/i18n/<language>.json, embedded at build time):
//   {"format":"mend-strings","version":1,"language":"ms",
//    "strings":{"Cases":"Kes","Checking file\u2026 %d %%":"Menyemak fail\u2026 %d %%"}}
//
// A translation must keep the printf conversions of its English text, in the
// same order ("%d", "%s", "%lld", "%%"): the screens format with them, and a
// wrong one would print garbage or read the wrong argument.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/base/result.hpp"

namespace mend {

struct StringTable {
  std::string language;
  // English -> translation. Keys and values are owned by the map.
  std::unordered_map<std::string, std::string> strings;

  // nullptr when the table has no translation of `english`.
  const std::string* find(std::string_view english) const;
};

// The languages Mend's screens can be shown in, English first.
struct LanguageName {
  std::string_view code;  // "en", "ms"
  std::string_view name;  // in the language itself: "English", "Bahasa Melayu"
};
const std::vector<LanguageName>& screen_languages();
bool is_screen_language(std::string_view code);

// The printf conversions of a format, in order: "%d of %s %%" -> {"%d","%s","%%"}.
std::vector<std::string> printf_conversions(std::string_view format);

// Parses and checks a table: its format, its language, every value a
// non-empty string with the same conversions as its key. Errors carry the
// JSON path and the key ("strings[\"Cases\"]: …").
Result<StringTable> load_string_table(std::string_view json);

// The built-in table of a language ("ms"); English has an empty table (its
// words are the keys). Parsed once; an unknown language gives the empty one.
const StringTable& builtin_string_table(std::string_view language);
std::string_view builtin_string_table_json(std::string_view language);

}  // namespace mend
