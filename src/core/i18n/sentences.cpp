// Finding the form an English sentence was made from, and saying it again.
#include "core/i18n/sentences.hpp"

#include <algorithm>

#include "core/model/vocabulary.hpp"
#include "core/playbook/playbooks.hpp"

namespace mend {
namespace {

// "no case %s" has six; "%s of %s" two.
constexpr std::size_t kFewestLetters = 5;

std::vector<std::string> split_form(std::string_view form) {
  std::vector<std::string> pieces(1);
  for (std::size_t i = 0; i < form.size(); ++i) {
    if (form[i] == '%' && i + 1 < form.size() && form[i + 1] == 's') {
      pieces.emplace_back();
      ++i;
    } else {
      pieces.back() += form[i];
    }
  }
  return pieces;
}

// The values of `sentence` if it was made from a form of these pieces: the
// first piece starts it, the last ends it, the others follow in order (each
// value the shortest that lets the next piece follow).
std::optional<std::vector<std::string_view>> match(const std::vector<std::string>& pieces,
                                                   std::string_view sentence) {
  if (!sentence.starts_with(pieces.front()) || !sentence.ends_with(pieces.back()) ||
      sentence.size() < pieces.front().size() + pieces.back().size())
    return std::nullopt;
  std::vector<std::string_view> values;
  std::size_t at = pieces.front().size();
  const std::size_t end = sentence.size() - pieces.back().size();
  for (std::size_t i = 1; i + 1 < pieces.size(); ++i) {
    const std::size_t found = sentence.find(pieces[i], at);
    if (found == std::string_view::npos || found > end) return std::nullopt;
    values.push_back(sentence.substr(at, found - at));
    at = found + pieces[i].size();
  }
  if (at > end) return std::nullopt;
  values.push_back(sentence.substr(at, end - at));
  // A value is a name, an amount or a list: never empty.
  for (std::string_view v : values)
    if (v.empty()) return std::nullopt;
  return values;
}

std::size_t literal_size(const std::vector<std::string>& pieces) {
  std::size_t n = 0;
  for (const std::string& p : pieces) n += p.size();
  return n;
}

}  // namespace

SentenceTranslator::SentenceTranslator(const StringTable& table) : table_(table) {
  for (const auto& [english, translated] : table.strings) {
    // Only "%s" forms: a format with numbers ("%d") is the screens' own.
    if (english.find("%s") == std::string::npos) continue;
    bool only_s = true;
    for (const std::string& c : printf_conversions(english)) only_s = only_s && c == "%s";
    if (!only_s) continue;
    std::vector<std::string> pieces = split_form(english);
    // "%s: %s", "%s of %s": joins more than sentences, they would match
    // almost anything; a form needs words of its own to be recognised.
    std::size_t letters = 0;
    for (const std::string& piece : pieces)
      for (char c : piece) letters += (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? 1 : 0;
    if (letters < kFewestLetters) continue;
    forms_.push_back(Form{std::move(pieces), &translated});
  }
  std::stable_sort(forms_.begin(), forms_.end(), [](const Form& a, const Form& b) {
    return literal_size(a.pieces) > literal_size(b.pieces);
  });
  for (const Playbook& english : builtin_playbooks()) {
    const Playbook& shown = shown_playbook(english, table.language);
    terms_.emplace(english.name, shown.name);
    for (std::size_t i = 0; i < english.steps.size() && i < shown.steps.size(); ++i)
      terms_.emplace(english.steps[i].title, shown.steps[i].title);
  }
  // The recommender names a kind of failure or a segment by its id
  // ("suits regular customers"): Mend's default ids read as their labels.
  for (Trade trade : {Trade::General, Trade::Restaurant, Trade::Hotel, Trade::RepairShop,
                      Trade::Shop, Trade::HotelAndRestaurant}) {
    const Vocabulary words = default_vocabulary(trade);
    for (const std::vector<Term>* terms :
         {&words.failure_kinds, &words.channels, &words.segments, &words.value_tiers})
      for (const Term& term : *terms)
        terms_.emplace(term.id, shown_term_label(*terms, term.id, table.language));
  }
}

std::optional<std::string> SentenceTranslator::word(std::string_view english) const {
  if (const std::string* found = table_.find(english)) return *found;
  if (auto term = terms_.find(std::string(english)); term != terms_.end()) return term->second;
  return std::nullopt;
}

std::string SentenceTranslator::value(std::string_view english) const {
  if (std::optional<std::string> known = word(english)) return *known;
  // A list of quoted titles: "\"Apologise\", \"Own it\"".
  if (english.size() > 2 && english.front() == '"' && english.back() == '"' &&
      english.find("\", \"") != std::string_view::npos) {
    std::string out;
    std::string_view rest = english.substr(1, english.size() - 2);
    for (;;) {
      const std::size_t comma = rest.find("\", \"");
      out += (out.empty() ? "\"" : ", \"") + value(rest.substr(0, comma)) + "\"";
      if (comma == std::string_view::npos) break;
      rest = rest.substr(comma + 4);
    }
    return out;
  }
  // A list ("over the … by 40.00, over the … by 10.00"): each part, if each
  // is known; tried before the whole, whose last value would take the rest.
  if (english.find(", ") != std::string_view::npos) {
    std::string out;
    for (std::string_view rest = english;;) {
      const std::size_t comma = rest.find(", ");
      const std::string_view part = rest.substr(0, comma);
      std::optional<std::string> said = translate(part);
      if (!said) said = word(part);
      if (!said) break;
      out += (out.empty() ? "" : ", ") + *said;
      if (comma == std::string_view::npos) return out;
      rest = rest.substr(comma + 2);
    }
  }
  if (std::optional<std::string> sentence = translate(english)) return *sentence;
  return std::string(english);
}

std::optional<std::string> SentenceTranslator::one(std::string_view sentence) const {
  if (const std::string* whole = table_.find(sentence)) return *whole;
  for (const Form& form : forms_) {
    std::optional<std::vector<std::string_view>> values = match(form.pieces, sentence);
    if (!values) continue;
    std::string out;
    std::size_t next = 0;
    const std::string& said = *form.translation;
    for (std::size_t i = 0; i < said.size(); ++i) {
      if (said[i] == '%' && i + 1 < said.size() && said[i + 1] == 's') {
        if (next < values->size()) out += value((*values)[next++]);
        ++i;
      } else {
        out += said[i];
      }
    }
    return out;
  }
  return std::nullopt;
}

std::optional<std::string> SentenceTranslator::translate(std::string_view english) const {
  if (english.empty()) return std::string();
  // "a; b": each on its own (the authority's reasons are joined so), unless
  // the "; " is a form's own ("cannot close yet; required steps not done: %s").
  if (english.find("; ") != std::string_view::npos) {
    std::string out;
    for (std::string_view rest = english;;) {
      const std::size_t semi = rest.find("; ");
      std::optional<std::string> part = one(rest.substr(0, semi));
      if (!part) return one(english);
      out += *part;
      if (semi == std::string_view::npos) return out;
      out += "; ";
      rest = rest.substr(semi + 2);
    }
  }
  return one(english);
}

}  // namespace mend
