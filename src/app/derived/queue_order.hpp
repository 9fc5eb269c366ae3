// The queue as staff asked to see it: which rows (status, kind, overdue,
// mine, a search) in which order (most urgent first unless a column was
// chosen). Kept as row indices, rebuilt only when the rows, the choice or
// the person at the desk changed, so a frame draws the visible slice of a
// ready list whatever the size of the book. A search goes through the rows
// a few milliseconds per refresh, so typing into the search of a
// 100,000-case queue never holds a frame up: the list fills in over the next
// frames, in order, while searching() says so.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/derived/queue_choice.hpp"
#include "app/derived/queue_rows.hpp"
#include "core/model/model.hpp"

namespace mend::app {

class QueueOrder {
 public:
  // Rebuilds the list when the rows, the choice or the staff id differ from
  // the last build, or goes on with a search under way; returns whether the
  // list changed.
  bool refresh(const Book& book, const QueueRows& rows, const QueueChoice& choice,
               std::string_view staff_id);
  // A search has rows left to look at: refresh again (next frame).
  bool searching() const { return scan_at_ < scan_source_.size(); }
  // Rows a search looks at before it checks the time.
  static constexpr std::size_t kScanStep = 2048;
  // How long one refresh may search for (3 ms; the app refreshes up to twice
  // a frame, so a frame keeps well under 16.7 ms; tests set 0: one step each).
  void set_scan_budget_ms(double ms) { scan_budget_ms_ = ms; }
  std::size_t size() const { return order_.size(); }
  // The i-th row shown.
  const QueueRow& row(const QueueRows& rows, std::size_t i) const {
    return rows.by_case_id()[order_[i]];
  }
  const std::vector<std::uint32_t>& indices() const { return order_; }
  // Bytes its lists of indices hold (the benchmark's memory figure).
  std::size_t bytes() const {
    return (order_.capacity() + sorted_.capacity() + scan_source_.capacity()) * 4;
  }
  // How long the last refresh that changed the list took (the benchmark's
  // search and sort figures; a search's first slice).
  double last_build_ms() const { return last_build_ms_; }
  std::size_t builds() const { return builds_; }

 private:
  // Filters and sorts by choice_ (all but the search) into sorted_.
  void sort_rows(const Book& book, const std::vector<QueueRow>& all);
  // Moves rows of scan_source_ matching words_ to order_ until done or the
  // budget is spent.
  void scan_some(const std::vector<QueueRow>& all);

  std::vector<std::uint32_t> order_;   // indices into rows.by_case_id(): what is shown
  std::vector<std::uint32_t> sorted_;  // the same before the search narrowed it
  std::optional<std::uint64_t> rows_version_;
  QueueChoice choice_;  // its search always empty: search_ holds it
  std::string search_;
  std::vector<std::string> words_;          // search_ folded into words
  std::vector<std::uint32_t> scan_source_;  // the rows the search under way looks at
  std::size_t scan_at_ = 0;                 // how far it has looked
  double scan_budget_ms_ = 3;
  std::string staff_id_;
  double last_build_ms_ = 0;
  std::size_t builds_ = 0;
};

// Whether `row` is shown under `choice` (search words already folded).
bool queue_row_matches(const QueueRow& row, const QueueChoice& choice,
                       const std::vector<std::string>& search_words, std::string_view staff_id);

}  // namespace mend::app
