#include "platform/web/idb_store.hpp"

#include <emscripten/emscripten.h>

#include <cstdlib>
#include <cstring>
#include <iterator>
#include <utility>

#include "core/bytes/event_bytes.hpp"
#include "core/store/record_codec.hpp"
#include "core/store/redact_stored.hpp"

// Entries travel between C++ and lib_store.js packed in one buffer, each as
//   kind (1 byte: 0 record, 1 event, 2 chunk, 3 record removal, 4 case to anonymise)
//   | key length (u32 LE) | key (UTF-8)
//   | value length (u32 LE) | value (record_codec bytes, or a pack for a chunk)
// so a whole batch or load slice crosses with one copy and one call.
//
// Layout (lib_store.js, database version 2): the bulk of a book lives in
// `chunks`, each a pack (core/bytes/event_bytes.hpp) of up to kPackCases
// cases' events; recent events live one per record in `events`, the journal,
// so one save writes one small record. A load whose journal has grown past
// kCompactAfter events folds it into chunks (compact()).
extern "C" {
// ---- lib_store.js ----------------------------------------------------------------
void mend_idb_start(void* store);
void mend_idb_load(int op);
void mend_idb_write(int op, const std::uint8_t* packed, std::size_t size);
void mend_idb_stage(int op, const std::uint8_t* packed, std::size_t size);
void mend_idb_compact(const std::uint8_t* packed, std::size_t size);
}

namespace mend::web {
namespace {

constexpr std::uint8_t kRecordEntry = 0;
constexpr std::uint8_t kEventEntry = 1;
constexpr std::uint8_t kChunkEntry = 2;
constexpr std::uint8_t kRemovalEntry = 3;  // a record's key, no value
// A case whose stored events the write redacts (its id, no value): the page
// walks the stored values and asks mend_idb_redact for each.
constexpr std::uint8_t kAnonymiseEntry = 4;

// A batch of at least this many events (an import, a restored backup) goes
// straight into chunks; smaller ones (a person's action) into the journal.
constexpr std::size_t kBulkEvents = 256;
// Cases per chunk: about 100 KB, under the size at which Chromium moves a
// value into a blob file of its own, and a few ms to read.
constexpr std::size_t kPackCases = 100;
// Journal events that make a load fold the journal into chunks.
constexpr std::size_t kCompactAfter = 2000;
// How long run_pending() may spend on a load's slices in one frame.
constexpr double kSliceBudgetMs = 150;
// How long a frame may spend packing a bulk write, in steps of events.
constexpr double kEncodeBudgetMs = 40;
constexpr std::size_t kEncodeStep = 2048;

// lib_store.js's news codes.
enum NoticeCode {
  kOpened = 1,
  kUnavailable = 2,
  kNewerVersion = 3,
  kBlocked = 4,
  kEmptied = 5,
  kPersisted = 6,
  kNotPersisted = 7,
};

void put_u32(std::string& out, std::size_t n) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((n >> (8 * i)) & 0xff));
}

void put_entry(std::string& out, std::uint8_t kind, const std::string& key,
               const std::string& value) {
  out.push_back(static_cast<char>(kind));
  put_u32(out, key.size());
  out += key;
  put_u32(out, value.size());
  out += value;
}

// Packed events as chunk entries (keys are given by the database).
void put_packs(std::string& out, std::vector<std::string> packs) {
  for (const std::string& pack : packs) put_entry(out, kChunkEntry, "", pack);
}
void put_packs(std::string& out, const std::vector<Event>& events) {
  bytes::PackJob job(events, kPackCases);
  job.step(events.size());
  put_packs(out, job.take_packs());
}

struct Entry {
  std::uint8_t kind = 0;
  std::string_view key;
  std::string_view value;
};

// Walks packed entries; false when the buffer ends inside an entry.
class Entries {
 public:
  explicit Entries(std::string_view bytes) : rest_(bytes) {}
  bool next(Entry& e) {
    if (rest_.empty()) return false;
    e.kind = static_cast<std::uint8_t>(rest_.front());
    rest_.remove_prefix(1);
    return take(e.key) && take(e.value);
  }

 private:
  bool take(std::string_view& out) {
    if (rest_.size() < 4) return rest_ = {}, false;
    std::size_t n = 0;
    for (int i = 0; i < 4; ++i) n |= std::size_t{static_cast<std::uint8_t>(rest_[i])} << (8 * i);
    rest_.remove_prefix(4);
    if (rest_.size() < n) return rest_ = {}, false;
    out = rest_.substr(0, n);
    rest_.remove_prefix(n);
    return true;
  }
  std::string_view rest_;
};

