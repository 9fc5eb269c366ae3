#include "app/derived/derived.hpp"

#include <algorithm>
#include <variant>

#include "core/bytes/event_bytes.hpp"

namespace mend::app {

void Derived::rebuild(const Book& book, TimeMs now) {
  start_rebuild(now);
  rebuild_some(book, book.cases.size());
}

void Derived::start_rebuild(TimeMs now) {
  now_ = now;
  queue_.clear();
  states_.clear();
  customers_.clear();
  follow_ups_.clear();
  causes_.clear();
  ledger_ = Ledger{};
  rebuilt_ = 0;
}

bool Derived::rebuild_some(const Book& book, std::size_t max_cases) {
  const std::size_t end = std::min(book.cases.size(), rebuilt_ + max_cases);
  // Each case decoded once, into one scratch case whose memory is reused,
  // for its row, its customer and the ledger.
  for (; rebuilt_ < end; ++rebuilt_) {
    scratch_.id.assign(book.cases.id(rebuilt_));
    if (!bytes::decode_case_events_into(book.cases.bytes(rebuilt_), scratch_.id, scratch_.events)
             .ok())
      continue;  // cannot happen: the table checks what it is given
    refresh_case(book, scratch_, false);
    ledger_.add_case(book.settings, scratch_);
  }
  return rebuilt_ == book.cases.size();
}

void Derived::refresh_case(const Book& book, const Case& c, bool keep) {
  const Opened* opened = case_opened(c);
  if (!opened) return;  // not a case the workflow made; nothing to show
  CaseState state = fold_case(c);
  customers_.add(opened->customer.contact, state.opened_at, c.id);
  queue_.put(make_queue_row(book, state, now_));
  follow_ups_.update(state);
  causes_.update(state);
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
