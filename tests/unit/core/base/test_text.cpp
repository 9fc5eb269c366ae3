#include <doctest/doctest.h>

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
