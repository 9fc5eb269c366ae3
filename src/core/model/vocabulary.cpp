#include "core/model/vocabulary.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <utility>

#include "core/json/data_files.hpp"

// Embedded by CMake (mend_embed) from src/core/model/vocabularies/en.json.
extern const char mend_vocabularies_en_json[];
extern const std::size_t mend_vocabularies_en_json_size;
// ... and from src/core/model/vocabularies/ms.json.
extern const char mend_vocabularies_ms_json[];
extern const std::size_t mend_vocabularies_ms_json_size;

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

std::string shown_term_label(const std::vector<Term>& terms, std::string_view id,
                             std::string_view language) {
  std::string label = term_label(terms, id);
  if (language != "ms") return label;
  // (id, English default label) -> Malay default label, over every trade and
  // list; built once. The files keep the same trades, lists and order.
  static const std::map<std::pair<std::string, std::string>, std::string> malay = [] {
    std::map<std::pair<std::string, std::string>, std::string> out;
    auto en = import_vocabularies(default_vocabularies_json());
    auto ms = import_vocabularies({mend_vocabularies_ms_json, mend_vocabularies_ms_json_size});
    if (!en || !ms || en.value().size() != ms.value().size()) return out;
    const auto pair_up = [&](const std::vector<Term>& e, const std::vector<Term>& m) {
      for (std::size_t i = 0; i < e.size() && i < m.size(); ++i)
        if (e[i].id == m[i].id) out.emplace(std::pair{e[i].id, e[i].label}, m[i].label);
    };
    for (std::size_t t = 0; t < en.value().size(); ++t) {
      const Vocabulary& e = en.value()[t].vocabulary;
      const Vocabulary& m = ms.value()[t].vocabulary;
      pair_up(e.failure_kinds, m.failure_kinds);
      pair_up(e.channels, m.channels);
      pair_up(e.segments, m.segments);
      pair_up(e.value_tiers, m.value_tiers);
    }
    return out;
  }();
  const auto it = malay.find({std::string(id), label});
  return it == malay.end() ? label : it->second;
}

std::string readable_id(std::string_view id) {
  std::string out;
  out.reserve(id.size());
  for (char ch : id) out += (ch == '-' || ch == '_') ? ' ' : ch;
  if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

}  // namespace mend
