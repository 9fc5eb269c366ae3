// The queue as rows ready to draw: one per case, newest first, each holding
// what the queue shows and the clock it shows. Rows change when their case
// gets an event, or when time alone changes the clock (a deadline passes);
// never per frame, so drawing costs the same at 100 or 100,000 cases.
#pragma once
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/case/clocks.hpp"
#include "core/model/model.hpp"

namespace mend::app {

inline constexpr TimeMs kNever = std::numeric_limits<TimeMs>::max();

// The most urgent clock of a case as of the row's last refresh.
struct RowClock {
  ClockKind kind = ClockKind::FirstResponse;
  TimeMs started = 0, due = 0;
  ClockStatus status = ClockStatus::Pending;  // Pending or Overdue
  // The clock as of `now`, for drawing its "time left".
  Clock at(TimeMs now) const;
  bool operator==(const RowClock&) const = default;
};

struct QueueRow {
  std::string case_id;
  std::string reference;
  std::string customer;  // the name, or the contact when there is no name
  std::string kind;      // failure kind id; its label is looked up when drawn
  std::string taken_by;  // staff id of who took the case; the name is looked up when drawn
  // What the queue's search matches: name, contact, reference and the
  // customer's words, lower-cased (search_folded) and joined by '\n', so a
  // search never decodes a case. The one big field of a row: its cost per
  // 100,000 cases is measured by tests/bench/frames.mjs (search_key_bytes).
  std::string search_key;
  int severity = 0;
  TimeMs opened_at = 0;
  bool open = true;
  bool kiosk = false;             // filed by a customer at a kiosk: marked in the queue
  std::optional<RowClock> clock;  // none when no clock is running
  TimeMs next_change = kNever;    // when the clock column changes with no new event
  bool operator==(const QueueRow&) const = default;
};

// The row of one case, given its folded state and the book (for its clock
// targets), as of `now`.
QueueRow make_queue_row(const Book& book, const CaseState& state, TimeMs now);
// The row of a closed case (no clock of it runs any more) from its intake
// alone: what opening a large book needs without folding every case.
QueueRow closed_queue_row(std::string_view case_id, const Opened& opened, TimeMs opened_at);

class QueueRows {
 public:
  std::size_t size() const { return rows_.size(); }
  bool empty() const { return rows_.empty(); }
  // The queue's order: newest first, as staff deal with the case just opened.
  const QueueRow& newest_first(std::size_t i) const { return rows_[rows_.size() - 1 - i]; }
  // Oldest first (case id ascending): the order rows are kept in, so a new
  // case is appended rather than inserted in front of every other row.
  const std::vector<QueueRow>& by_case_id() const { return rows_; }
  const QueueRow* find(std::string_view case_id) const;
  // The earliest time a row's clock changes by itself (kNever: none will).
  TimeMs next_change() const { return wakeups_.empty() ? kNever : wakeups_.begin()->first; }

  void clear();
  // Adds the row or replaces the row of the same case, keeping the order.
  void put(QueueRow row);
  // Case ids of the rows whose clocks change at or before `now`.
  std::vector<std::string> due(TimeMs now) const;
  // Changes whenever a row is put or the rows are cleared: what the queue's
  // sorted, filtered order (queue_order.hpp) checks to know it is stale.
  std::uint64_t version() const { return version_; }
  // Heap bytes the rows' search keys take (for the benchmark's report).
  std::size_t search_key_bytes() const;

 private:
  std::vector<QueueRow> rows_;                        // case id ascending
  std::set<std::pair<TimeMs, std::string>> wakeups_;  // (next_change, case id)
  std::uint64_t version_ = 0;
};

// Lower-cases ASCII and the Latin-1 capitals' two-byte UTF-8 forms ("Ë" ->
// "ë"), so a search for "zoë" finds "ZOË"; other bytes stay as they are.
std::string search_folded(std::string_view text);

}  // namespace mend::app
