#include "app/derived/case_lists.hpp"

#include <algorithm>

namespace mend::app {

void FollowUpList::clear() {
  rows_.clear();
  order_.clear();
}

void FollowUpList::update(const CaseState& state) {
  if (auto it = rows_.find(state.case_id); it != rows_.end()) {
    order_.erase({it->second.due, state.case_id});
    rows_.erase(it);
  }
  if (!state.open) return;
  const FollowUpRecord* next = nullptr;
  for (const FollowUpRecord& f : state.follow_ups) {
    if (!f.done && (!next || f.due < next->due)) next = &f;
  }
  if (!next) return;
  const std::string& customer =
      state.customer.name.empty() ? state.customer.contact : state.customer.name;
  rows_.emplace(state.case_id,
                FollowUpRow{state.case_id, state.reference, customer, next->due, next->note});
  order_.emplace(next->due, state.case_id);
}

const FollowUpRow* FollowUpList::find(std::string_view case_id) const {
  auto it = rows_.find(std::string(case_id));
  return it == rows_.end() ? nullptr : &it->second;
}

void KnownCauses::clear() {
  cause_of_.clear();
  counts_.clear();
  ranked_.clear();
}

void KnownCauses::update(const CaseState& state) {
  const std::string cause = state.analysis ? state.analysis->root_cause : std::string();
  auto it = cause_of_.find(state.case_id);
  const std::string before = it == cause_of_.end() ? std::string() : it->second;
  if (before == cause) return;  // the common case: nothing to re-rank
  if (!before.empty() && --counts_[before] == 0) counts_.erase(before);
  if (cause.empty()) {
    cause_of_.erase(state.case_id);
  } else {
    cause_of_[state.case_id] = cause;
    ++counts_[cause];
  }
  rank();
}

void KnownCauses::rank() {
  ranked_.clear();
  for (const auto& [cause, count] : counts_) ranked_.push_back(cause);
  std::stable_sort(ranked_.begin(), ranked_.end(),
                   [this](const auto& a, const auto& b) { return counts_.at(a) > counts_.at(b); });
}

}  // namespace mend::app
