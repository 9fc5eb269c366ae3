// The screens' current language and the lookups every drawn word makes.
#include "ui/i18n.hpp"

#include <cstring>
#include <unordered_set>

#include "core/i18n/strings.hpp"

namespace mend::ui {

namespace {

struct ScreenLanguage {
  std::string code = "en";
  const StringTable* table = nullptr;  // null for English: its words are the keys
  std::vector<std::string> missing;
  std::unordered_set<std::string> missing_seen;
};

ScreenLanguage& current() {
  static ScreenLanguage language;
  return language;
}

// "%d%%", "%s: %s", "·", "12:30": nothing to translate, and nothing to
// report missing. The letters of printf conversions (%d, %lld) are not words.
bool has_letters(const char* text) {
  for (; *text; ++text) {
    if (*text == '%') {
      while (text[1] && std::strchr("-+ #0123456789.*lhzjt", text[1])) ++text;
      if (text[1]) ++text;  // the conversion's letter
      continue;
    }
    if ((*text >= 'a' && *text <= 'z') || (*text >= 'A' && *text <= 'Z')) return true;
  }
  return false;
}

}  // namespace

void set_screen_language(std::string_view code) {
  if (!is_screen_language(code)) return;
  ScreenLanguage& l = current();
  if (l.code == code) return;
  l.code = std::string(code);
  l.table = code == "en" ? nullptr : &builtin_string_table(code);
  l.missing.clear();
  l.missing_seen.clear();
}

std::string_view screen_language() {
  return current().code;
}

const char* tr(const char* english) {
  ScreenLanguage& l = current();
  if (!l.table || !english || !has_letters(english)) return english;
  if (const std::string* translated = l.table->find(english)) return translated->c_str();
  if (l.missing_seen.insert(english).second) l.missing.emplace_back(english);
  return english;
}

const std::vector<std::string>& missing_translations() {
  return current().missing;
}

}  // namespace mend::ui
