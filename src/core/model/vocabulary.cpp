#include "core/model/vocabulary.hpp"

#include <cctype>

namespace mend {
namespace {

std::vector<Term> terms(std::initializer_list<std::pair<std::string_view, std::string_view>> list) {
  std::vector<Term> out;
  out.reserve(list.size());
  for (const auto& [id, label] : list)
    out.push_back(Term{std::string(id), std::string(label), false});
  return out;
}

std::vector<Term> failure_kinds(Trade trade) {
  switch (trade) {
    case Trade::Restaurant:
      return terms({{"wrong-order", "Wrong order"},
                    {"delay", "Long wait"},
                    {"food-quality", "Food not right"},
                    {"billing", "Billing mistake"},
                    {"broken-promise", "Booking not honoured"},
                    {"cleanliness", "Not clean"},
                    {"rude-staff", "Rude or careless moment"},
                    {"other", "Something else"}});
    case Trade::Hotel:
      return terms({{"room-not-ready", "Room not ready"},
                    {"noise", "Noise"},
                    {"cleanliness", "Room not clean"},
                    {"defective-product", "Something in the room broken"},
                    {"billing", "Billing mistake"},
                    {"broken-promise", "Booking not honoured"},
                    {"delay", "Long wait"},
                    {"rude-staff", "Rude or careless moment"},
                    {"other", "Something else"}});
    case Trade::HotelAndRestaurant:
      return terms({{"delay", "Long wait"},
                    {"billing", "Billing mistake"},
                    {"wrong-order", "Wrong order"},
                    {"room-not-ready", "Room not ready"},
                    {"noise", "Noise"},
                    {"defective-product", "Something broken"},
                    {"broken-promise", "Broken promise"},
                    {"repair-redo", "Repair must be redone"},
                    {"rude-staff", "Rude or careless moment"},
                    {"other", "Something else"}});
    case Trade::RepairShop:
      return terms({{"repair-redo", "Repair must be redone"},
                    {"delay", "Repair late"},
                    {"defective-product", "Part doesn't work"},
                    {"billing", "Billing mistake"},
                    {"broken-promise", "Broken promise"},
                    {"rude-staff", "Rude or careless moment"},
                    {"other", "Something else"}});
    case Trade::Shop:
      return terms({{"defective-product", "Faulty product"},
                    {"wrong-order", "Wrong item"},
                    {"delay", "Late delivery"},
                    {"billing", "Billing mistake"},
                    {"broken-promise", "Broken promise"},
                    {"rude-staff", "Rude or careless moment"},
                    {"other", "Something else"}});
    case Trade::General:
      break;
  }
  return terms({{"broken-promise", "Broken promise"},
                {"defective-product", "Product doesn't work"},
                {"billing", "Billing mistake"},
                {"repair-redo", "Repair must be redone"},
                {"delay", "Long delay"},
                {"rude-staff", "Rude or careless moment"},
                {"other", "Something else"}});
}

}  // namespace

Vocabulary default_vocabulary(Trade trade) {
  Vocabulary v;
  v.failure_kinds = failure_kinds(trade);
  v.channels = terms({{"counter", "At the counter"},
                      {"phone", "Phone"},
                      {"email", "E-mail"},
                      {"chat", "Chat"},
                      {"social", "Social media"},
                      {kKioskChannel, "Kiosk"}});
  v.segments = terms({{"new", "New customer"},
                      {"regular", "Regular"},
                      {"business", "Business account"},
                      {"vip", "VIP"}});
  v.value_tiers = terms({{"low", "Low"}, {"medium", "Medium"}, {"high", "High"}, {"top", "Top"}});
  return v;
}

const Term* find_term(const std::vector<Term>& terms, std::string_view id) {
  for (const Term& t : terms)
    if (t.id == id) return &t;
  return nullptr;
}

std::string term_label(const std::vector<Term>& terms, std::string_view id) {
  if (const Term* t = find_term(terms, id); t && !t->label.empty()) return t->label;
  return readable_id(id);
}

std::string readable_id(std::string_view id) {
  std::string out;
  out.reserve(id.size());
  for (char ch : id) out += (ch == '-' || ch == '_') ? ' ' : ch;
  if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

}  // namespace mend
