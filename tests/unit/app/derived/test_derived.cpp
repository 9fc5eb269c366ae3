// The derived views (queue rows, case states, customer index, ledger) kept
// in step event by event must equal a from-scratch recomputation with the
// core's own functions, at every step and as time passes.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/app.hpp"
#include "app/derived/derived.hpp"
#include "core/case/workflow.hpp"
#include "core/sample/sample.hpp"
#include "core/store/memory_store.hpp"

using namespace mend;
using namespace mend::app;

namespace {

constexpr TimeMs kMinute = 60'000, kHour = 60 * kMinute;

void check_same_state(const CaseState& a, const CaseState& b) {
  CHECK(a.case_id == b.case_id);
  CHECK(a.customer == b.customer);
  CHECK(a.channel == b.channel);
  CHECK(a.category == b.category);
  CHECK(a.customer_words == b.customer_words);
  CHECK(a.customer_wants == b.customer_wants);
  CHECK(a.taken_by == b.taken_by);
  CHECK(a.reference == b.reference);
  CHECK(a.severity == b.severity);
  CHECK(a.playbook_id == b.playbook_id);
  CHECK(a.playbook_version == b.playbook_version);
  REQUIRE(a.steps.size() == b.steps.size());
  for (std::size_t i = 0; i < a.steps.size(); ++i)
    CHECK(a.steps[i].event_id == b.steps[i].event_id);
  CHECK(a.notes == b.notes);
  CHECK(a.offers.size() == b.offers.size());
  CHECK(a.approvals.size() == b.approvals.size());
  REQUIRE(a.grants.size() == b.grants.size());
  for (std::size_t i = 0; i < a.grants.size(); ++i) {
    CHECK(a.grants[i].event_id == b.grants[i].event_id);
    CHECK(a.grants[i].reversed == b.grants[i].reversed);
  }
  CHECK(a.total_cost == b.total_cost);
  CHECK(a.total_value == b.total_value);
  CHECK(a.follow_ups.size() == b.follow_ups.size());
  CHECK(a.follow_up_done_at == b.follow_up_done_at);
  CHECK(a.outcome == b.outcome);
  CHECK(a.outcome_at == b.outcome_at);
  CHECK(a.analysis == b.analysis);
  CHECK(a.open == b.open);
  CHECK(a.opened_at == b.opened_at);
  CHECK(a.first_response_at == b.first_response_at);
  CHECK(a.recovered_at == b.recovered_at);
  CHECK(a.closed_at == b.closed_at);
  CHECK(a.reopen_count == b.reopen_count);
  CHECK(a.last_event_at == b.last_event_at);
}

void check_same_ledger(const Ledger& a, const Ledger& b) {
  REQUIRE(a.items.size() == b.items.size());
  for (const auto& [id, use] : a.items) {
    REQUIRE(b.items.count(id) == 1);
    CHECK(use.quantity == b.items.at(id).quantity);
    CHECK(use.cost == b.items.at(id).cost);
  }
  CHECK(a.own_per_day == b.own_per_day);
}

// Everything the views read, recomputed from the book with the core's
// functions and compared with what was kept up to date.
void check_against_core(const Derived& d, const Book& book, TimeMs now) {
  REQUIRE(d.queue().size() == book.cases.size());
  // "Failed before", recomputed the slow way: contacts mapped to opening times.
  std::map<std::string, std::vector<TimeMs>> openings;
  for (const Case& c : book.cases)
    if (const Opened* o = case_opened(c))
      openings[normalise_contact(o->customer.contact)].push_back(c.events.front().at);
  for (auto& [contact, times] : openings) std::sort(times.begin(), times.end());

  for (std::size_t i = 0; i < book.cases.size(); ++i) {
    const Case c = book.cases.at(book.cases.size() - 1 - i);  // the queue is newest first
    const QueueRow& row = d.queue().newest_first(i);
    CAPTURE(c.id);
    REQUIRE(row.case_id == c.id);
    const Opened* opened = case_opened(c);
    REQUIRE(opened);
    const CaseState fresh = fold_case(c);
    const CaseState* kept = d.case_state(c.id);
    if (fresh.open) REQUIRE(kept);  // open cases' clocks run: their states are always kept
    if (kept) check_same_state(*kept, fresh);

    CHECK(row.reference == opened->reference);
    CHECK(row.customer ==
          (opened->customer.name.empty() ? opened->customer.contact : opened->customer.name));
    CHECK(row.kind == opened->category);
    CHECK(row.severity == opened->severity);
    CHECK(row.opened_at == c.events.front().at);
    CHECK(row.open == fresh.open);
    const CaseClocks clocks = case_clocks(book, c, now);
    const auto urgent = most_urgent_clock(clocks);
    REQUIRE(row.clock.has_value() == urgent.has_value());
    if (urgent) {
      CHECK(row.clock->kind == urgent->kind);
      CHECK(row.clock->due == urgent->clock->due);
      CHECK(row.clock->status == urgent->clock->status);
      CHECK(row.clock->at(now).remaining == urgent->clock->remaining);
    }

    const std::string key = normalise_contact(opened->customer.contact);
    std::size_t before = 0;
    if (!key.empty()) {
      const auto& times = openings[key];
      before = static_cast<std::size_t>(
          std::lower_bound(times.begin(), times.end(), fresh.opened_at) - times.begin());
    }
    CHECK(d.prior_failures(fresh) == before);
    if (i % 25 == 0) CHECK(d.prior_failures(fresh) == prior_failures(book, c).size());
  }
  check_same_ledger(d.ledger(), Ledger::from_book(book));
}

struct Replay {
  Book book;
  std::vector<Event> rest;  // in id (time) order
  TimeMs last_at = 0;
};

// The sample book cut in time: the first `share` of its events make the
// book, the rest are replayed one by one.
Replay split_sample(int cases, double share) {
  const Book sample = make_sample_book(cases, 2026);
  std::vector<Event> all;
  for (const Case& c : sample.cases) all.insert(all.end(), c.events.begin(), c.events.end());
  std::sort(all.begin(), all.end(), [](const Event& a, const Event& b) { return a.id < b.id; });
  const auto cut = static_cast<std::size_t>(static_cast<double>(all.size()) * share);
  store::BookBuilder builder;
  store::LoadChunk chunk;
  chunk.events.assign(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(cut));
  builder.add(std::move(chunk));
  Replay r;
  r.book = std::move(builder).finish().book;
  Book setup = make_sample_setup();
  setup.cases = std::move(r.book.cases);
  r.book = std::move(setup);
  r.rest.assign(all.begin() + static_cast<std::ptrdiff_t>(cut), all.end());
  r.last_at = all.back().at;
  return r;
}

}  // namespace

