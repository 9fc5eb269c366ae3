// The owner's editors' rules (issue 9): what makes a catalog item, a role, a
// member of staff, the settings or a playbook fit to save, and what happens
// when one is removed. The app asks these before it changes the book, so a
// refused edit changes nothing; each refusal is an Error whose `where` is the
// field as the book format names it ("cost", "per_day_limit",
// "vocabulary.failure_kinds[2].label"), so an editor shows it next to that
// field.
#pragma once
#include <string_view>

#include "core/base/result.hpp"
#include "core/model/model.hpp"

namespace mend {

// `is_new`: the record is being added (its id must be free); otherwise it
// replaces the record of the same id (which must exist).
Status check_catalog_item(const Book& book, const CatalogItem& item, bool is_new);
Status check_role(const Book& book, const Role& role, bool is_new);
Status check_staff(const Book& book, const Staff& staff, bool is_new);
Status check_settings(const Settings& settings);

// What removing a record does. History must still read: a record past cases
// refer to (an item granted, offered or approved; a member of staff who acted,
// asked or approved) or that staff hold (a role) is retired, not deleted.
enum class Removal { Delete, Retire };
Result<Removal> removal_of_item(const Book& book, std::string_view item_id);
Result<Removal> removal_of_role(const Book& book, std::string_view role_id);
Result<Removal> removal_of_staff(const Book& book, std::string_view staff_id);

// An id for a new record from its name: lower-case letters and digits joined
// by '-' ("Free dessert" -> "free-dessert"), made unique among `taken` by a
// "-2", "-3"... suffix; `fallback` when the name has no letters or digits.
std::string id_from_name(std::string_view name, std::string_view fallback,
                         const std::vector<std::string_view>& taken);

}  // namespace mend
