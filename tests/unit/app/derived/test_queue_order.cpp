// The queue as staff see it: most urgent first by default, any column's
// sort, the filters and the search, rebuilt only when something changed, and
// the choice kept as a preference across sessions.
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "app/app.hpp"
#include "app/derived/queue_order.hpp"
#include "core/sample/sample.hpp"
#include "core/store/memory_store.hpp"

using namespace mend;
using namespace mend::app;

namespace {

QueueRow row(std::string id, int severity, std::optional<RowClock> clock, bool open = true) {
  QueueRow r;
  r.case_id = id;
  r.reference = "M-" + id;
  r.customer = "Customer " + id;
  r.severity = severity;
  r.clock = clock;
  r.open = open;
  r.kind = "delay";
  r.search_key = search_folded(r.customer + "\n" + r.reference);
  return r;
}

RowClock clock_due(TimeMs due, bool overdue) {
  return RowClock{ClockKind::FirstResponse, 0, due,
                  overdue ? ClockStatus::Overdue : ClockStatus::Pending};
}

std::vector<std::string> shown(const QueueOrder& order, const QueueRows& rows) {
  std::vector<std::string> ids;
  for (std::size_t i = 0; i < order.size(); ++i) ids.push_back(order.row(rows, i).case_id);
  return ids;
}

QueueRows sample_rows() {
  QueueRows rows;
  rows.put(row("a", 1, clock_due(100, true)));
  rows.put(row("b", 1, clock_due(50, true)));
  rows.put(row("c", 1, clock_due(500, false)));
  rows.put(row("d", 5, clock_due(300, false)));
  rows.put(row("e", 5, std::nullopt, false));
  rows.put(row("f", 2, clock_due(300, false)));
  return rows;
}

}  // namespace

TEST_CASE("queue order: overdue first, then the nearest deadline, then severity") {
  const QueueRows rows = sample_rows();
  QueueOrder order;
  CHECK(order.refresh(Book{}, rows, QueueChoice{}, "staff"));
  CHECK(shown(order, rows) == std::vector<std::string>{"b", "a", "d", "f", "c", "e"});
  QueueChoice reversed;
  reversed.descending = true;
  order.refresh(Book{}, rows, reversed, "staff");
  CHECK(shown(order, rows) == std::vector<std::string>{"e", "c", "f", "d", "a", "b"});
}

TEST_CASE("queue order: sorts by a column, ties in urgency order") {
  const QueueRows rows = sample_rows();
  QueueOrder order;
  QueueChoice by_severity;
  by_severity.sort = QueueColumn::Severity;
  order.refresh(Book{}, rows, by_severity, "staff");
  CHECK(shown(order, rows) == std::vector<std::string>{"d", "e", "f", "b", "a", "c"});
  QueueChoice by_status;
  by_status.sort = QueueColumn::Status;
  order.refresh(Book{}, rows, by_status, "staff");
  CHECK(shown(order, rows).back() == "e");
}

TEST_CASE("queue order: filters by status, kind, overdue and mine, and searches every word") {
  QueueRows rows = sample_rows();
  QueueRow mine = row("g", 3, clock_due(900, false));
  mine.taken_by = "ana";
  mine.kind = "billing";
  mine.customer = "ZOË Núñez";
  mine.search_key = search_folded("ZOË Núñez\nzoe@example.com\nM-G\nCharged TWICE for one night");
  rows.put(mine);
  QueueOrder order;
  QueueChoice c;
  c.status = QueueStatusFilter::Closed;
  order.refresh(Book{}, rows, c, "ana");
  CHECK(shown(order, rows) == std::vector<std::string>{"e"});
  c = {};
  c.overdue_only = true;
  order.refresh(Book{}, rows, c, "ana");
  CHECK(shown(order, rows) == std::vector<std::string>{"b", "a"});
  c = {};
  c.mine_only = true;
  order.refresh(Book{}, rows, c, "ana");
  CHECK(shown(order, rows) == std::vector<std::string>{"g"});
  c = {};
  c.kind = "billing";
  order.refresh(Book{}, rows, c, "staff");
  CHECK(shown(order, rows) == std::vector<std::string>{"g"});
  for (const char* search : {"zoë", "ZOË", "twice night", "  m-g ", "zoe@EXAMPLE"}) {
    c = {};
    c.search = search;
    order.refresh(Book{}, rows, c, "staff");
    CHECK_MESSAGE(shown(order, rows) == std::vector<std::string>{"g"}, search);
  }
  c.search = "twice morning";
  order.refresh(Book{}, rows, c, "staff");
  CHECK(order.size() == 0);
}

