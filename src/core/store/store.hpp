// Where a book is kept: the seam between Mend and its storage (in memory for
// tests, IndexedDB in the browser, a CouchDB replica later). The app talks
// only to this interface.
//
// Sections: 1. records  2. what a load delivers  3. the Store contract
//
// The shape follows the book's own: a case is its append-only event log, so
// events are stored one record each, addressed by their id, and never
// rewritten (no whole-case blob that a second tab or device could overwrite).
// Everything mutable (settings, catalog items, roles, staff, playbook
// versions, UI preferences) is a record addressed by kind + id and replaced
// whole. That is also the shape of CouchDB replication: immutable event
// documents union without conflicts; only the mutable records need a rule.
#pragma once
#include <cstddef>
#include <functional>
#include <string>
#include <variant>
#include <vector>

#include "core/base/result.hpp"
#include "core/model/model.hpp"

namespace mend::store {

// ---- 1. records ------------------------------------------------------------------
// A small named value a screen remembers between visits (a column width, the
// last filter). Values are opaque text to the store.
struct Preference {
  std::string key;
  std::string value;
  bool operator==(const Preference&) const = default;
};

// A mutable record. Playbook versions are records of their own (id + version),
// so an edit adds a record and cases keep the version they started with.
using Record = std::variant<Settings, CatalogItem, Role, Staff, Playbook, Preference>;
enum class RecordKind { Settings, CatalogItem, Role, Staff, Playbook, Preference };

struct RecordKey {
  RecordKind kind;
  std::string id;  // "settings" for the one Settings record; "three-step@2" for a playbook
  // Spelled out: Emscripten 3.1.6's libc++ has no operator<=> for std::string.
  bool operator==(const RecordKey&) const = default;
  bool operator<(const RecordKey& other) const {
    return kind != other.kind ? kind < other.kind : id < other.id;
  }
};
// The address is derived from the value, so a record cannot be filed under a
// key that disagrees with its content.
RecordKey key_of(const Record& record);

// One atomic unit of writing: events to append, records to upsert, and
// records to delete (an editor's record that nothing refers to). Events are
// never deleted. Removals apply after the upserts of the same batch.
struct Batch {
  std::vector<Event> events;
  std::vector<Record> records;
  std::vector<RecordKey> removed;
  bool empty() const { return events.empty() && records.empty() && removed.empty(); }
};

// ---- 2. what a load delivers --------------------------------------------------------
// A load hands the book over in chunks so a large book can be opened step by
// step (progress shown, the page never frozen) rather than as one giant value.
struct LoadChunk {
  std::vector<Record> records;
  std::vector<Event> events;
  // Many cases' events in the compact binary form (bytes/event_bytes.hpp),
  // as a store keeps them in bulk; structure already checked by read_pack.
  std::vector<std::string> packs;
  // Records another tab deleted (news only; a load never has any).
  std::vector<RecordKey> removed;
};

// Assembles chunks into a Book: records in key order, events grouped into
// cases sorted by id (as append_event keeps them). It checks no workflow
// rules: a store only holds what the app validated before writing it; files
// from elsewhere come in through import_book, which validates everything.
struct LoadedBook {
  Book book;
  std::vector<Preference> preferences;  // not part of the book: they belong to this device's UI
};
// Cases are kept as bytes from the start: a pack's cases go in as they are
// (checked, not kept decoded), loose events are encoded as they come, and
// finish() sorts and joins the pieces once. So opening a book never holds
// all of it decoded, and chunks may come in any order.
class BookBuilder {
 public:
  // An Error when a pack's events cannot be read (where: the case).
  Status add(LoadChunk chunk);
  // Events read so far (the app shows it as progress); one delivered twice counts twice.
  std::size_t events_added() const { return events_added_; }
  LoadedBook finish() &&;

 private:
  std::vector<Record> records_;
  CaseTable::Bulk cases_;
  std::size_t events_added_ = 0;
};

// Every record and event of a book, as one batch (seeds a store, e.g. with a
// sample book in tests).
Batch batch_of(const Book& book);

// ---- 3. the Store contract -----------------------------------------------------------
using Done = std::function<void(const Status&)>;
using ChunkSink = std::function<void(LoadChunk)>;

// Contract of every implementation:
// - Asynchronous. No callback runs inside load() or write(); each runs later,
//   from run_pending() (or, for a store fed by the browser, from the event
//   loop between frames). A callback may call load() or write() again.
// - In order. Operations take effect in the order they were issued, and the
//   Done callbacks of writes arrive in that order too. A load sees every write
//   confirmed before it was issued.
// - Atomic. write() stores the whole batch or nothing of it. Done(ok) means the
//   batch is stored as durably as durable() says; only then may anything call
//   it saved.
// - A failure means nothing of that batch was stored; the Error says where and
//   why (a full disk, a closed database, an injected fault). Batches before
//   and after it are independent: one failing does not undo or stop another,
//   so a caller that needs order across batches (a case's Opened before its
//   steps) waits for each confirmation before sending what depends on it.
// - Idempotent. Writing an event whose id is already stored with the same
//   content succeeds and changes nothing, so a batch may be sent again after a
//   failure whose outcome was unclear. The same id with different content is
//   refused (events are immutable); the batch then fails as a whole. Records
//   are replaced whole, so upserting one twice is harmless.
// - Anonymised cases stay anonymous (core/privacy/anonymise.hpp). A batch
//   holding a case's Anonymised event also replaces every stored event of
//   that case by its redacted form, in the same atomic write, and events of
//   an anonymised case are stored only redacted, so sending the original of
//   one again is not a conflict. This is the one rewrite of an event there
//   is, and it only ever removes text.
// - A load delivers every stored record and event through on_chunk, in any
//   number of chunks in any order, then calls on_done once. If on_done reports
//   an error, the chunks already delivered are not the book: discard them.
class Store {
 public:
  virtual ~Store() = default;
  // A store is the one place a book lives and owns callbacks not yet run; a
  // copy would be a second book that diverges.
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;
  Store(Store&&) = delete;
  Store& operator=(Store&&) = delete;

  // True when a confirmed write survives closing the tab (IndexedDB); false
  // for a store that keeps the book in this tab's memory only.
  virtual bool durable() const = 0;

  virtual void load(ChunkSink on_chunk, Done on_done) = 0;
  virtual void write(Batch batch, Done on_done) = 0;

  // Delivers the callbacks of operations that have finished, in order, and
  // returns how many ran. The app loop calls it once per frame after applying
  // requests, so the store's news changes state between frames, never inside
  // one. A long load is handed over one chunk per call. Not to be called from
  // inside a callback.
  virtual std::size_t run_pending() = 0;

 protected:
  Store() = default;
};

// The whole book in one callback (for tools and tests; the app assembles it
// chunk by chunk to show progress).
void load_book(Store& store, std::function<void(Result<Book>)> on_loaded);

}  // namespace mend::store
