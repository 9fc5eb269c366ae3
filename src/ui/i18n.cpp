// The screens' current language and the lookups every drawn word makes.
#include "ui/i18n.hpp"

#include <cstring>
#include <memory>
#include <unordered_map>
#include <unordered_set>

#include "core/i18n/sentences.hpp"
#include "core/i18n/strings.hpp"

namespace mend::ui {

namespace {

struct ScreenLanguage {
  std::string code = "en";
  const StringTable* table = nullptr;  // null for English: its words are the keys
  std::vector<std::string> missing;
  std::unordered_set<std::string> missing_seen;
  std::unique_ptr<SentenceTranslator> sentences;  // made when first needed
  std::unordered_map<std::string, std::string> sentences_said;
};

// Enough for every refusal and reason a session meets; past it the kept
// sentences start again rather than grow without end.
constexpr std::size_t kSentencesKept = 4096;

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
  l.sentences.reset();
  l.sentences_said.clear();
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

const std::string& tr_sentence(const std::string& english) {
  ScreenLanguage& l = current();
  if (!l.table) return english;
  if (auto said = l.sentences_said.find(english); said != l.sentences_said.end())
    return said->second;
  if (!l.sentences) l.sentences = std::make_unique<SentenceTranslator>(*l.table);
  std::optional<std::string> translated = l.sentences->translate(english);
  if (!translated) {
    if (has_letters(english.c_str()) && l.missing_seen.insert(english).second)
      l.missing.push_back(english);
    translated = english;
  }
  if (l.sentences_said.size() >= kSentencesKept) l.sentences_said.clear();
  return l.sentences_said.emplace(english, std::move(*translated)).first->second;
}

std::string tr_error(const Error& error) {
  const std::string& why = tr_sentence(error.why);
  return error.where.empty() ? why : error.where + ": " + why;
}

const std::vector<std::string>& missing_translations() {
  return current().missing;
}

}  // namespace mend::ui
