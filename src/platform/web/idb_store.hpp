// The book in the browser's IndexedDB (web/lib/lib_store.js does the
// IndexedDB calls). The JS side runs one operation at a time, in the order
// they were issued, and reports back through the mend_idb_* functions in
// idb_store.cpp; what it reports waits in a queue until run_pending(), so the
// app sees the store's news between frames, as the Store contract asks.
//
// Beyond the contract, the store brings news of its own, for the frame loop
// to pass on to the app: events another tab saved, the database taken over
// by a newer Mend or unavailable, and the database re-created empty after it
// was deleted under the app.
#pragma once
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "app/lock.hpp"
#include "core/bytes/pack_job.hpp"
#include "core/store/redact_stored.hpp"
#include "core/store/store.hpp"

namespace mend::web {

enum class IdbProblem { Unavailable, NewerVersionElsewhere, BlockedByOtherTabs };

class IdbStore final : public store::Store {
 public:
  // Opens the database (named by ?db= or window.mendDbName, else "mend").
  IdbStore();
  ~IdbStore() override;
  IdbStore(const IdbStore&) = delete;
  IdbStore& operator=(const IdbStore&) = delete;

  bool durable() const override { return opened_ && !replaced_; }
  void load(store::ChunkSink on_chunk, store::Done on_done) override;
  void write(store::Batch batch, store::Done on_done) override;
  // Delivers finished operations and news in order; a load's slices are
  // decoded here, as many as fit in a frame's budget, so a large book never
  // stalls one frame for long.
  std::size_t run_pending() override;

  // The store's own news, delivered by run_pending().
  std::function<void(store::LoadChunk)> on_arrived;
  std::function<void(IdbProblem, Error)> on_problem;
  std::function<void()> on_emptied;
  // The passcode lock's news (web/lib/lib_lock.js).
  std::function<void(const app::LockNews&)> on_lock;

  // navigator.storage.persist()'s answer; nullopt until the browser gave it.
  std::optional<bool> persisted() const { return persisted_; }

  // ---- called by lib_store.js (through the mend_idb_* functions) ----
  struct Slice {
    int op = 0;
    std::string bytes;  // packed entries, see idb_store.cpp
  };
  struct Finished {
    int op = 0;
    Status status;
  };
  struct Arrived {
    std::string bytes;
  };
  struct Notice {
    int code = 0;
    Error error;
  };
  using News = std::variant<Slice, Finished, Arrived, Notice, app::LockNews>;
  void report(News news);
  // A stored value redacted for write `op`'s anonymised cases (see
  // core/store/redact_stored.hpp); its size, 0 when unchanged.
  std::size_t redact(int op, int kind, std::string_view value);
  const char* redacted() const { return redacted_.data(); }

 private:
  struct Operation {
    store::ChunkSink on_chunk;  // loads only
    store::Done done;
    std::optional<Error> damaged;  // a load met a value it cannot read
  };
  bool deliver(Slice& slice);  // true when a slice was decoded
  void deliver(Finished& finished);
  void deliver(Arrived& arrived);
  void deliver(Notice& notice);
  void deliver(app::LockNews& news);
  void compact();
  // A write waiting to be encoded: a bulk one (an import) is packed a slice
  // per frame and handed to the page whole, so it stays one transaction.
  struct Encoding {
    int op = 0;
    store::Batch batch;
    std::optional<bytes::PackJob> packs;  // over batch.events, for a bulk write
  };
  bool encode_some();  // true when a write was encoded or moved on
  void stage(Encoding& write);
  void send(Encoding& write);
  std::deque<Encoding> encoding_;  // in the order written

  int next_op_ = 1;
  std::map<int, Operation> operations_;
  std::deque<News> news_;
  bool opened_ = false;
  bool replaced_ = false;
  std::optional<bool> persisted_;
  std::vector<Event> journal_;                   // the journal's events, during a load
  std::map<int, store::Redactions> redactions_;  // writes that anonymise cases, until done
  std::string redacted_;                         // mend_idb_redact's last answer
};

}  // namespace mend::web
