#include "app/derived/customer_index.hpp"

#include <algorithm>
#include <iterator>

#include "core/base/text.hpp"
#include "core/case/case_state.hpp"
#include "core/privacy/anonymise.hpp"

namespace mend::app {
namespace {

bool earlier(const CustomerCase& a, const CustomerCase& b) {
  return a.opened_at != b.opened_at ? a.opened_at < b.opened_at : a.case_id < b.case_id;
}

void insert_once(std::vector<CustomerCase>& cases, CustomerCase entry) {
  auto at = std::upper_bound(cases.begin(), cases.end(), entry, earlier);
  if (at != cases.begin() && std::prev(at)->case_id == entry.case_id) return;  // already there
  cases.insert(at, std::move(entry));
}

}  // namespace

void CustomerIndex::add(std::string_view contact, TimeMs opened_at, std::string case_id) {
  std::string key = normalise_contact(contact);
  if (key.empty()) return;
  insert_once(by_contact_[std::move(key)], CustomerCase{opened_at, std::move(case_id)});
}

void CustomerIndex::remove(std::string_view contact, std::string_view name,
                           std::string_view case_id) {
  auto drop = [case_id](auto& map, const std::string& key) {
    auto it = map.find(key);
    if (it == map.end()) return;
    std::erase_if(it->second, [case_id](const CustomerCase& c) { return c.case_id == case_id; });
    if (it->second.empty()) map.erase(it);
  };
  const std::string contact_key = normalise_contact(contact);
  if (!contact_key.empty()) drop(by_contact_, contact_key);
  const std::string name_key = normalise_name(name);
  if (!name_key.empty()) drop(by_name_, name_key);
}

void CustomerIndex::add_name(std::string_view name, TimeMs opened_at, std::string case_id) {
  std::string key = normalise_name(name);
  if (key.empty()) return;
  insert_once(by_name_[std::move(key)], CustomerCase{opened_at, std::move(case_id)});
}

std::span<const CustomerCase> CustomerIndex::cases_named(std::string_view name) const {
  const std::string key = normalise_name(name);
  if (key.empty()) return {};
  auto it = by_name_.find(key);
  if (it == by_name_.end()) return {};
  return it->second;
}

std::vector<CustomerCase> CustomerIndex::cases_of(std::string_view contact) const {
  const std::string key = normalise_contact(contact);
  if (key.empty()) return {};
  std::vector<CustomerCase> out;
  if (auto it = by_contact_.find(key); it != by_contact_.end()) out = it->second;
  // Anonymised cases are filed under the contact's pseudonym.
  if (!key_.empty() && !is_pseudonym(key))
    if (auto it = by_contact_.find(pseudonym(key_, key)); it != by_contact_.end())
      for (const CustomerCase& c : it->second) insert_once(out, c);
  return out;
}

std::size_t CustomerIndex::count_before(std::string_view contact, TimeMs before) const {
  const auto cases = cases_of(contact);
  return static_cast<std::size_t>(
      std::lower_bound(cases.begin(), cases.end(), before,
                       [](const CustomerCase& c, TimeMs t) { return c.opened_at < t; }) -
      cases.begin());
}

}  // namespace mend::app
