// What the views draw, derived from the book once and then kept in step with
// it: updated for each appended event (that case only) and when a clock
// crosses a deadline, never recomputed per frame. A view may read anything
// here every frame; the cost does not grow with the book.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "app/derived/case_lists.hpp"
#include "app/derived/customer_index.hpp"
#include "app/derived/queue_rows.hpp"
#include "core/case/case_state.hpp"
#include "core/compensation/authority.hpp"
#include "core/model/model.hpp"

namespace mend::app {

class Derived {
 public:
  // From scratch: on opening a book (linear in its size).
  void rebuild(const Book& book, TimeMs now);
  // The same in steps, so opening a large book never stalls a frame for
  // long: start_rebuild, then rebuild_some until it returns true. Nothing
  // else may change the book or this meanwhile.
  void start_rebuild(TimeMs now);
  bool rebuild_some(const Book& book, std::size_t max_cases);
  std::size_t cases_rebuilt() const { return rebuilt_; }
  // After append_event(book, e) succeeded: refreshes e's case only.
  void event_applied(const Book& book, const Event& e, TimeMs now);
  // Time moved on: refreshes the rows whose clocks changed by themselves.
  void advance(const Book& book, TimeMs now);
  // Makes case_state(case_id) available (the app calls it when a case is shown).
  void keep_state(const Book& book, std::string_view case_id);

  const QueueRows& queue() const { return queue_; }
  // The folded state of a case, kept for every open case and every case shown
  // or changed since the book was opened (nullptr otherwise, or when there is
  // no such case). Closed cases nobody looks at are not kept: at 100,000
  // cases their states would double the memory the book takes.
  const CaseState* case_state(std::string_view case_id) const;
  const CustomerIndex& customers() const { return customers_; }
  // A case's customer was anonymised: it leaves their contact's and name's lists.
  void customer_removed(std::string_view contact, std::string_view name, std::string_view case_id) {
    customers_.remove(contact, name, case_id);
  }
  // Earlier cases of this case's customer (double deviation).
  std::size_t prior_failures(const CaseState& state) const {
    return customers_.count_before(state.customer.contact, state.opened_at);
  }
  // The follow-ups still to make, and the root causes named so far (case screen).
  const FollowUpList& follow_ups() const { return follow_ups_; }
  const KnownCauses& causes() const { return causes_; }
  // Stock, budgets and per-day authority used, across the whole book.
  const Ledger& ledger() const { return ledger_; }
  TimeMs now() const { return now_; }

 private:
  // Folds the case and updates its row and customer entry; keeps the state
  // when `keep` or the case is open.
  void refresh_case(const Book& book, const Case& c, bool keep);
  // rebuild_some's work for case i of the book.
  void rebuild_case(const Book& book, std::size_t i);

  QueueRows queue_;
  std::unordered_map<std::string, CaseState> states_;  // by case id; see case_state()
  CustomerIndex customers_;
  FollowUpList follow_ups_;
  KnownCauses causes_;
  Ledger ledger_;
  TimeMs now_ = 0;                              // the time rows were last brought up to date for
  std::size_t rebuilt_ = 0;                     // cases done by rebuild_some since start_rebuild
  Case scratch_;                                // rebuild_some's decoded case, its memory reused
  std::vector<std::string_view> grant_bodies_;  // rebuild_case's, its memory reused
};

}  // namespace mend::app
