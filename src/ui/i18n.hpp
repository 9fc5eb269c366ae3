// The language the screens are drawn in. Every word a person reads is a Msg
// (a named constant in a messages_*.hpp header) or passes through tr() (a
// format built in a .cpp), so the whole UI follows set_screen_language().
//
// A Msg converts to the current language's const char* wherever a C string is
// wanted (ImGui calls, text_format), so a view's code reads as before. Its
// copy constructor is user-provided on purpose: passing a Msg through "..."
// (printf's "%s") is then a compile error instead of a silent English word.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/base/result.hpp"

namespace mend::ui {

// "en" or "ms" (core/i18n/strings.hpp: screen_languages()). An unknown code
// leaves the language as it was.
void set_screen_language(std::string_view code);
std::string_view screen_language();

// `english` in the current language; the English itself where the table has
// no translation (and the miss is noted: missing_translations()).
const char* tr(const char* english);

// A sentence the core made in English (a refusal, a reason, a limit) in the
// current language (core/i18n/sentences.hpp); the English where no form of
// the table matches it (noted as missing). Kept once per sentence, so views
// may call it every frame.
const std::string& tr_sentence(const std::string& english);
// An error as "where: why" (message()), its why in the current language and
// its where (a JSON path, a field) as the data has it.
std::string tr_error(const Error& error);

class Msg {
 public:
  constexpr Msg(const char* english) : english_(english) {}  // NOLINT: implicit by design
  constexpr Msg(const Msg& other) : english_(other.english_) {}
  Msg& operator=(const Msg&) = delete;
  const char* c_str() const { return tr(english_); }
  operator const char*() const { return c_str(); }  // NOLINT: implicit by design
  constexpr const char* english() const { return english_; }

 private:
  const char* english_;
};

// Joining words to a string: "Saved " + kX reads as it did with C strings.
inline std::string operator+(const std::string& a, const Msg& b) {
  return a + b.c_str();
}
inline std::string operator+(const Msg& a, const std::string& b) {
  return a.c_str() + b;
}

// English texts drawn in another language without a translation, since the
// language was last set, in the order first seen (the test bridge reports
// them; a test walks every screen and expects none).
const std::vector<std::string>& missing_translations();

}  // namespace mend::ui
