// A Store that keeps the book in this process's memory: the store of the
// native tests, and of the web app until the IndexedDB store exists (it says
// so: durable() is false). Operations wait in a queue until run_pending(), so
// tests see a change pending before they let its confirmation through.
#pragma once
#include <cstddef>
#include <deque>
#include <map>
#include <string>
#include <variant>
#include <vector>

#include "core/store/store.hpp"

namespace mend::store {

class MemoryStore final : public Store {
 public:
  // A load hands over `events_per_chunk` events per run_pending() call.
  explicit MemoryStore(std::size_t events_per_chunk = 2000);

  bool durable() const override { return false; }
  void load(ChunkSink on_chunk, Done on_done) override;
  void write(Batch batch, Done on_done) override;
  // Runs the operations queued before this call, in order. Each write is
  // committed then confirmed; a load delivers one chunk and stops there.
  std::size_t run_pending() override;

  // What is stored (for tests): confirmed writes only.
  const std::map<std::string, Event>& events() const { return events_; }
  const std::map<RecordKey, Record>& records() const { return records_; }
  // Operations not yet finished.
  std::size_t queued() const { return queue_.size(); }

 private:
  struct PendingWrite {
    Batch batch;
    Done done;
  };
  struct PendingLoad {
    ChunkSink on_chunk;
    Done done;
    bool started = false;
    std::deque<LoadChunk> chunks;  // taken when the load reaches the head of the queue
  };
  using Operation = std::variant<PendingWrite, PendingLoad>;

  Status commit(const Batch& batch);
  std::deque<LoadChunk> snapshot() const;

  std::size_t events_per_chunk_;
  std::deque<Operation> queue_;
  std::map<std::string, Event> events_;  // by event id
  std::map<RecordKey, Record> records_;
  std::map<std::string, Anonymised> anonymised_;  // case id -> what decides its redaction
};

}  // namespace mend::store
