// Lists the case screen and the Follow-ups screen draw, kept in step with the
// book one case at a time (Derived::refresh_case), never rebuilt per frame:
// the follow-ups still to make, and the root causes named so far.
#pragma once
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/case/case_state.hpp"

namespace mend::app {

struct FollowUpRow {
  std::string case_id;
  std::string reference;
  std::string customer;  // the name, or the contact when there is no name
  TimeMs due = 0;
  std::string note;
};

// Open cases with a follow-up scheduled and not yet done, earliest due first.
class FollowUpList {
 public:
  void clear();
  // Puts, replaces or removes the case's row from its folded state.
  void update(const CaseState& state);
  // Earliest due first; ties by case id.
  const std::set<std::pair<TimeMs, std::string>>& by_due() const { return order_; }
  const FollowUpRow* find(std::string_view case_id) const;
  std::size_t size() const { return rows_.size(); }

 private:
  std::unordered_map<std::string, FollowUpRow> rows_;  // by case id
  std::set<std::pair<TimeMs, std::string>> order_;     // (due, case id)
};

// The root causes earlier cases named (their latest Analysis), most common
// first: the case screen offers them as suggestions.
class KnownCauses {
 public:
  void clear();
  void update(const CaseState& state);
  const std::vector<std::string>& most_common_first() const { return ranked_; }

 private:
  void rank();
  std::unordered_map<std::string, std::string> cause_of_;  // case id -> cause
  std::map<std::string, int> counts_;                      // cause -> cases naming it
  std::vector<std::string> ranked_;
};

}  // namespace mend::app
