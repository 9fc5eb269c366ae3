// The store seam: asynchronous, ordered, atomic and idempotent writes; loads
// in chunks; injected faults.
#include <doctest/doctest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "core/base/ids.hpp"
#include "core/bytes/event_bytes.hpp"
#include "core/sample/sample.hpp"
#include "core/store/faulty_store.hpp"
#include "core/store/memory_store.hpp"

using namespace mend;
using namespace mend::store;

namespace {

constexpr TimeMs kT0 = 1767225600000;  // 2026-01-01T00:00:00Z

Event note_event(SeededRandom& random, const std::string& case_id, std::string text) {
  const TimeMs at = kT0 + 1000;
  return Event{new_id(at, random), case_id, at, "ann", Note{std::move(text)}};
}

// Records come back in key order; everything else of a book is unchanged.
Book in_key_order(Book book) {
  auto by_id = [](const auto& a, const auto& b) { return a.id < b.id; };
  std::sort(book.catalog.begin(), book.catalog.end(), by_id);
  std::sort(book.roles.begin(), book.roles.end(), by_id);
  std::sort(book.staff.begin(), book.staff.end(), by_id);
  std::sort(book.playbooks.begin(), book.playbooks.end(),
            [](const Playbook& a, const Playbook& b) { return key_of(a) < key_of(b); });
  return book;
}

std::size_t run_all(Store& store) {
  std::size_t total = 0;
  while (std::size_t n = store.run_pending()) total += n;
  return total;
}

}  // namespace

TEST_CASE("store: every record has an address derived from its content") {
  CHECK(key_of(Settings{}) == RecordKey{RecordKind::Settings, "settings"});
  CatalogItem coffee;
  coffee.id = "coffee";
  CHECK(key_of(coffee) == RecordKey{RecordKind::CatalogItem, "coffee"});
  CHECK(key_of(Role{"staff", "Staff", 0, 0, false}) == RecordKey{RecordKind::Role, "staff"});
  CHECK(key_of(Staff{"ann", "Ann", "staff", ""}) == RecordKey{RecordKind::Staff, "ann"});
  Playbook ours;
  ours.id = "ours";
  ours.version = 3;
  CHECK(key_of(ours) == RecordKey{RecordKind::Playbook, "ours@3"});
  CHECK(key_of(Preference{"queue.sort", "urgent"}) ==
        RecordKey{RecordKind::Preference, "queue.sort"});
}

TEST_CASE("memory store: a write is confirmed later, never inside write()") {
  MemoryStore store;
  SeededRandom random(1);
  std::vector<std::string> confirmed;
  const Event e = note_event(random, "C1", "hello");
  store.write(Batch{{e}, {}, {}}, [&](const Status& s) {
    REQUIRE(s.ok());
    confirmed.push_back("first");
  });
  store.write(Batch{{}, {Settings{}}, {}}, [&](const Status& s) {
    REQUIRE(s.ok());
    confirmed.push_back("second");
  });
  CHECK(confirmed.empty());
  CHECK(store.events().empty());  // nothing is stored before its confirmation
  CHECK(store.queued() == 2);
  CHECK(store.run_pending() == 2);
  CHECK(confirmed == std::vector<std::string>{"first", "second"});
  CHECK(store.events().size() == 1);
  CHECK(store.records().size() == 1);
}

TEST_CASE("memory store: a batch is stored whole or not at all; re-sending is harmless") {
  MemoryStore store;
  SeededRandom random(2);
  const Event a = note_event(random, "C1", "a");
  Event b = note_event(random, "C1", "b");
  store.write(Batch{{a, b}, {}, {}}, [](const Status& s) { CHECK(s.ok()); });
  run_all(store);

  // The same events again (a retry after an unclear failure): fine, no change.
  std::optional<Status> again;
  store.write(Batch{{a, b}, {}, {}}, [&](const Status& s) { again = s; });
  run_all(store);
  REQUIRE(again);
  CHECK(again->ok());
  CHECK(store.events().size() == 2);

  // An event id reused with other content: the whole batch is refused.
  Event changed = b;
  std::get<Note>(changed.payload).text = "rewritten";
  const Event c = note_event(random, "C1", "c");
  std::optional<Status> refused;
  store.write(Batch{{c, changed}, {Settings{}}, {}}, [&](const Status& s) { refused = s; });
  run_all(store);
  REQUIRE(refused);
  CHECK_FALSE(refused->ok());
  CHECK(refused->error().where == "events[1]");
  CHECK(store.events().size() == 2);  // c was not stored either
  CHECK(store.events().count(c.id) == 0);
  CHECK(store.records().empty());
  CHECK(std::get<Note>(store.events().at(b.id).payload).text == "b");
}