// Decodes packed entries into a chunk; the first value that cannot be read
// is the error (where: its store and key).
Result<store::LoadChunk> decode_entries(std::string_view bytes) {
  store::LoadChunk chunk;
  Entries entries(bytes);
  Entry e;
  while (entries.next(e)) {
    if (e.kind == kChunkEntry) {
      Result<std::vector<bytes::PackedCase>> pack = bytes::read_pack(e.value);
      if (!pack.ok()) return Error{"chunks/" + std::string(e.key), pack.error().message()};
      chunk.packs.emplace_back(e.value);
    } else if (e.kind == kRemovalEntry) {
      std::optional<store::RecordKey> key = store::key_from_text(e.key);
      if (!key) return Error{"records/" + std::string(e.key), "not a record's key"};
      chunk.removed.push_back(std::move(*key));
    } else if (e.kind == kEventEntry) {
      Result<Event> event = store::decode_event(e.value);
      if (!event.ok()) return Error{"events/" + std::string(e.key), event.error().message()};
      chunk.events.push_back(std::move(event).value());
    } else {
      Result<store::Record> record = store::decode_record(e.value);
      if (!record.ok()) return Error{"records/" + std::string(e.key), record.error().message()};
      chunk.records.push_back(std::move(record).value());
    }
  }
  return chunk;
}

// What the browser said, in words staff can act on. Every sentence the store
// shows is here.
Error browser_error(std::string_view name, std::string_view message) {
  const std::string detail =
      std::string(name) + (message.empty() ? "" : ": ") + std::string(message);
  std::string why;
  if (name == "MendReplaced") {
    why = "Mend was updated in another tab \u2014 reload to continue";
  } else if (name == "MendUnavailable") {
    why = "this browser does not let Mend store data (" + std::string(message) + ")";
  } else if (name == "MendWrongPasscode") {
    why = "the current passcode is wrong";
  } else if (name == "MendLockChanged" || name == "MendLocked") {
    why =
        "the passcode lock was changed in another tab \u2014 changes are kept and saved once "
        "the book is open again";
  } else if (name == "MendChanged" || name == "MendNoLock") {
    why = std::string(message);
  } else if (name == "QuotaExceededError") {
    why = "the device has no room left for Mend's data (" + detail + ")";
  } else {
    why = "the browser could not store it (" + detail + ")";
  }
  return Error{"IndexedDB", why};
}

}  // namespace

IdbStore::IdbStore() {
  mend_idb_start(this);
}

IdbStore::~IdbStore() {
  mend_idb_start(nullptr);  // late answers from the page go nowhere
}

void IdbStore::load(store::ChunkSink on_chunk, store::Done on_done) {
  const int op = next_op_++;
  operations_[op] = Operation{std::move(on_chunk), std::move(on_done), std::nullopt};
  mend_idb_load(op);
}

void IdbStore::write(store::Batch batch, store::Done on_done) {
  const int op = next_op_++;
  operations_[op] = Operation{nullptr, std::move(on_done), std::nullopt};
  Encoding& write = encoding_.emplace_back(Encoding{op, std::move(batch), std::nullopt});
  // A person's change goes to the page at once; a bulk one from the next frame.
  if (write.batch.events.size() < kBulkEvents) return void(encode_some());
  write.packs.emplace(write.batch.events, kPackCases);
}

bool IdbStore::encode_some() {
  const double started = emscripten_get_now();
  bool moved = false;
  while (!encoding_.empty()) {
    Encoding& write = encoding_.front();
    if (write.packs) {
      while (!write.packs->step(kEncodeStep)) {
        moved = true;
        if (emscripten_get_now() - started > kEncodeBudgetMs) {
          stage(write);
          return true;
        }
      }
    }
    send(write);
    encoding_.pop_front();
    moved = true;
  }
  return moved;
}

// The packs finished so far go to the page, which holds them for the write:
// copying them across is spread over the frames too.
void IdbStore::stage(Encoding& write) {
  std::string packed;
  put_packs(packed, write.packs->take_packs());
  if (packed.empty()) return;
  mend_idb_stage(write.op, reinterpret_cast<const std::uint8_t*>(packed.data()), packed.size());
}

