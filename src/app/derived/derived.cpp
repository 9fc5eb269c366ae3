#include "app/derived/derived.hpp"

#include <algorithm>
#include <type_traits>
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
  customers_.set_pseudonym_key(book.settings.pseudonym_key);
  const std::size_t end = std::min(book.cases.size(), rebuilt_ + max_cases);
  for (; rebuilt_ < end; ++rebuilt_) rebuild_case(book, rebuilt_);
  return rebuilt_ == book.cases.size();
}

// An open case is decoded and folded whole (its clocks run). A closed one,
// most of a large book, has no running clock: its row needs only its Opened
// event and the ledger only its grants and reversals, so only those are
// decoded. Same rows and ledger as folding every case
// (tests/unit/app/test_opening.cpp).
void Derived::rebuild_case(const Book& book, std::size_t i) {
  scratch_.id.assign(book.cases.id(i));
  const std::string_view case_bytes = book.cases.bytes(i);
  std::string_view opened_body;
  bool open = false;
  grant_bodies_.clear();
  const bool readable =
      bytes::each_event_type(case_bytes, [&](std::size_t type, std::string_view body) {
        if (type == payload_index<Opened>()) {
          opened_body = body;
          open = true;
        } else if (type == payload_index<Closed>()) {
          open = false;
        } else if (type == payload_index<Reopened>()) {
          open = true;
        } else if (type == payload_index<Anonymised>()) {
          open = false;  // an anonymised case is closed for good
        } else if (type == payload_index<Granted>() || type == payload_index<GrantReversed>()) {
          grant_bodies_.push_back(body);
        }
      });
  if (!readable || opened_body.empty() || open) {
    if (!bytes::decode_case_events_into(case_bytes, scratch_.id, scratch_.events).ok())
      return;  // cannot happen: the table checks what it is given
    refresh_case(book, scratch_, false);
    ledger_.add_case(book.settings, scratch_);
    return;
  }
  scratch_.events.resize(grant_bodies_.size() + 1);
  for (std::size_t g = 0; g < grant_bodies_.size(); ++g) {
    bytes::ByteReader r(grant_bodies_[g], "event");
    if (!bytes::read_event_body(r, scratch_.id, scratch_.events[g])) return;
  }
  Event& e = scratch_.events.back();
  bytes::ByteReader r(opened_body, "event");
  if (!bytes::read_event_body(r, scratch_.id, e)) return;
  const Opened& o = std::get<Opened>(e.payload);
  customers_.add(o.customer.contact, e.at, scratch_.id);
  customers_.add_name(o.customer.name, e.at, scratch_.id);
  queue_.put(closed_queue_row(scratch_.id, o, e.at));
  // add_case reads only grants and reversals; the Opened event is ignored.
  ledger_.add_case(book.settings, scratch_);
}

void Derived::refresh_case(const Book& book, const Case& c, bool keep) {
  const Opened* opened = case_opened(c);
  if (!opened) return;  // not a case the workflow made; nothing to show
  CaseState state = fold_case(c);
  customers_.add(opened->customer.contact, state.opened_at, c.id);
  customers_.add_name(opened->customer.name, state.opened_at, c.id);
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
  customers_.set_pseudonym_key(book.settings.pseudonym_key);
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
