#include "core/store/faulty_store.hpp"

#include <algorithm>
#include <utility>

namespace mend::store {

void FaultyStore::fail_write(int nth, Error why) {
  if (nth < 1) return;
  planned_failures_.emplace_back(writes_ + static_cast<std::uint64_t>(nth), std::move(why));
}

void FaultyStore::fail_all_writes(Error why) {
  failing_ = std::move(why);
}

void FaultyStore::heal() {
  failing_.reset();
}

void FaultyStore::hold() {
  held_ = true;
}

void FaultyStore::release() {
  held_ = false;
}

void FaultyStore::fail_next_load(Error why) {
  failing_load_ = std::move(why);
}

void FaultyStore::load(ChunkSink on_chunk, Done on_done) {
  std::optional<Error> failure = std::exchange(failing_load_, std::nullopt);
  inner_.load(std::move(on_chunk),
              [failure = std::move(failure), on_done = std::move(on_done)](const Status& s) {
                on_done(failure && s.ok() ? Status(*failure) : s);
              });
}

void FaultyStore::write(Batch batch, Done on_done) {
  const std::uint64_t number = ++writes_;
  auto result = std::make_shared<std::optional<Status>>();
  confirmations_.push_back(Confirmation{std::move(on_done), result});

  std::optional<Error> failure = failing_;
  auto planned = std::find_if(planned_failures_.begin(), planned_failures_.end(),
                              [number](const auto& p) { return p.first == number; });
  if (planned != planned_failures_.end()) {
    failure = planned->second;
    planned_failures_.erase(planned);
  }
  // A failed write never reaches the inner store: nothing of it is stored.
  if (failure) {
    *result = Status(*failure);
    return;
  }
  inner_.write(std::move(batch), [result](const Status& s) { *result = s; });
}

std::size_t FaultyStore::run_pending() {
  std::size_t delivered = inner_.run_pending();
  // Only confirmations present now: a write made from a callback is news for
  // the next call.
  for (std::size_t budget = confirmations_.size(); budget > 0 && !held_; --budget) {
    if (confirmations_.empty() || !confirmations_.front().result->has_value()) break;
    Confirmation c = std::move(confirmations_.front());
    confirmations_.pop_front();
    c.done(**c.result);
    ++delivered;
  }
  return delivered;
}

}  // namespace mend::store