TEST_CASE("memory store: a batch deletes records after its upserts; deleting twice is harmless") {
  MemoryStore store;
  CatalogItem coffee;
  coffee.id = "coffee";
  CatalogItem cake;
  cake.id = "cake";
  store.write(Batch{{}, {coffee, cake}, {}}, [](const Status& s) { CHECK(s.ok()); });
  run_all(store);
  const RecordKey coffee_key{RecordKind::CatalogItem, "coffee"};
  store.write(Batch{{}, {}, {coffee_key}}, [](const Status& s) { CHECK(s.ok()); });
  store.write(Batch{{}, {}, {coffee_key}}, [](const Status& s) { CHECK(s.ok()); });
  run_all(store);
  CHECK(store.records().size() == 1);
  CHECK(store.records().count(RecordKey{RecordKind::CatalogItem, "cake"}) == 1);
  // Put back and removed in one batch: removed.
  store.write(Batch{{}, {coffee}, {coffee_key}}, [](const Status& s) { CHECK(s.ok()); });
  run_all(store);
  CHECK(store.records().count(coffee_key) == 0);
}

TEST_CASE("memory store: a write made from a callback waits for the next round") {
  MemoryStore store;
  bool second_done = false;
  store.write(Batch{}, [&](const Status&) {
    store.write(Batch{}, [&](const Status&) { second_done = true; });
  });
  CHECK(store.run_pending() == 1);
  CHECK_FALSE(second_done);
  CHECK(store.run_pending() == 1);
  CHECK(second_done);
}

TEST_CASE("memory store: a load arrives in chunks, one per round, after earlier writes") {
  const Book book = make_sample_book(60, 5);
  MemoryStore store(100);
  store.write(batch_of(book), [](const Status& s) { REQUIRE(s.ok()); });
  std::size_t events_in_book = 0;
  for (const Case& c : book.cases) events_in_book += c.events.size();

  std::vector<std::size_t> chunk_sizes;
  std::optional<Status> finished;
  BookBuilder builder;
  store.load(
      [&](LoadChunk chunk) {
        chunk_sizes.push_back(chunk.events.size());
        builder.add(std::move(chunk));
      },
      [&](const Status& s) { finished = s; });
  CHECK(store.run_pending() == 2);  // the write, then the first chunk only
  CHECK(chunk_sizes.size() == 1);
  run_all(store);
  REQUIRE(finished);
  CHECK(finished->ok());
  CHECK(chunk_sizes.size() == (events_in_book + 99) / 100);
  CHECK(builder.events_added() == events_in_book);
  const LoadedBook loaded = std::move(builder).finish();
  CHECK(loaded.book == in_key_order(book));
}

TEST_CASE("store: load_book gives back the book that was written") {
  const Book book = make_sample_book(200, 9);
  MemoryStore store(333);
  store.write(batch_of(book), [](const Status& s) { REQUIRE(s.ok()); });
  store.write(Batch{{}, {Preference{"queue.sort", "newest"}}, {}}, [](const Status&) {});
  std::optional<Result<Book>> loaded;
  load_book(store, [&](Result<Book> r) { loaded = std::move(r); });
  run_all(store);
  REQUIRE(loaded);
  REQUIRE(loaded->ok());
  CHECK(loaded->value() == in_key_order(book));
}

TEST_CASE("book builder: events in any order, delivered twice, make sorted cases") {
  SeededRandom random(4);
  const std::string a = new_id(kT0, random), b = new_id(kT0 + 5, random);
  std::vector<Event> events;
  for (const std::string& case_id : {b, a})
    for (int i = 0; i < 3; ++i) events.push_back(note_event(random, case_id, std::to_string(i)));
  BookBuilder builder;
  LoadChunk first, second;
  first.events = {events[5], events[0], events[3]};
  second.events = {events[1], events[4], events[2], events[0]};  // events[0] twice
  Settings ours;
  ours.business_name = "Ours";
  second.records = {Role{"b", "B", 0, 0, false}, Role{"a", "A", 0, 0, false}, ours};
  builder.add(std::move(first));
  builder.add(std::move(second));
  const Book book = std::move(builder).finish().book;
  REQUIRE(book.cases.size() == 2);
  CHECK(book.cases.id(0) == a);
  CHECK(book.cases.id(1) == b);
  for (const Case& c : book.cases) {
    CHECK(c.events.size() == 3);
    CHECK(std::is_sorted(c.events.begin(), c.events.end(),
                         [](const Event& x, const Event& y) { return x.id < y.id; }));
  }
  REQUIRE(book.roles.size() == 2);
  CHECK(book.roles[0].id == "a");
  CHECK(book.settings.business_name == "Ours");
}

