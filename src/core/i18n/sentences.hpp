// The core says its refusals and reasons in English ("\"Apologise\" is already
// done", "over the Staff per-case limit of $20.00 by $5.00"), each made from a
// fixed form with "%s" for its values. A screen in another language shows
// them through a SentenceTranslator: it finds the form the sentence was made
// from among the string table's keys, says the form in the table's language
// and puts the values back, themselves translated where they are words of
// the table or of a built-in playbook (a step's title, a playbook's name).
//
// Sentences joined with "; " are translated one by one. A sentence no form
// matches comes back as nullopt, so the caller can show the English and note
// it missing.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/i18n/strings.hpp"

namespace mend {

class SentenceTranslator {
 public:
  // `table` must outlive the translator (builtin_string_table's do).
  explicit SentenceTranslator(const StringTable& table);

  std::optional<std::string> translate(std::string_view english) const;

 private:
  struct Form {
    std::vector<std::string> pieces;  // the literal text around each "%s"
    const std::string* translation;   // the whole form in the table's language
  };
  std::optional<std::string> one(std::string_view sentence) const;
  // A word of the table, or a built-in playbook's or default vocabulary's.
  std::optional<std::string> word(std::string_view english) const;
  std::string value(std::string_view english) const;

  const StringTable& table_;
  std::vector<Form> forms_;  // longest literal text first: the most specific form wins
  std::unordered_map<std::string, std::string> terms_;  // playbook names and step titles
};

}  // namespace mend
