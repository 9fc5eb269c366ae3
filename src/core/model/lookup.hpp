// The book's look-ups: finding a case, a member of staff, their role, a
// catalog item by id. Cases are kept sorted by id, so finding one is a binary
// search (and decodes that case only); staff, roles and the catalog are short
// lists, searched in order.
#pragma once
#include <optional>
#include <string_view>

#include "core/model/model.hpp"

namespace mend {

// The case decoded (a copy: change the book through book.cases).
std::optional<Case> find_case(const Book& book, std::string_view case_id);

// The Opened payload of a case (nullptr when the first event is not Opened).
const Opened* case_opened(const Case& c);

const Staff* find_staff(const Book& book, std::string_view staff_id);
const Role* find_role(const Book& book, std::string_view role_id);
// The role of a member of staff (nullptr for an unknown id or role).
const Role* role_of(const Book& book, std::string_view staff_id);
// Whether this person may see the dashboard and change the business's own
// records (catalog, staff, roles, playbooks, settings). A book with no staff
// yet has nobody to ask, so anyone may. Retired staff, and staff whose role
// was retired, may not: retiring is how an owner takes that right away.
bool may_manage(const Book& book, std::string_view staff_id);
const CatalogItem* find_item(const Book& book, std::string_view item_id);

}  // namespace mend