TEST_CASE("derived: a 2,000-case book opened through the store matches the core") {
  const Book sample = make_sample_book(2000, 17);
  TimeMs last = 0;
  for (const Case& c : sample.cases) last = std::max(last, c.events.back().at);
  store::MemoryStore store(5000);
  store.write(store::batch_of(sample), [](const Status& s) { REQUIRE(s.ok()); });
  SeededRandom random(5);
  App app(store, random);
  const TimeMs now = last + 30 * kMinute;
  app.tick(now);
  // A large book is prepared over several ticks (a time budget each), so
  // however slow the machine, tick until it is open.
  for (int ticks = 0; app.state().storage.opening && ticks < 100000; ++ticks) {
    store.run_pending();
    app.tick(now);
  }
  REQUIRE_FALSE(app.state().storage.opening);
  REQUIRE(app.state().book.cases.size() == 2000);
  check_against_core(app.state().derived, app.state().book, now);

  // A closed case's state is folded when it is shown, not kept for every case.
  std::optional<Case> closed;
  for (const Case& c : sample.cases)
    if (!closed && !fold_case(c).open) closed = c;
  REQUIRE(closed);
  CHECK(app.state().derived.case_state(closed->id) == nullptr);
  app.apply({RequestShowCase{closed->id}});
  REQUIRE(app.state().derived.case_state(closed->id) != nullptr);
  check_same_state(*app.state().derived.case_state(closed->id), fold_case(*closed));

  // New cases for customers the book already knows: the history index finds them.
  int with_history = 0;
  for (int i = 0; i < 40; ++i) {
    const Case earlier = sample.cases.at(static_cast<std::size_t>(i) * 37);
    const Opened* known = case_opened(earlier);
    app.tick(now + i * kMinute);
    IntakeData d;
    d.customer_name = known->customer.name;
    d.contact = known->customer.contact;
    app.apply({RequestOpenCase{d}});
    REQUIRE(std::holds_alternative<CaseOpened>(*app.state().banner));
    const CaseState* opened = app.state().derived.case_state(app.state().selected_case);
    REQUIRE(opened);
    with_history += app.state().derived.prior_failures(*opened) > 0 ? 1 : 0;
  }
  CHECK(with_history > 0);
  check_against_core(app.state().derived, app.state().book, now + 39 * kMinute);
}

