// Events packed as the store's chunks (event_bytes.hpp's packs), a slice at a
// time. A write of a whole imported book is a quarter of a million events:
// encoded in one piece it holds the page still for most of a second, so the
// browser store encodes it across frames and writes it once it is whole (one
// transaction still: all of it or none of it is stored).
#pragma once
#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "core/bytes/event_bytes.hpp"
#include "core/model/model.hpp"

namespace mend::bytes {

class PackJob {
 public:
  // `events` must outlive the job and stay where they are. Each pack holds up
  // to `cases_per_pack` cases, in case id order, each case's events in id order.
  PackJob(std::span<const Event> events, std::size_t cases_per_pack);

  // Encodes up to `max_events` more events; true once every event is packed.
  bool step(std::size_t max_events);
  bool done() const { return next_ == order_.size(); }
  // The finished packs (after done()).
  std::vector<std::string> take_packs() { return std::move(packs_); }

 private:
  std::vector<const Event*> order_;
  std::size_t cases_per_pack_;
  std::size_t next_ = 0;
  PackWriter pack_;
  std::string case_bytes_;
  std::size_t case_events_ = 0;
  std::vector<std::string> packs_;
};

}  // namespace mend::bytes
