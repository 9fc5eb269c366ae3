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

TEST_CASE("a search word matches anywhere in the row's key, and only there") {
  QueueRow r = row("1", 3, std::nullopt);
  r.search_key = "aab\nm-x1";  // folded, as make_queue_row builds it
  const QueueChoice all;
  const auto matches = [&r, &all](std::vector<std::string> words) {
    return queue_row_matches(r, all, words, "");
  };
  CHECK(matches({"aab"}));               // the whole key's start, after a false start at "a"
  CHECK(matches({"ab"}));                // the first byte repeats before the match
  CHECK(matches({"x1"}));                // at the very end
  CHECK(matches({"b\nm"}));              // across the join
  CHECK(matches({"m-x1", "a"}));         // every word must be there
  CHECK_FALSE(matches({"aaa"}));         // the first byte is there twice, the word is not
  CHECK_FALSE(matches({"x12"}));         // runs past the end
  CHECK_FALSE(matches({"aab\nm-x1!"}));  // longer than the key
  CHECK_FALSE(matches({"m-x1", "z"}));
  r.search_key.clear();
  CHECK_FALSE(matches({"a"}));
  CHECK(matches({}));
}

TEST_CASE("a search of a long queue goes on over several refreshes, in order, to the same rows") {
  QueueRows rows;
  for (int i = 0; i < 10000; ++i) {
    QueueRow r = row(std::to_string(100000 + i), i % 7, clock_due(1000 + i, false));
    r.search_key = search_folded(std::string(i % 3 ? "Anna " : "Ben ") + std::to_string(i));
    rows.put(std::move(r));
  }
  QueueOrder whole;  // the budget is plenty for 10,000 rows natively: one refresh
  whole.set_scan_budget_ms(1e9);
  QueueChoice anna;
  anna.search = "anna";
  REQUIRE(whole.refresh(Book{}, rows, anna, "staff"));
  REQUIRE_FALSE(whole.searching());
  const std::vector<std::string> expected = shown(whole, rows);
  REQUIRE(expected.size() == 6666);

  QueueOrder sliced;  // no budget: one step of rows per refresh
  sliced.set_scan_budget_ms(0);
  REQUIRE(sliced.refresh(Book{}, rows, QueueChoice{}, "staff"));
  CHECK(sliced.size() == 10000);  // no words: every row at once
  QueueChoice ann;
  ann.search = "ann";
  CHECK(sliced.refresh(Book{}, rows, ann, "staff"));
  CHECK(sliced.searching());
  const std::size_t first = sliced.size();
  CHECK(first < 6666);
  // What is shown so far is the start of the final list.
  const std::vector<std::string> so_far = shown(sliced, rows);
  CHECK(std::equal(so_far.begin(), so_far.end(), expected.begin()));
  // A key typed mid-search narrows what was found and looks at the rest.
  CHECK(sliced.refresh(Book{}, rows, anna, "staff"));
  int refreshes = 1;
  while (sliced.searching()) {
    CHECK(sliced.refresh(Book{}, rows, anna, "staff"));
    ++refreshes;
  }
  CHECK(refreshes >= 2);
  CHECK(shown(sliced, rows) == expected);
  CHECK_FALSE(sliced.refresh(Book{}, rows, anna, "staff"));  // done: nothing changes
  // A key taken back looks at the whole sorted list again.
  CHECK(sliced.refresh(Book{}, rows, ann, "staff"));
  while (sliced.searching()) sliced.refresh(Book{}, rows, ann, "staff");
  CHECK(sliced.size() == 6666);
}
