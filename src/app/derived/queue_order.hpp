// The queue as staff asked to see it: which rows (status, kind, overdue,
// mine, a search) in which order (most urgent first unless a column was
// chosen). Kept as row indices, rebuilt only when the rows, the choice or
// the person at the desk changed, so a frame draws the visible slice of a
// ready list whatever the size of the book.
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
  // the last build; returns whether it did.
  bool refresh(const Book& book, const QueueRows& rows, const QueueChoice& choice,
               std::string_view staff_id);
  std::size_t size() const { return order_.size(); }
  // The i-th row shown.
  const QueueRow& row(const QueueRows& rows, std::size_t i) const {
    return rows.by_case_id()[order_[i]];
  }
  const std::vector<std::uint32_t>& indices() const { return order_; }
  // Bytes the two lists of indices hold (the benchmark's memory figure).
  std::size_t bytes() const { return (order_.capacity() + sorted_.capacity()) * 4; }
  // How long the last rebuild took (the benchmark's search and sort figures).
  double last_build_ms() const { return last_build_ms_; }
  std::size_t builds() const { return builds_; }

 private:
  // Filters and sorts by choice_ (all but the search) into sorted_.
  void sort_rows(const Book& book, const std::vector<QueueRow>& all);

  std::vector<std::uint32_t> order_;   // indices into rows.by_case_id(): what is shown
  std::vector<std::uint32_t> sorted_;  // the same before the search narrowed it
  std::optional<std::uint64_t> rows_version_;
  QueueChoice choice_;  // its search always empty: search_ holds it
  std::string search_;
  std::string staff_id_;
  double last_build_ms_ = 0;
  std::size_t builds_ = 0;
};

// Whether `row` is shown under `choice` (search words already folded).
bool queue_row_matches(const QueueRow& row, const QueueChoice& choice,
                       const std::vector<std::string>& search_words, std::string_view staff_id);

}  // namespace mend::app
