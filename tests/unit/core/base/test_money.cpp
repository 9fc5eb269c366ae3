#include <doctest/doctest.h>

#include <limits>

#include "core/base/money.hpp"

using namespace mend;

TEST_CASE("money: format_cents is a plain decimal") {
  CHECK(format_cents(0) == "0.00");
  CHECK(format_cents(5) == "0.05");
  CHECK(format_cents(1250) == "12.50");
  CHECK(format_cents(-5) == "-0.05");
  CHECK(format_cents(-123456) == "-1234.56");
  CHECK(format_cents(std::numeric_limits<Cents>::min()) == "-92233720368547758.08");
}

TEST_CASE("money: format_money shows the currency") {
  CHECK(format_money(1250, "EUR") == "€12.50");
  CHECK(format_money(1250, "GBP") == "£12.50");
  CHECK(format_money(99, "USD") == "$0.99");
  CHECK(format_money(1250, "CHF") == "CHF 12.50");
  CHECK(format_money(-300, "CHF") == "-CHF 3.00");
  CHECK(format_money(-5, "EUR") == "-€0.05");
  CHECK(format_money(1250, "") == "12.50");
}
