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
  CHECK(format_money(1250, "MYR") == "RM12.50");
}

TEST_CASE("money: format_money groups thousands, as English and Malay screens both write them") {
  CHECK(format_money(123450, "MYR") == "RM1,234.50");
  CHECK(format_money(99999, "EUR") == "€999.99");
  CHECK(format_money(100000, "EUR") == "€1,000.00");
  CHECK(format_money(-123456789, "CHF") == "-CHF 1,234,567.89");
  CHECK(format_money(100000000000, "") == "1,000,000,000.00");
  // format_cents stays plain: messages and files that say which money they mean.
  CHECK(format_cents(123450) == "1234.50");
}

TEST_CASE("money: typed amounts are read in major units, and anything else is refused") {
  CHECK(parse_money("12") == 1200);
  CHECK(parse_money("12.5") == 1250);
  CHECK(parse_money(" 12.50 ") == 1250);
  CHECK(parse_money("0.05") == 5);
  CHECK(parse_money(".5") == 50);
  CHECK(parse_money("-3") == -300);
  CHECK(parse_money("1,250.00") == 125000);
  CHECK(parse_money("12.") == 1200);
  CHECK_FALSE(parse_money(""));
  CHECK_FALSE(parse_money("-"));
  CHECK_FALSE(parse_money("."));
  CHECK_FALSE(parse_money("12.505"));
  CHECK_FALSE(parse_money("€12"));
  CHECK_FALSE(parse_money("12a"));
  CHECK_FALSE(parse_money("1.2.3"));
  CHECK_FALSE(parse_money(",5"));
  CHECK_FALSE(parse_money("99999999999999999999"));
}
