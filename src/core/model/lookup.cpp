#include "core/model/lookup.hpp"

#include <algorithm>

namespace mend {

const Case* find_case(const Book& book, std::string_view case_id) {
  auto it = std::lower_bound(book.cases.begin(), book.cases.end(), case_id,
                             [](const Case& c, std::string_view id) { return c.id < id; });
  return it != book.cases.end() && it->id == case_id ? &*it : nullptr;
}

Case* find_case(Book& book, std::string_view case_id) {
  return const_cast<Case*>(find_case(static_cast<const Book&>(book), case_id));
}

const Opened* case_opened(const Case& c) {
  if (c.events.empty()) return nullptr;
  return std::get_if<Opened>(&c.events.front().payload);
}

const Staff* find_staff(const Book& book, std::string_view staff_id) {
  for (const Staff& s : book.staff)
    if (s.id == staff_id) return &s;
  return nullptr;
}

const Role* role_of(const Book& book, std::string_view staff_id) {
  const Staff* s = find_staff(book, staff_id);
  if (!s) return nullptr;
  for (const Role& r : book.roles)
    if (r.id == s->role_id) return &r;
  return nullptr;
}

const CatalogItem* find_item(const Book& book, std::string_view item_id) {
  for (const CatalogItem& i : book.catalog)
    if (i.id == item_id) return &i;
  return nullptr;
}

}  // namespace mend
