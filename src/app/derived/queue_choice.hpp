// How staff asked to see the queue: the sort column and the filters. A
// request carries it (RequestQueueView); QueueOrder (queue_order.hpp) turns it
// into the rows shown.
#pragma once
#include <string>
#include <string_view>

namespace mend::app {

// The queue's columns, in the order the table shows them when wide.
enum class QueueColumn { Status, Clock, Customer, Kind, Severity, Age, Owner };
inline constexpr int kQueueColumns = 7;
enum class QueueStatusFilter { All, Open, Closed };

struct QueueChoice {
  // Clock ascending is the urgency order: overdue first (longest overdue
  // first), then the nearest deadline, then the most severe.
  QueueColumn sort = QueueColumn::Clock;
  bool descending = false;
  QueueStatusFilter status = QueueStatusFilter::All;
  std::string kind;  // a failure kind id; empty: every kind
  bool overdue_only = false;
  bool mine_only = false;  // taken by AppState::staff_id
  std::string search;      // every word must occur in the row's search key
  bool operator==(const QueueChoice&) const = default;
};

// The store's preference that keeps the choice (all but the search) across
// reloads, and its text form there: "sort=clock;desc=0;status=all;...".
inline constexpr std::string_view kQueuePreference = "queue-view";
std::string queue_preference_text(const QueueChoice& choice);
// Unknown or damaged parts keep their defaults: an older or newer app's
// preference never fails to load.
QueueChoice parse_queue_preference(std::string_view text);

}  // namespace mend::app
