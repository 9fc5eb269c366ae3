#include "app/derived/queue_rows.hpp"

#include <algorithm>

namespace mend::app {
namespace {

// A named function, not a lambda inside the template: clang 14 (clang-tidy's
// parser) cannot compile libstdc++ 12's rewritten string < string_view there.
bool before(const QueueRow& row, std::string_view case_id) {
  return row.case_id < case_id;
}

template <class Rows>
auto find_row(Rows& rows, std::string_view case_id) {
  return std::lower_bound(rows.begin(), rows.end(), case_id, before);
}

// What a row says whatever the clocks: from the intake.
QueueRow intake_row(std::string_view case_id, const std::string& reference,
                    const Customer& customer, const std::string& kind, int severity,
                    TimeMs opened_at, bool open) {
  QueueRow row;
  row.case_id = case_id;
  row.reference = reference;
  row.customer = customer.name.empty() ? customer.contact : customer.name;
  row.kind = kind;
  row.severity = severity;
  row.opened_at = opened_at;
  row.open = open;
  return row;
}

std::string search_key(const Customer& customer, const std::string& reference,
                       const std::string& words) {
  std::string key;
  key.reserve(customer.name.size() + customer.contact.size() + reference.size() + words.size() + 3);
  for (const std::string* part : {&customer.name, &customer.contact, &reference, &words}) {
    if (!key.empty()) key += '\n';
    key += *part;
  }
  return search_folded(key);
}

}  // namespace

Clock RowClock::at(TimeMs now) const {
  Clock c;
  c.started = started;
  c.due = due;
  c.remaining = due - now;
  c.status = status;
  return c;
}

std::string search_folded(std::string_view text) {
  std::string out(text);
  for (std::size_t i = 0; i < out.size(); ++i) {
    const auto c = static_cast<unsigned char>(out[i]);
    if (c >= 'A' && c <= 'Z') {
      out[i] = static_cast<char>(c - 'A' + 'a');
    } else if (c == 0xC3 && i + 1 < out.size()) {
      // U+00C0..U+00DE are capitals (but U+00D7, the multiplication sign);
      // each small letter is 0x20 above.
      const auto next = static_cast<unsigned char>(out[i + 1]);
      if (next >= 0x80 && next <= 0x9E && next != 0x97) out[i + 1] = static_cast<char>(next + 0x20);
      ++i;
    }
  }
  return out;
}

QueueRow closed_queue_row(std::string_view case_id, const Opened& opened, TimeMs opened_at) {
  QueueRow row = intake_row(case_id, opened.reference, opened.customer, opened.category,
                            opened.severity, opened_at, false);
  row.taken_by = opened.taken_by;
  row.kiosk = opened.channel == "kiosk";
  row.search_key = search_key(opened.customer, opened.reference, opened.customer_words);
  return row;
}

QueueRow make_queue_row(const Book& book, const CaseState& s, TimeMs now) {
  QueueRow row =
      intake_row(s.case_id, s.reference, s.customer, s.category, s.severity, s.opened_at, s.open);
  row.taken_by = s.taken_by;
  row.kiosk = s.channel == "kiosk";
  row.search_key = search_key(s.customer, s.reference, s.customer_words);
  const CaseClocks clocks = case_clocks(book, s, now);
  if (const auto urgent = most_urgent_clock(clocks))
    row.clock =
        RowClock{urgent->kind, urgent->clock->started, urgent->clock->due, urgent->clock->status};
  // A running clock turns overdue the first millisecond after it is due; that
  // is the only change time alone makes (and it can change which is urgent).
  for (const Clock* c : {&clocks.first_response, &clocks.recovery, &clocks.follow_up})
    if (c->status == ClockStatus::Pending) row.next_change = std::min(row.next_change, c->due + 1);
  return row;
}

const QueueRow* QueueRows::find(std::string_view case_id) const {
  auto at = find_row(rows_, case_id);
  return at != rows_.end() && at->case_id == case_id ? &*at : nullptr;
}

void QueueRows::clear() {
  rows_.clear();
  wakeups_.clear();
  ++version_;
}

std::size_t QueueRows::search_key_bytes() const {
  std::size_t bytes = 0;
  // A key longer than the string's own small buffer lives on the heap.
  for (const QueueRow& row : rows_)
    if (row.search_key.capacity() > std::string().capacity())
      bytes += row.search_key.capacity() + 1;
  return bytes;
}

void QueueRows::put(QueueRow row) {
  auto at = find_row(rows_, row.case_id);
  if (at != rows_.end() && at->case_id == row.case_id) {
    wakeups_.erase({at->next_change, at->case_id});
  } else {
    at = rows_.insert(at, QueueRow{});
  }
  if (row.next_change != kNever) wakeups_.emplace(row.next_change, row.case_id);
  *at = std::move(row);
  ++version_;
}

std::vector<std::string> QueueRows::due(TimeMs now) const {
  std::vector<std::string> ids;
  for (auto it = wakeups_.begin(); it != wakeups_.end() && it->first <= now; ++it)
    ids.push_back(it->second);
  return ids;
}

}  // namespace mend::app
