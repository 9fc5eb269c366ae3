#include "core/base/money.hpp"

#include <algorithm>

namespace mend {
namespace {

struct CurrencySymbol {
  std::string_view code, symbol;
};
// Ringgit is written "RM" before the amount, with no space, in Malaysia.
constexpr CurrencySymbol kSymbols[] = {{"EUR", "€"}, {"GBP", "£"}, {"MYR", "RM"}, {"USD", "$"}};

// Work on the magnitude in unsigned so the most negative value cannot overflow.
std::string unsigned_amount(Cents c) {
  const std::uint64_t m = c < 0 ? 0 - static_cast<std::uint64_t>(c) : static_cast<std::uint64_t>(c);
  const std::uint64_t cents = m % 100;
  return std::to_string(m / 100) + (cents < 10 ? ".0" : ".") + std::to_string(cents);
}

// "1234567.50" -> "1,234,567.50": the grouping English and Malay (Malaysia)
// both write; a screen's amounts read at a glance.
std::string grouped(std::string plain) {
  const std::size_t point = plain.find('.');
  for (std::size_t at = point == std::string::npos ? plain.size() : point; at > 3;) {
    at -= 3;
    plain.insert(at, 1, ',');
  }
  return plain;
}

}  // namespace

std::string format_cents(Cents c) {
  return (c < 0 ? "-" : "") + unsigned_amount(c);
}

std::string format_money(Cents c, std::string_view currency) {
  std::string out = c < 0 ? "-" : "";
  if (!currency.empty()) {
    std::string_view prefix;
    for (const CurrencySymbol& s : kSymbols)
      if (s.code == currency) prefix = s.symbol;
    if (prefix.empty()) {
      out += currency;
      out += ' ';
    } else {
      out += prefix;
    }
  }
  return out + grouped(unsigned_amount(c));
}

std::optional<Cents> parse_money(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  const bool negative = !text.empty() && text.front() == '-';
  if (negative) text.remove_prefix(1);
  constexpr Cents kMax = 1'000'000'000'000'000;  // 1e13 in major units
  Cents cents = 0;
  int digits = 0, decimals = -1;  // decimals: -1 before the point
  for (char c : text) {
    if (c == ',' && decimals < 0 && digits > 0) continue;
    if (c == '.' && decimals < 0) {
      decimals = 0;
      continue;
    }
    if (c < '0' || c > '9' || decimals == 2) return std::nullopt;
    cents = cents * 10 + (c - '0');
    if (cents > kMax) return std::nullopt;
    ++digits;
    if (decimals >= 0) ++decimals;
  }
  if (digits == 0) return std::nullopt;
  for (int d = std::max(decimals, 0); d < 2; ++d) cents *= 10;
  return negative ? -cents : cents;
}

}  // namespace mend
