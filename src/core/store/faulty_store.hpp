// A Store wrapper that fails on purpose, so tests can prove the app never
// calls a change saved before its confirmation and never loses one when
// writing fails: fail the Nth write, fail every write until healed, hold
// confirmations back (a slow disk), fail the next load.
#pragma once
#include <cstdint>
#include <deque>
#include <memory>
#include <optional>

#include "core/store/store.hpp"

namespace mend::store {

class FaultyStore final : public Store {
 public:
  explicit FaultyStore(Store& inner) : inner_(inner) {}

  // The nth write from now fails (1: the next one). Repeatable.
  void fail_write(int nth, Error why = injected());
  // Every write fails until heal().
  void fail_all_writes(Error why = injected());
  void heal();
  // Confirmations (successes and failures) wait until release(); the writes
  // themselves go through to the inner store meanwhile.
  void hold();
  void release();
  // The next load reports this error after the inner load finished.
  void fail_next_load(Error why = injected());

  bool durable() const override { return inner_.durable(); }
  void load(ChunkSink on_chunk, Done on_done) override;
  void write(Batch batch, Done on_done) override;
  std::size_t run_pending() override;

  std::uint64_t writes_seen() const { return writes_; }
  // Confirmations not yet delivered (in flight or held).
  std::size_t unconfirmed() const { return confirmations_.size(); }

  static Error injected() { return Error{"store", "injected fault: the write was not stored"}; }

 private:
  // One per write, in the order written; delivered from the front once its
  // result is known, so confirmations keep the order of the writes.
  struct Confirmation {
    Done done;
    std::shared_ptr<std::optional<Status>> result;
  };

  Store& inner_;
  std::deque<Confirmation> confirmations_;
  std::uint64_t writes_ = 0;
  std::deque<std::pair<std::uint64_t, Error>> planned_failures_;  // (write number, why)
  std::optional<Error> failing_;
  std::optional<Error> failing_load_;
  bool held_ = false;
};

}  // namespace mend::store