TEST_CASE("derived: kept event by event, every snapshot equals a recomputation") {
  Replay r = split_sample(2000, 0.95);
  REQUIRE(r.rest.size() > 500);
  TimeMs now = r.rest.front().at;
  Derived kept;
  kept.rebuild(r.book, now);
  check_against_core(kept, r.book, now);
  std::size_t applied = 0;
  for (const Event& e : r.rest) {
    now = std::max(now, e.at);
    REQUIRE(append_event(r.book, e).ok());
    kept.event_applied(r.book, e, now);
    if (++applied % 200 == 0) {
      CAPTURE(applied);
      Derived fresh;
      fresh.rebuild(r.book, now);
      CHECK(kept.queue().by_case_id() == fresh.queue().by_case_id());
      CHECK(kept.queue().next_change() == fresh.queue().next_change());
    }
  }
  check_against_core(kept, r.book, now);
}

TEST_CASE("derived: rows follow the clocks as time passes, touching only the rows that change") {
  Replay r = split_sample(600, 1.0);
  TimeMs now = r.last_at - 2 * 24 * kHour;  // the newest cases' clocks are still running
  Derived kept;
  kept.rebuild(r.book, now);
  int crossings = 0;
  for (int step = 0; step < 200; ++step) {
    const TimeMs next = kept.queue().next_change();
    if (next == kNever) break;
    // Just before the next deadline nothing has changed yet; at it, the row does.
    kept.advance(r.book, next - 1);
    const std::vector<QueueRow> before = kept.queue().by_case_id();
    kept.advance(r.book, next);
    ++crossings;
    Derived fresh;
    fresh.rebuild(r.book, next);
    REQUIRE(kept.queue().by_case_id() == fresh.queue().by_case_id());
    std::size_t changed = 0;
    for (std::size_t i = 0; i < before.size(); ++i)
      changed += before[i] == kept.queue().by_case_id()[i] ? 0 : 1;
    CHECK(changed >= 1);
    CHECK(changed <= 3);  // only the rows whose deadline this was
    now = next;
  }
  CHECK(crossings > 10);
  check_against_core(kept, r.book, now);

  // The device clock going back redraws every row for the earlier time.
  kept.advance(r.book, now - 6 * kHour);
  Derived fresh;
  fresh.rebuild(r.book, now - 6 * kHour);
  CHECK(kept.queue().by_case_id() == fresh.queue().by_case_id());
}

TEST_CASE("derived: a new case's row turns overdue the moment its first response is due") {
  Book book = make_sample_setup();
  SeededRandom random(8);
  const TimeMs t0 = 1'790'000'000'000;
  Event e;
  e.id = new_id(t0, random);
  e.case_id = e.id;
  e.at = t0;
  e.actor = "staff";
  Opened o;
  o.customer.name = "Ana";
  o.category = "billing";
  o.playbook_id = "three-step";
  o.reference = "M-7KQ2";
  e.payload = o;
  Derived d;
  d.rebuild(book, t0);
  REQUIRE(append_event(book, e).ok());
  d.event_applied(book, e, t0);
  REQUIRE(d.queue().size() == 1);
  const TimeMs due = t0 + book.settings.first_response_seconds * 1000LL;
  const QueueRow& row = d.queue().newest_first(0);
  REQUIRE(row.clock);
  CHECK(row.clock->kind == ClockKind::FirstResponse);
  CHECK(row.clock->status == ClockStatus::Pending);
  CHECK(row.next_change == due + 1);
  d.advance(book, due);
  CHECK(d.queue().newest_first(0).clock->status == ClockStatus::Pending);
  d.advance(book, due + 1);
  CHECK(d.queue().newest_first(0).clock->status == ClockStatus::Overdue);
  CHECK(d.queue().newest_first(0).clock->kind == ClockKind::FirstResponse);
  CHECK(d.queue().next_change() == t0 + book.settings.recovery_seconds * 1000LL + 1);
}
