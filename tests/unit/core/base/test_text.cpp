#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <string_view>

#include "core/base/text.hpp"

using namespace mend;

TEST_CASE("text: normalise_contact") {
  CHECK(normalise_contact("  Ada.Lovelace@Example.COM ") == "ada.lovelace@example.com");
  CHECK(normalise_contact("+44 (0)20-7946 0018") == "+4402079460018");
  CHECK(normalise_contact("020 7946 0018") == "02079460018");
  CHECK(normalise_contact("12+34") == "1234");  // a '+' counts only in front
  CHECK(normalise_contact("   ") == "");
  CHECK(normalise_contact("+") == "");
}

TEST_CASE("trim and normalise_name") {
  CHECK(mend::trim("  Ana Silva \t\n") == "Ana Silva");
  CHECK(mend::trim(" \t ").empty());
  CHECK(mend::normalise_name("  Ana   SILVA ") == "ana silva");
  CHECK(mend::normalise_name("Zoë  Núñez") == "zoë núñez");
  CHECK(mend::normalise_name("   ").empty());
}

TEST_CASE("bytes_of_characters: a cut never splits a character") {
  using mend::bytes_of_characters;
  CHECK(bytes_of_characters("", 0) == 0);
  CHECK(bytes_of_characters("", 5) == 0);
  CHECK(bytes_of_characters("abc", 0) == 0);
  CHECK(bytes_of_characters("abc", 2) == 2);
  CHECK(bytes_of_characters("abc", 3) == 3);
  CHECK(bytes_of_characters("abc", 100) == 3);
  // "Zoë": the ë is two bytes, kept whole or left out whole.
  CHECK(bytes_of_characters("Zoë", 2) == 2);
  CHECK(bytes_of_characters("Zoë", 3) == 4);
  // Four-byte characters (an emoji, a flag's two regional indicators).
  const std::string emoji = "\xF0\x9F\x98\x80\xF0\x9F\x87\xAC\xF0\x9F\x87\xA7";  // 😀🇬🇧
  CHECK(bytes_of_characters(emoji, 1) == 4);
  CHECK(bytes_of_characters(emoji, 2) == 8);
  CHECK(bytes_of_characters(emoji, 3) == 12);
  // Hebrew (two bytes each) and a combining accent: counted as code points.
  CHECK(bytes_of_characters("\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D", 3) == 6);  // שלום
  CHECK(bytes_of_characters("e\xCC\x81"
                            "e\xCC\x81",
                            1) == 1);
  CHECK(bytes_of_characters("e\xCC\x81"
                            "e\xCC\x81",
                            2) == 3);
  // The cut text has exactly `limit` characters, and the rest begins a character.
  std::string big;
  for (int i = 0; i < 1000; ++i) big += "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80";  // aé€😀
  for (std::size_t limit : {0U, 1U, 2U, 3U, 4U, 5U, 999U, 3999U, 4000U, 4001U}) {
    const std::size_t cut = bytes_of_characters(big, limit);
    CHECK(characters(std::string_view(big).substr(0, cut)) == std::min<std::size_t>(limit, 4000));
    CHECK((cut == big.size() || (static_cast<unsigned char>(big[cut]) & 0xC0) != 0x80));
  }
}
