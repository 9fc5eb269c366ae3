#include "core/model/vocabulary.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "core/json/data_files.hpp"

// Embedded by CMake (mend_embed) from src/core/model/vocabularies/en.json.
extern const char mend_vocabularies_en_json[];
extern const std::size_t mend_vocabularies_en_json_size;

namespace mend {
namespace {

// How the vocabulary file names each trade, in the order of the enum.
constexpr std::array<std::string_view, 6> kTradeNames = {
    "general", "restaurant", "hotel", "repair-shop", "shop", "hotel-and-restaurant"};
static_assert(kTradeNames.size() == static_cast<std::size_t>(Trade::HotelAndRestaurant) + 1);

}  // namespace

std::string_view default_vocabularies_json() {
  return std::string_view(mend_vocabularies_en_json, mend_vocabularies_en_json_size);
}

Vocabulary default_vocabulary(Trade trade) {
  // Parsed once; a broken built-in file is caught by the tests, and the app
  // then shows ids made readable (term_label) rather than failing.
  static const std::array<Vocabulary, kTradeNames.size()> by_trade = [] {
    std::array<Vocabulary, kTradeNames.size()> out;
    auto read = import_vocabularies(default_vocabularies_json());
    if (!read) return out;
    for (TradeVocabulary& t : read.value()) {
      const auto known = std::find(kTradeNames.begin(), kTradeNames.end(), t.trade);
      if (known != kTradeNames.end())
        out[static_cast<std::size_t>(known - kTradeNames.begin())] = std::move(t.vocabulary);
    }
    return out;
  }();
  return by_trade[static_cast<std::size_t>(trade)];
}

const Term* find_term(const std::vector<Term>& terms, std::string_view id) {
  for (const Term& t : terms)
    if (t.id == id) return &t;
  return nullptr;
}

std::string term_label(const std::vector<Term>& terms, std::string_view id) {
  if (const Term* t = find_term(terms, id); t && !t->label.empty()) return t->label;
  return readable_id(id);
}

std::string readable_id(std::string_view id) {
  std::string out;
  out.reserve(id.size());
  for (char ch : id) out += (ch == '-' || ch == '_') ? ' ' : ch;
  if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

}  // namespace mend
