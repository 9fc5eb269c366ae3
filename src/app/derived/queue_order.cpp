#include "app/derived/queue_order.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <tuple>
#include <unordered_map>

#include "core/model/vocabulary.hpp"

namespace mend::app {
namespace {

constexpr std::array<std::string_view, kQueueColumns> kColumnNames = {
    "status", "clock", "customer", "kind", "severity", "age", "owner"};
constexpr std::array<std::string_view, 3> kStatusNames = {"all", "open", "closed"};

std::vector<std::string> words_of(std::string_view text) {
  const std::string folded = search_folded(text);
  std::vector<std::string> words;
  std::size_t at = 0;
  while (at < folded.size()) {
    const std::size_t start = folded.find_first_not_of(" \t\n", at);
    if (start == std::string::npos) break;
    const std::size_t end = std::min(folded.find_first_of(" \t\n", start), folded.size());
    words.emplace_back(folded.substr(start, end - start));
    at = end;
  }
  return words;
}

// Urgency as a key that sorts ascending: overdue (longest overdue first),
// then running clocks by deadline, then rows with no clock; within each, the
// most severe, then the newest.
std::tuple<int, TimeMs, int, TimeMs> urgency(const QueueRow& row) {
  if (!row.clock) return {2, 0, -row.severity, -row.opened_at};
  const int group = row.clock->status == ClockStatus::Overdue ? 0 : 1;
  return {group, row.clock->due, -row.severity, -row.opened_at};
}

// Case-insensitive for ASCII, so "anna" and "Anna" sort together.
int compare_folded(std::string_view a, std::string_view b) {
  const std::size_t n = std::min(a.size(), b.size());
  for (std::size_t i = 0; i < n; ++i) {
    auto fa = static_cast<unsigned char>(a[i]), fb = static_cast<unsigned char>(b[i]);
    if (fa >= 'A' && fa <= 'Z') fa = static_cast<unsigned char>(fa + 32);
    if (fb >= 'A' && fb <= 'Z') fb = static_cast<unsigned char>(fb + 32);
    if (fa != fb) return fa < fb ? -1 : 1;
  }
  return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

template <class T>
int compare(const T& a, const T& b) {
  return a < b ? -1 : (b < a ? 1 : 0);
}

}  // namespace

std::string queue_preference_text(const QueueChoice& c) {
  std::string text;
  text += "sort=" + std::string(kColumnNames[static_cast<std::size_t>(c.sort)]);
  text += c.descending ? ";desc=1" : ";desc=0";
  text += ";status=" + std::string(kStatusNames[static_cast<std::size_t>(c.status)]);
  text += ";kind=" + c.kind;
  text += c.overdue_only ? ";overdue=1" : ";overdue=0";
  text += c.mine_only ? ";mine=1" : ";mine=0";
  return text;
}

QueueChoice parse_queue_preference(std::string_view text) {
  QueueChoice c;
  std::size_t at = 0;
  while (at <= text.size()) {
    const std::size_t end = std::min(text.find(';', at), text.size());
    const std::string_view part = text.substr(at, end - at);
    at = end + 1;
    const std::size_t eq = part.find('=');
    if (eq == std::string_view::npos) continue;
    const std::string_view key = part.substr(0, eq), value = part.substr(eq + 1);
    if (key == "sort") {
      for (std::size_t i = 0; i < kColumnNames.size(); ++i)
        if (value == kColumnNames[i]) c.sort = static_cast<QueueColumn>(i);
    } else if (key == "desc") {
      c.descending = value == "1";
    } else if (key == "status") {
      for (std::size_t i = 0; i < kStatusNames.size(); ++i)
        if (value == kStatusNames[i]) c.status = static_cast<QueueStatusFilter>(i);
    } else if (key == "kind") {
      c.kind = value;
    } else if (key == "overdue") {
      c.overdue_only = value == "1";
    } else if (key == "mine") {
      c.mine_only = value == "1";
    }
  }
  return c;
}

bool queue_row_matches(const QueueRow& row, const QueueChoice& c,
                       const std::vector<std::string>& search_words, std::string_view staff_id) {
  if (c.status == QueueStatusFilter::Open && !row.open) return false;
  if (c.status == QueueStatusFilter::Closed && row.open) return false;
  if (!c.kind.empty() && row.kind != c.kind) return false;
  if (c.overdue_only && !(row.clock && row.clock->status == ClockStatus::Overdue)) return false;
  if (c.mine_only && row.taken_by != staff_id) return false;
  return std::all_of(search_words.begin(), search_words.end(), [&row](const std::string& w) {
    return row.search_key.find(w) != std::string::npos;
  });
}

bool QueueOrder::refresh(const Book& book, const QueueRows& rows, const QueueChoice& choice,
                         std::string_view staff_id) {
  if (rows_version_ == rows.version() && choice_ == choice && staff_id_ == staff_id) return false;
  const auto started = std::chrono::steady_clock::now();
  rows_version_ = rows.version();
  choice_ = choice;
  staff_id_ = staff_id;

  const std::vector<QueueRow>& all = rows.by_case_id();
  const std::vector<std::string> words = words_of(choice.search);
  order_.clear();
  for (std::size_t i = 0; i < all.size(); ++i)
    if (queue_row_matches(all[i], choice, words, staff_id))
      order_.push_back(static_cast<std::uint32_t>(i));

  // Labels and names, looked up once per build rather than per comparison.
  std::unordered_map<std::string_view, std::string_view> kind_labels, staff_names;
  if (choice.sort == QueueColumn::Kind) {
    const auto& kinds = book.settings.vocabulary.failure_kinds;
    for (const Term& t : kinds) kind_labels.emplace(t.id, t.label);
  }
  if (choice.sort == QueueColumn::Owner)
    for (const Staff& s : book.staff) staff_names.emplace(s.id, s.name);
  const auto looked_up = [](const auto& map, std::string_view id) {
    const auto it = map.find(id);
    return it == map.end() ? id : it->second;
  };

  const auto order = [&](const QueueRow& a, const QueueRow& b) -> int {
    switch (choice.sort) {
      case QueueColumn::Status:
        return compare(b.open, a.open);  // open first
      case QueueColumn::Clock:
        return compare(urgency(a), urgency(b));
      case QueueColumn::Customer:
        return compare_folded(a.customer, b.customer);
      case QueueColumn::Kind:
        return compare_folded(looked_up(kind_labels, a.kind), looked_up(kind_labels, b.kind));
      case QueueColumn::Severity:
        return compare(b.severity, a.severity);  // most severe first
      case QueueColumn::Age:
        return compare(b.opened_at, a.opened_at);  // youngest first
      case QueueColumn::Owner:
        return compare_folded(looked_up(staff_names, a.taken_by),
                              looked_up(staff_names, b.taken_by));
    }
    return 0;
  };
  const bool descending = choice.descending;
  std::sort(order_.begin(), order_.end(), [&](std::uint32_t ia, std::uint32_t ib) {
    const QueueRow &a = all[ia], &b = all[ib];
    int by = order(a, b);
    if (descending) by = -by;
    if (by != 0) return by < 0;
    // Ties: the urgency order, then the newest case, so equal keys keep a
    // stable, useful order.
    if (const int u = compare(urgency(a), urgency(b)); u != 0) return u < 0;
    return ib < ia;
  });
  last_build_ms_ =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  ++builds_;
  return true;
}

}  // namespace mend::app
