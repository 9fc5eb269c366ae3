#include "core/model/lookup.hpp"

namespace mend {

std::optional<Case> find_case(const Book& book, std::string_view case_id) {
  const std::optional<std::size_t> i = book.cases.index_of(case_id);
  if (!i) return std::nullopt;
  return book.cases.at(*i);
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

const Role* find_role(const Book& book, std::string_view role_id) {
  for (const Role& r : book.roles)
    if (r.id == role_id) return &r;
  return nullptr;
}

const Role* role_of(const Book& book, std::string_view staff_id) {
  const Staff* s = find_staff(book, staff_id);
  return s ? find_role(book, s->role_id) : nullptr;
}

bool may_manage(const Book& book, std::string_view staff_id) {
  if (book.staff.empty()) return true;
  const Staff* s = find_staff(book, staff_id);
  const Role* role = s ? find_role(book, s->role_id) : nullptr;
  return s && !s->retired && role && !role->retired && role->can_manage;
}

const CatalogItem* find_item(const Book& book, std::string_view item_id) {
  for (const CatalogItem& i : book.catalog)
    if (i.id == item_id) return &i;
  return nullptr;
}

}  // namespace mend
