#include "core/base/text.hpp"

namespace mend {
namespace {

bool is_space(char ch) {
  return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\v';
}

}  // namespace

std::size_t characters(std::string_view text) {
  std::size_t n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;  // not a continuation
  return n;
}

std::size_t bytes_of_characters(std::string_view text, std::size_t limit) {
  if (text.size() <= limit) return text.size();  // never more characters than bytes
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;  // inside a character
    if (n == limit) return i;  // the (limit + 1)th character starts here
    ++n;
  }
  return text.size();
}

std::string trim(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return std::string(text);
}

std::string normalise_name(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  bool gap = false;
  for (char ch : trim(name)) {
    if (is_space(ch)) {
      gap = true;
      continue;
    }
    if (gap) out += ' ';
    gap = false;
    out += (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
  }
  return out;
}

std::string normalise_contact(std::string_view contact) {
  while (!contact.empty() && is_space(contact.front())) contact.remove_prefix(1);
  while (!contact.empty() && is_space(contact.back())) contact.remove_suffix(1);
  std::string out;
  // An anonymised case's pseudonym (privacy/anonymise.hpp) is its own normal form.
  if (contact.substr(0, 5) == "anon:") return std::string(contact);
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

bool is_key_id(std::string_view id) {
  if (id.empty()) return false;
  for (char ch : id)
    if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-')) return false;
  return true;
}

}  // namespace mend
