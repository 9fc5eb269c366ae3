#include "core/base/money.hpp"

namespace mend {
namespace {

struct CurrencySymbol {
  std::string_view code, symbol;
};
constexpr CurrencySymbol kSymbols[] = {{"EUR", "€"}, {"GBP", "£"}, {"USD", "$"}};

// Work on the magnitude in unsigned so the most negative value cannot overflow.
std::string unsigned_amount(Cents c) {
  const std::uint64_t m = c < 0 ? 0 - static_cast<std::uint64_t>(c) : static_cast<std::uint64_t>(c);
  const std::uint64_t cents = m % 100;
  return std::to_string(m / 100) + (cents < 10 ? ".0" : ".") + std::to_string(cents);
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
  return out + unsigned_amount(c);
}

}  // namespace mend
