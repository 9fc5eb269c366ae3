#include "app/derived/derived.hpp"

#include <variant>

namespace mend::app {

void Derived::rebuild(const Book& book, TimeMs now) {
  now_ = now;
  queue_.clear();
  states_.clear();
  customers_.clear();
  ledger_ = Ledger{};
  // One pass, each case decoded once for its row, its customer and the ledger.
  for (const Case& c : book.cases) {
    refresh_case(book, c, false);
    ledger_.add_case(book.settings, c);
  }
}

void Derived::refresh_case(const Book& book, const Case& c, bool keep) {
  const Opened* opened = case_opened(c);
  if (!opened) return;  // not a case the workflow made; nothing to show
  CaseState state = fold_case(c);
  customers_.add(opened->customer.contact, state.opened_at, c.id);
  queue_.put(make_queue_row(book, state, now_));
  if (keep || state.open) states_.insert_or_assign(c.id, std::move(state));
}

void Derived::keep_state(const Book& book, std::string_view case_id) {
  if (states_.count(std::string(case_id)) == 1) return;
  if (const auto c = find_case(book, case_id); c && case_opened(*c))
    states_.emplace(c->id, fold_case(*c));
}

void Derived::event_applied(const Book& book, const Event& e, TimeMs now) {
  advance(book, now);
  const auto c = find_case(book, e.case_id);
  if (!c) return;
  refresh_case(book, *c, true);
  ledger_.apply_event(book.settings, *c, e);  // only grants and reversals change it
}

void Derived::advance(const Book& book, TimeMs now) {
  if (now < now_) {  // the device clock went back: any row may read differently
    now_ = now;
    for (const Case& c : book.cases) refresh_case(book, c, false);
    return;
  }
  now_ = now;
  if (queue_.next_change() > now) return;
  // Only open cases have running clocks, and every open case's state is kept.
  for (const std::string& id : queue_.due(now)) {
    auto it = states_.find(id);
    if (it != states_.end()) {
      queue_.put(make_queue_row(book, it->second, now));
    } else if (const auto c = find_case(book, id)) {
      refresh_case(book, *c, false);
    }
  }
}

const CaseState* Derived::case_state(std::string_view case_id) const {
  auto it = states_.find(std::string(case_id));
  return it == states_.end() ? nullptr : &it->second;
}

}  // namespace mend::app