TEST_CASE("book builder: packs and loose events, in any order and overlapping, make the book") {
  const Book book = make_sample_book(120, 21);
  std::vector<Event> all;
  for (const Case& c : book.cases) all.insert(all.end(), c.events.begin(), c.events.end());
  SeededRandom random(12);
  for (std::size_t i = all.size(); i > 1; --i) std::swap(all[i - 1], all[random.below(i)]);
  // The first two thirds as packs of 50 events, the rest (and a few again) loose.
  BookBuilder builder;
  const std::size_t packed = all.size() * 2 / 3;
  for (std::size_t from = 0; from < packed; from += 50) {
    LoadChunk chunk;
    chunk.packs.push_back(bytes::pack_events(std::vector<Event>(
        all.begin() + static_cast<std::ptrdiff_t>(from),
        all.begin() + static_cast<std::ptrdiff_t>(std::min(packed, from + 50)))));
    REQUIRE(builder.add(std::move(chunk)).ok());
  }
  LoadChunk loose;
  loose.events.assign(all.begin() + static_cast<std::ptrdiff_t>(packed - 30), all.end());
  REQUIRE(builder.add(std::move(loose)).ok());
  CHECK(builder.events_added() == all.size() + 30);
  CHECK(std::move(builder).finish().book.cases == book.cases);
}

TEST_CASE("book builder: a damaged event in a pack fails the load, naming the case") {
  const Book book = make_sample_book(3, 22);
  const Case c = book.cases.at(1);
  // Framed well (an id, a length that fits) but of a type no Mend knows.
  std::string body;
  bytes::ByteWriter w(body);
  w.text(c.events.back().id + "Z");
  w.signed_varint(kT0);
  w.text("ann");
  w.varint(99);
  std::string case_bytes = bytes::encode_case_events(c.events);
  bytes::ByteWriter(case_bytes).text(body);
  bytes::PackWriter pack;
  pack.add(c.id, c.events.size() + 1, case_bytes);
  BookBuilder builder;
  LoadChunk chunk;
  chunk.packs.push_back(pack.finish());
  const Status st = builder.add(std::move(chunk));
  REQUIRE_FALSE(st.ok());
  CHECK(st.error().where == "case " + c.id + " event " + std::to_string(c.events.size() + 1));
  CHECK(st.error().why.find("unknown type 99") != std::string::npos);
}

TEST_CASE("faulty store: the nth write fails and stores nothing; others go through in order") {
  MemoryStore memory;
  FaultyStore store(memory);
  SeededRandom random(6);
  store.fail_write(2);
  std::vector<bool> results;
  std::vector<Event> events;
  for (int i = 0; i < 3; ++i) {
    events.push_back(note_event(random, "C1", std::to_string(i)));
    store.write(Batch{{events.back()}, {}, {}},
                [&](const Status& s) { results.push_back(s.ok()); });
  }
  CHECK(store.unconfirmed() == 3);
  run_all(store);
  CHECK(results == std::vector<bool>{true, false, true});
  CHECK(memory.events().count(events[0].id) == 1);
  CHECK(memory.events().count(events[1].id) == 0);
  CHECK(memory.events().count(events[2].id) == 1);
  CHECK(store.writes_seen() == 3);
}

TEST_CASE("faulty store: every write fails until healed") {
  MemoryStore memory;
  FaultyStore store(memory);
  store.fail_all_writes(Error{"store", "the disk is full"});
  std::vector<Status> results;
  for (int i = 0; i < 3; ++i)
    store.write(Batch{{}, {Settings{}}, {}}, [&](const Status& s) { results.push_back(s); });
  run_all(store);
  REQUIRE(results.size() == 3);
  for (const Status& s : results) CHECK(s.error().why == "the disk is full");
  CHECK(memory.records().empty());
  store.heal();
  store.write(Batch{{}, {Settings{}}, {}}, [&](const Status& s) { results.push_back(s); });
  run_all(store);
  CHECK(results.back().ok());
  CHECK(memory.records().size() == 1);
}

TEST_CASE("faulty store: held confirmations wait, then arrive in the order written") {
  MemoryStore memory;
  FaultyStore store(memory);
  store.hold();
  store.fail_write(1);
  std::vector<std::string> order;
  store.write(Batch{}, [&](const Status& s) { order.push_back(s.ok() ? "1 ok" : "1 failed"); });
  store.write(Batch{}, [&](const Status& s) { order.push_back(s.ok() ? "2 ok" : "2 failed"); });
  run_all(store);
  CHECK(order.empty());
  CHECK(store.unconfirmed() == 2);
  store.release();
  run_all(store);
  CHECK(order == std::vector<std::string>{"1 failed", "2 ok"});
}

TEST_CASE("faulty store: a failed load reports its error after the chunks") {
  MemoryStore memory;
  FaultyStore store(memory);
  store.fail_next_load(Error{"store", "the database was deleted"});
  std::optional<Status> first, second;
  store.load([](LoadChunk) {}, [&](const Status& s) { first = s; });
  store.load([](LoadChunk) {}, [&](const Status& s) { second = s; });
  run_all(store);
  REQUIRE(first);
  REQUIRE(second);
  CHECK(first->error().why == "the database was deleted");
  CHECK(second->ok());
}
