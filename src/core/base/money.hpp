// Money in Mend: integers in minor units (cents) of the book's currency, never
// floating point, and the one way to show an amount.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace mend {

using Cents = std::int64_t;  // money in minor units of Settings::currency

// "12.50", "-0.05": minor units as a plain decimal, no currency sign. For
// messages that already say which money they mean.
std::string format_cents(Cents c);

// The amount with its currency, for screens and reports:
//   EUR -> "€12.50", GBP -> "£12.50", MYR -> "RM12.50", USD -> "$12.50" (the
//   symbol alone is unambiguous where Mend is used); any other code ->
//   "CHF 12.50"; an empty code -> "12.50". A minus sign goes first: "-€0.05",
//   "-CHF 3.00". Thousands are grouped with commas, as English and Malay
//   (Malaysia) both write them: "RM1,234.50".
// Every currency is shown with two decimals, as amounts are kept in cents;
// currencies without minor units (JPY) would need a digits table here.
std::string format_money(Cents c, std::string_view currency);

// An amount typed by a person, in major units: "12", "12.5", "12.50", "-3",
// " 1,250.00 " (spaces around it and thousands commas allowed). Nothing else:
// no currency sign, at most two decimals, at most 1e13. nullopt when it is not
// such an amount (an editor says so beside the field).
std::optional<Cents> parse_money(std::string_view text);

}  // namespace mend
