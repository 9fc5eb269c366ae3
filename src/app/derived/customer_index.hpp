// Each customer's cases, found by contact: "failed this customer N times
// before" becomes a lookup instead of a scan of every case.
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
  void clear() { by_contact_.clear(); }
  // Records a case of the customer with this contact (an empty or
  // unreadable contact is not indexed: it matches nobody).
  void add(std::string_view contact, TimeMs opened_at, std::string case_id);
  // The customer's cases, oldest first (ties by case id), as prior_failures
  // orders them.
  std::span<const CustomerCase> cases_of(std::string_view contact) const;
  // How many of them were opened before `before` (prior_failures' count).
  std::size_t count_before(std::string_view contact, TimeMs before) const;

 private:
  std::unordered_map<std::string, std::vector<CustomerCase>> by_contact_;  // normalised contact
};

}  // namespace mend::app
