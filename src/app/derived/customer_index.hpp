// Each customer's cases, found by contact (and, for the intake's "seen this
// customer before", by name): "failed this customer N times before" becomes
// a lookup instead of a scan of every case.
#pragma once
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/model/model.hpp"

namespace mend::app {

struct CustomerCase {
  TimeMs opened_at = 0;
  std::string case_id;
  bool operator==(const CustomerCase&) const = default;
};

class CustomerIndex {
 public:
  void clear() {
    by_contact_.clear();
    by_name_.clear();
  }
  // Records a case of the customer with this contact (an empty or
  // unreadable contact is not indexed: it matches nobody).
  void add(std::string_view contact, TimeMs opened_at, std::string case_id);
  // The case no longer belongs under this contact and name (its customer was
  // anonymised: it is filed under the pseudonym now).
  void remove(std::string_view contact, std::string_view name, std::string_view case_id);
  // The customer's cases, oldest first (ties by case id), as prior_failures
  // orders them: with the book's pseudonym key set, their anonymised cases
  // too (core/privacy/anonymise.hpp).
  std::vector<CustomerCase> cases_of(std::string_view contact) const;
  // Settings::pseudonym_key, which links a contact to its anonymised cases.
  void set_pseudonym_key(const std::string& key) {
    if (key != key_) key_ = key;
  }
  // How many of them were opened before `before` (prior_failures' count).
  std::size_t count_before(std::string_view contact, TimeMs before) const;

  // The same by name (normalise_name: case and spacing do not matter). A
  // name says less than a contact (two Ana Silvas), so the intake shows it
  // as "the same name"; prior_failures counts by contact only.
  void add_name(std::string_view name, TimeMs opened_at, std::string case_id);
  std::span<const CustomerCase> cases_named(std::string_view name) const;

 private:
  std::unordered_map<std::string, std::vector<CustomerCase>> by_contact_;  // normalised contact
  std::unordered_map<std::string, std::vector<CustomerCase>> by_name_;     // normalised name
  std::string key_;
};

}  // namespace mend::app