void IdbStore::send(Encoding& write) {
  const store::Batch& batch = write.batch;
  std::string packed;
  if (write.packs) {
    put_packs(packed, write.packs->take_packs());
  } else {
    for (const Event& e : batch.events)
      put_entry(packed, kEventEntry, e.id, store::encode_event(e));
  }
  for (const store::Record& r : batch.records)
    put_entry(packed, kRecordEntry, store::key_text(store::key_of(r)), store::encode_record(r));
  for (const store::RecordKey& k : batch.removed)
    put_entry(packed, kRemovalEntry, store::key_text(k), {});
  store::Redactions redactions;
  for (const Event& e : batch.events)
    if (const auto* a = std::get_if<Anonymised>(&e.payload))
      redactions.emplace(e.case_id, a->contact);
  for (const auto& [case_id, token] : redactions) put_entry(packed, kAnonymiseEntry, case_id, {});
  if (!redactions.empty()) redactions_[write.op] = std::move(redactions);
  mend_idb_write(write.op, reinterpret_cast<const std::uint8_t*>(packed.data()), packed.size());
}

void IdbStore::report(News news) {
  if (const auto* n = std::get_if<Notice>(&news)) {
    // State the app reads right away (durable()), before the news is delivered.
    if (n->code == kOpened) opened_ = true;
    if (n->code == kNewerVersion) replaced_ = true;
    if (n->code == kPersisted || n->code == kNotPersisted) persisted_ = n->code == kPersisted;
  }
  news_.push_back(std::move(news));
}

std::size_t IdbStore::run_pending() {
  std::size_t ran = encode_some() ? 1 : 0;
  const double started = emscripten_get_now();
  while (!news_.empty()) {
    News news = std::move(news_.front());
    news_.pop_front();
    ++ran;
    bool decoded = false;
    std::visit(
        [&](auto& n) {
          if constexpr (std::is_same_v<std::decay_t<decltype(n)>, Slice>) {
            decoded = deliver(n);
          } else {
            deliver(n);
          }
        },
        news);
    // Slices until the frame's budget is spent: the page stays responsive and
    // a large book still opens at the speed its slices arrive.
    if (decoded && emscripten_get_now() - started > kSliceBudgetMs) break;
  }
  return ran;
}

bool IdbStore::deliver(Slice& slice) {
  auto it = operations_.find(slice.op);
  if (it == operations_.end() || it->second.damaged || !it->second.on_chunk) return false;
  Result<store::LoadChunk> chunk = decode_entries(slice.bytes);
  if (!chunk.ok()) {
    it->second.damaged = chunk.error();
    return true;
  }
  // Kept until the load ends, in case the journal is long enough to compact.
  journal_.insert(journal_.end(), chunk->events.begin(), chunk->events.end());
  it->second.on_chunk(std::move(chunk).value());
  return true;
}

std::size_t IdbStore::redact(int op, int kind, std::string_view value) {
  const auto plan = redactions_.find(op);
  if (plan == redactions_.end()) return 0;
  std::optional<std::string> out = kind == kChunkEntry
                                       ? store::redact_pack(value, plan->second)
                                       : store::redact_stored_event(value, plan->second);
  redacted_ = out ? std::move(*out) : std::string();
  return redacted_.size();
}

void IdbStore::deliver(Finished& finished) {
  redactions_.erase(finished.op);
  auto it = operations_.find(finished.op);
  if (it == operations_.end()) return;
  Operation op = std::move(it->second);
  operations_.erase(it);
  if (op.on_chunk) {
    if (finished.status.ok() && !op.damaged && journal_.size() >= kCompactAfter) compact();
    journal_.clear();
    journal_.shrink_to_fit();
  }
  if (op.damaged) {
    op.done(Status(*op.damaged));
  } else {
    op.done(finished.status);
  }
}

// Folds the journal just read into chunks: one transaction adds the chunks
// and deletes those journal records, and gives up if any of them is gone
// (another tab compacted first), so no event is ever lost or kept twice by
// this. Nothing waits for it; if it fails, the journal stays as it was.
void IdbStore::compact() {
  std::string packed;
  put_packs(packed, journal_);
  for (const Event& e : journal_) put_entry(packed, kEventEntry, e.id, "");
  mend_idb_compact(reinterpret_cast<const std::uint8_t*>(packed.data()), packed.size());
}

void IdbStore::deliver(Arrived& arrived) {
  Result<store::LoadChunk> chunk = decode_entries(arrived.bytes);
  // A value another tab stored but this one cannot read shows at the next
  // reload, where the load reports it; here it is left out.
  if (!chunk.ok() || !on_arrived) return;
  // The app merges loose events; chunks another tab wrote (its import) are
  // unpacked for it here.
  for (const std::string& pack : chunk->packs) {
    const Result<std::vector<bytes::PackedCase>> cases = bytes::read_pack(pack);
    if (!cases.ok()) return;
    for (const bytes::PackedCase& c : cases.value()) {
      Result<std::vector<Event>> events = bytes::decode_case_events(c.bytes, c.case_id);
      if (!events.ok()) return;
      std::move(events->begin(), events->end(), std::back_inserter(chunk->events));
    }
  }
  chunk->packs.clear();
  on_arrived(std::move(chunk).value());
}

