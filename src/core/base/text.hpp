// Small text helpers the domain needs, independent of any record type.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace mend {

// Contact as a matching key: e-mail lower-cased and trimmed; a phone keeps its
// digits and a leading '+'. "  +44 (0)20-7946 0018 " -> "+4402079460018".
std::string normalise_contact(std::string_view contact);

// Without the spaces, tabs and line breaks at either end.
std::string trim(std::string_view text);

// The characters (Unicode code points) of UTF-8 text, as a person counts
// them: "Zoë" is 3, not 4 bytes' worth.
std::size_t characters(std::string_view text);

// The bytes that the first `limit` characters of UTF-8 `text` take: where to
// cut it so that no character is split (a text field's bound,
// ui/text_fields.cpp). All of it when it has no more than `limit`. A
// character is a code point, counted as characters() does: "e" + U+0301 is
// two, and a cut may fall between them, never inside either.
std::size_t bytes_of_characters(std::string_view text, std::size_t limit);

// A name as a matching key: trimmed, runs of spaces as one, ASCII letters
// lower-cased ("  Ana   SILVA " -> "ana silva"). Other letters are kept as
// typed: folding them needs Unicode tables the core does not carry.
std::string normalise_name(std::string_view name);

// An id the owner's editors give a record (catalog item, role, member of
// staff, vocabulary term): non-empty, of lower-case ASCII letters, digits and
// '-' ("free-dessert"), so it reads well in a URL, a CSV and a book file. The
// book reader asks only for non-empty ids, so books written before keep
// opening.
bool is_key_id(std::string_view id);

}  // namespace mend