TEST_CASE("queue order: rebuilt only when the rows, the choice or the staff changed") {
  QueueRows rows = sample_rows();
  QueueOrder order;
  CHECK(order.refresh(Book{}, rows, QueueChoice{}, "staff"));
  CHECK_FALSE(order.refresh(Book{}, rows, QueueChoice{}, "staff"));
  CHECK(order.refresh(Book{}, rows, QueueChoice{}, "ana"));
  rows.put(row("h", 1, clock_due(10, true)));
  CHECK(order.refresh(Book{}, rows, QueueChoice{}, "ana"));
  CHECK(shown(order, rows).front() == "h");
  CHECK(order.builds() == 3);
}

TEST_CASE("queue preference: round trip; damaged parts keep their defaults") {
  QueueChoice c;
  c.sort = QueueColumn::Owner;
  c.descending = true;
  c.status = QueueStatusFilter::Open;
  c.kind = "billing";
  c.overdue_only = true;
  c.mine_only = true;
  c.search = "not kept";
  QueueChoice back = parse_queue_preference(queue_preference_text(c));
  CHECK(back.search.empty());
  back.search = c.search;
  CHECK(back == c);
  const QueueChoice damaged = parse_queue_preference("sort=nonsense;desc;status=open;=;;x=1");
  CHECK(damaged.sort == QueueColumn::Clock);
  CHECK(damaged.status == QueueStatusFilter::Open);
}

TEST_CASE("queue preference: a choice is kept in the store and read back by the next session") {
  store::MemoryStore memory;
  SeededRandom random{3};
  memory.write(store::batch_of(make_sample_book(30, 2)), [](const Status&) {});
  memory.run_pending();
  constexpr TimeMs kNow = 1'800'000'000'000;
  QueueChoice c;
  c.sort = QueueColumn::Customer;
  c.status = QueueStatusFilter::Open;
  {
    App app(memory, random);
    app.tick(kNow);
    while (memory.run_pending() > 0) app.tick(kNow);
    CHECK(app.state().queue_order.size() == app.state().derived.queue().size());
    app.apply({RequestQueueView{c}});
    std::size_t open = 0;
    for (const QueueRow& r : app.state().derived.queue().by_case_id()) open += r.open ? 1 : 0;
    CHECK(app.state().queue_order.size() == open);
    while (memory.run_pending() > 0) {
    }
    c.search = "typed";  // the search alone writes nothing
    app.apply({RequestQueueView{c}});
    CHECK(app.state().storage.unsaved.empty());
  }
  App again(memory, random);
  again.tick(kNow);
  while (memory.run_pending() > 0) again.tick(kNow);
  CHECK(again.state().queue_choice.sort == QueueColumn::Customer);
  CHECK(again.state().queue_choice.status == QueueStatusFilter::Open);
  CHECK(again.state().queue_choice.search.empty());
}

TEST_CASE("queue order: a search narrows the sorted rows as it is typed, and widens again") {
  const QueueRows rows = sample_rows();
  QueueOrder order;
  QueueChoice c;
  c.sort = QueueColumn::Severity;
  order.refresh(Book{}, rows, c, "staff");
  const std::vector<std::string> all = shown(order, rows);
  for (const char* typed : {"c", "cu", "customer", "customer ", "customer d", "customer"}) {
    c.search = typed;
    order.refresh(Book{}, rows, c, "staff");
    std::vector<std::string> expected;
    for (const std::string& id : all)
      if (std::string(typed).find(' ') == std::string::npos || id == "d") expected.push_back(id);
    if (std::string(typed) == "customer ") expected = all;
    CHECK_MESSAGE(shown(order, rows) == expected, typed);
  }
}
