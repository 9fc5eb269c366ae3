#include "core/bytes/pack_job.hpp"

#include <algorithm>

namespace mend::bytes {

namespace {
bool before(const Event* a, const Event* b) {
  return a->case_id != b->case_id ? a->case_id < b->case_id : a->id < b->id;
}
}  // namespace

PackJob::PackJob(std::span<const Event> events, std::size_t cases_per_pack)
    : cases_per_pack_(std::max<std::size_t>(cases_per_pack, 1)) {
  order_.reserve(events.size());
  for (const Event& e : events) order_.push_back(&e);
  // An import gathers its events in case order already: then only checked.
  if (!std::is_sorted(order_.begin(), order_.end(), before))
    std::stable_sort(order_.begin(), order_.end(), before);
}

bool PackJob::step(std::size_t max_events) {
  const std::size_t end = next_ + std::min(max_events, order_.size() - next_);
  for (; next_ < end; ++next_) {
    const Event& e = *order_[next_];
    append_case_event(case_bytes_, e);
    ++case_events_;
    const bool case_ends = next_ + 1 == order_.size() || order_[next_ + 1]->case_id != e.case_id;
    if (!case_ends) continue;
    pack_.add(e.case_id, case_events_, case_bytes_);
    case_bytes_.clear();
    case_events_ = 0;
    if (pack_.cases() == cases_per_pack_) {
      packs_.push_back(pack_.finish());
      pack_ = PackWriter();
    }
  }
  if (done() && pack_.cases() > 0) {
    packs_.push_back(pack_.finish());
    pack_ = PackWriter();
  }
  return done();
}

}  // namespace mend::bytes