void IdbStore::deliver(app::LockNews& news) {
  if (on_lock) on_lock(news);
}

void IdbStore::deliver(Notice& notice) {
  switch (notice.code) {
    case kUnavailable:
      if (on_problem) on_problem(IdbProblem::Unavailable, notice.error);
      return;
    case kNewerVersion:
      if (on_problem) on_problem(IdbProblem::NewerVersionElsewhere, notice.error);
      return;
    case kBlocked:
      if (on_problem) on_problem(IdbProblem::BlockedByOtherTabs, notice.error);
      return;
    case kEmptied:
      if (on_emptied) on_emptied();
      return;
    default:
      return;
  }
}

}  // namespace mend::web

// ---- called by lib_store.js ------------------------------------------------------
using mend::web::IdbStore;

extern "C" {
// A slice of a load; bytes were malloc'ed by the page and are freed here.
EMSCRIPTEN_KEEPALIVE void mend_idb_slice(void* store, int op, char* bytes, std::size_t size) {
  if (store) static_cast<IdbStore*>(store)->report(IdbStore::Slice{op, std::string(bytes, size)});
  std::free(bytes);
}
// Entries another tab stored (BroadcastChannel), read back from the database.
EMSCRIPTEN_KEEPALIVE void mend_idb_arrived(void* store, char* bytes, std::size_t size) {
  if (store) static_cast<IdbStore*>(store)->report(IdbStore::Arrived{std::string(bytes, size)});
  std::free(bytes);
}
// An operation finished: ok, or the DOMException's name and message.
EMSCRIPTEN_KEEPALIVE void mend_idb_done(void* store, int op, int ok, const char* name,
                                        const char* message) {
  if (!store) return;
  mend::Status status =
      ok ? mend::ok_status() : mend::Status(mend::web::browser_error(name, message));
  static_cast<IdbStore*>(store)->report(IdbStore::Finished{op, std::move(status)});
}
// Inside a write's transaction: the stored value with the write's anonymised
// cases redacted; returns its size (0: leave the value as it is), the bytes
// are at mend_idb_redacted() until the next call.
EMSCRIPTEN_KEEPALIVE std::size_t mend_idb_redact(void* store, int op, int kind, const char* bytes,
                                                 std::size_t size) {
  if (!store) return 0;
  return static_cast<IdbStore*>(store)->redact(op, kind, std::string_view(bytes, size));
}
EMSCRIPTEN_KEEPALIVE const char* mend_idb_redacted(void* store) {
  return store ? static_cast<IdbStore*>(store)->redacted() : nullptr;
}
// The passcode lock's news (lib_lock.js): 1 no passcode, 2 locked (a: idle
// minutes), 3 opened (a: idle minutes), 4 wrong (a: wait ms; b: 1 when only
// still waiting), 5 done (a: action, b: idle minutes), 6 failed (a: action),
// 7 progress (a of b values). Actions: 1 set, 2 change, 3 remove, 4 idle
// time, 5 unlock.
EMSCRIPTEN_KEEPALIVE void mend_lock_news(void* store, int code, double a, double b,
                                         const char* name, const char* message) {
  if (!store) return;
  using mend::app::LockAction;
  using Kind = mend::app::LockNews::Kind;
  constexpr Kind kKinds[] = {Kind::Off,   Kind::Off,  Kind::Locked, Kind::Opened,
                             Kind::Wrong, Kind::Done, Kind::Failed, Kind::Progress};
  constexpr LockAction kActions[] = {LockAction::Unlock, LockAction::Set,      LockAction::Change,
                                     LockAction::Remove, LockAction::IdleTime, LockAction::Unlock};
  if (code < 1 || code > 7) return;
  mend::app::LockNews news;
  news.kind = kKinds[code];
  const bool has_action = code == 5 || code == 6;
  const int action = static_cast<int>(a);
  if (has_action) news.action = kActions[action >= 1 && action <= 5 ? action : 0];
  news.value = static_cast<std::int64_t>(has_action ? 0 : a);
  news.total = static_cast<std::int64_t>(b);
  if (code == 6) news.error = mend::web::browser_error(name, message);
  static_cast<IdbStore*>(store)->report(std::move(news));
}
// News about the database itself (codes in NoticeCode).
EMSCRIPTEN_KEEPALIVE void mend_idb_news(void* store, int code, const char* name,
                                        const char* message) {
  if (store)
    static_cast<IdbStore*>(store)->report(
        IdbStore::Notice{code, mend::web::browser_error(name, message)});
}
}
