// The business's own words: kinds of failure, channels, customer segments and
// value tiers are ids with labels, kept in the book's settings (so a
// restaurant says "wrong order" and a hotel "room not ready"). Cases store
// ids; screens and reports show labels. Ids a book's vocabulary doesn't list
// (an older book, a merged device) still read well: see term_label().
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace mend {

struct Term {
  std::string id;        // stored in cases: "room-not-ready"
  std::string label;     // what staff read: "Room not ready"
  bool retired = false;  // kept so old cases read well, no longer offered for new ones
  bool operator==(const Term&) const = default;
};

struct Vocabulary {
  std::vector<Term> failure_kinds;
  std::vector<Term> channels;
  std::vector<Term> segments;
  std::vector<Term> value_tiers;
  bool operator==(const Vocabulary&) const = default;
};

// Starting points an owner picks at set-up and then edits: data, read once
// from default_vocabularies_json(), src/core/model/vocabularies/en.json
// compiled in (a vocabulary file, see core/json/data_files.hpp) that names
// the trades "general", "restaurant", ..., "hotel-and-restaurant".
enum class Trade { General, Restaurant, Hotel, RepairShop, Shop, HotelAndRestaurant };
Vocabulary default_vocabulary(Trade trade = Trade::General);
std::string_view default_vocabularies_json();

// The channel a kiosk intake arrives by; always present in a vocabulary's
// channels because kiosk mode files cases with it.
inline constexpr std::string_view kKioskChannel = "kiosk";

const Term* find_term(const std::vector<Term>& terms, std::string_view id);
// The label of id, or the id made readable when the vocabulary doesn't list
// it: "room-not-ready" -> "Room not ready".
std::string term_label(const std::vector<Term>& terms, std::string_view id);
std::string readable_id(std::string_view id);

// The label as staff read it in `language`: a label the business left as
// Mend's English default for that id ("Room not ready") is shown in the
// language's default ("Bilik belum siap", src/core/model/vocabularies/ms.json);
// a label the business wrote itself is its own words and is shown as written.
std::string shown_term_label(const std::vector<Term>& terms, std::string_view id,
                             std::string_view language);

}  // namespace mend
