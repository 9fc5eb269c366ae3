#include "core/base/text.hpp"

namespace mend {

std::string normalise_contact(std::string_view contact) {
  auto is_space = [](char ch) {
    return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\v';
  };
  while (!contact.empty() && is_space(contact.front())) contact.remove_prefix(1);
  while (!contact.empty() && is_space(contact.back())) contact.remove_suffix(1);
  std::string out;
  if (contact.find('@') != std::string_view::npos) {
    out.reserve(contact.size());
    for (char ch : contact)
      out += (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
    return out;
  }
  for (char ch : contact) {
    const bool leading_plus = ch == '+' && out.empty();
    if ((ch >= '0' && ch <= '9') || leading_plus) out += ch;
  }
  return out == "+" ? std::string() : out;
}

}  // namespace mend
