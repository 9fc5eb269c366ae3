// News the store brings by itself: another tab's saved events join the book
// (once each), store-wide problems become a banner, and a store emptied under
// the app gets the whole book again.
#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <utility>

#include "app/app.hpp"
#include "core/store/faulty_store.hpp"
#include "core/store/memory_store.hpp"

using namespace mend;
using namespace mend::app;

namespace {
constexpr TimeMs kNow = 1795000000000;  // 2026-11-18

// A store that can lose everything it holds, as when the browser's database
// is deleted from another tab.
class WipeableStore final : public store::Store {
 public:
  bool durable() const override { return true; }
  void load(store::ChunkSink on_chunk, store::Done on_done) override {
    inner_->load(std::move(on_chunk), std::move(on_done));
  }
  void write(store::Batch batch, store::Done on_done) override {
    inner_->write(std::move(batch), std::move(on_done));
  }
  std::size_t run_pending() override { return inner_->run_pending(); }
  void wipe() { inner_ = std::make_unique<store::MemoryStore>(); }
  const store::MemoryStore& inner() const { return *inner_; }

 private:
  std::unique_ptr<store::MemoryStore> inner_ = std::make_unique<store::MemoryStore>();
};

struct Tab {
  store::Store& store;
  SeededRandom random;
  App app;
  Tab(store::Store& s, std::uint64_t seed) : store(s), random(seed), app(s, random) {
    app.tick(kNow);
  }
  std::string open_case(const std::string& name) {
    IntakeData d;
    d.customer_name = name;
    app.apply({RequestOpenCase{d}});
    for (const AppOutcome& o : app.state().outcomes)
      if (const auto* opened = std::get_if<CaseOpened>(&o)) return opened->case_id;
    return "";
  }
};

void settle(store::Store& store) {
  while (store.run_pending() > 0) {
  }
}

store::LoadChunk everything_in(const store::MemoryStore& memory) {
  store::LoadChunk chunk;
  for (const auto& [id, e] : memory.events()) chunk.events.push_back(e);
  for (const auto& [key, r] : memory.records()) chunk.records.push_back(r);
  return chunk;
}

std::size_t events_in(const Book& book) {
  std::size_t n = 0;
  for (const Case& c : book.cases) n += c.events.size();
  return n;
}
}  // namespace

TEST_CASE("app: events another tab stored join the book once, queue and case screen too") {
  store::MemoryStore shared;
  Tab a(shared, 1);
  Tab b(shared, 2);
  settle(shared);
  const std::string case_id = a.open_case("Ana");
  REQUIRE_FALSE(case_id.empty());
  settle(shared);
  CHECK(a.app.state().storage.unsaved.empty());
  CHECK(b.app.state().book.cases.empty());

  b.app.merge_from_store(everything_in(shared));
  REQUIRE(b.app.state().book.cases.size() == 1);
  CHECK(b.app.state().book == a.app.state().book);
  CHECK(b.app.state().derived.queue().find(case_id) != nullptr);
  CHECK(b.app.state().storage.unsaved.empty());  // stored already: nothing to send

  // Told twice (a broadcast and a reload's read): nothing doubles.
  b.app.merge_from_store(everything_in(shared));
  CHECK(b.app.state().book == a.app.state().book);

  // B's own case and A's both survive in both tabs.
  b.open_case("Ben");
  settle(shared);
  a.app.merge_from_store(everything_in(shared));
  CHECK(a.app.state().book.cases.size() == 2);
  CHECK(a.app.state().book == b.app.state().book);
}

TEST_CASE("app: records another tab deleted leave this tab's book too") {
  store::MemoryStore shared;
  CatalogItem coffee;
  coffee.id = "coffee";
  Playbook ours;
  ours.id = "ours";
  ours.version = 2;
  shared.write(store::Batch{{}, {coffee, ours}, {}}, [](const Status&) {});
  settle(shared);
  Tab b(shared, 2);
  settle(shared);
  REQUIRE(b.app.state().book.catalog.size() == 1);
  REQUIRE(b.app.state().book.playbooks.size() == 1);
  store::LoadChunk news;
  news.removed = {store::RecordKey{store::RecordKind::CatalogItem, "coffee"},
                  store::RecordKey{store::RecordKind::Playbook, "ours@1"},  // not this version
                  store::RecordKey{store::RecordKind::Role, "nobody"}};     // not there: harmless
  b.app.merge_from_store(news);
  CHECK(b.app.state().book.catalog.empty());
  CHECK(b.app.state().book.playbooks.size() == 1);
  news.removed = {store::RecordKey{store::RecordKind::Playbook, "ours@2"}};
  b.app.merge_from_store(news);
  CHECK(b.app.state().book.playbooks.empty());
  CHECK(b.app.state().storage.unsaved.empty());  // another tab's change: nothing to send
}

TEST_CASE("app: events that arrive while the book opens join it once it is open") {
  store::MemoryStore shared;
  Tab a(shared, 1);
  settle(shared);
  a.open_case("Ana");
  settle(shared);
  Tab b(shared, 2);  // opening: its load has not run yet
  CHECK(b.app.state().storage.opening);
  b.app.merge_from_store(everything_in(shared));
  settle(shared);
  CHECK_FALSE(b.app.state().storage.opening);
  CHECK(b.app.state().book == a.app.state().book);
}

TEST_CASE("app: a store-wide problem is a banner; changes stay pending") {
  store::MemoryStore shared;
  Tab a(shared, 1);
  settle(shared);
  a.app.store_notice(StoreNotice{Error{"store", "newer"}, StoreProblem::NewerVersionElsewhere});
  REQUIRE(a.app.state().banner);
  const auto* notice = std::get_if<StoreNotice>(&*a.app.state().banner);
  REQUIRE(notice);
  CHECK(notice->problem == StoreProblem::NewerVersionElsewhere);
}

TEST_CASE("app: a store the browser refuses is one banner; work goes on, pending") {
  // As in a private mode: the store says it cannot be used, then its load
  // and every write fail for the same reason.
  const Error refused{"IndexedDB", "this browser does not let Mend store data (SecurityError)"};
  store::MemoryStore memory;
  store::FaultyStore store(memory);
  store.fail_next_load(refused);
  store.fail_all_writes(refused);
  SeededRandom random(5);
  App app(store, random);
  app.tick(kNow);
  app.store_notice(StoreNotice{refused, StoreProblem::Unavailable});
  settle(store);
  auto reported = [&app](auto outcome) {
    for (const AppOutcome& o : app.state().outcomes)
      if (std::holds_alternative<decltype(outcome)>(o)) return true;
    return false;
  };
  REQUIRE(app.state().banner);
  const auto* notice = std::get_if<StoreNotice>(&*app.state().banner);
  REQUIRE(notice);
  CHECK(notice->problem == StoreProblem::Unavailable);
  CHECK(reported(BookOpenFailed{}));  // an outcome still, not a second banner
  CHECK_FALSE(app.state().storage.opening);
  CHECK(app.state().storage.failure);

  IntakeData ana;
  ana.customer_name = "Ana";
  app.apply({RequestOpenCase{ana}});
  CHECK(app.state().screen == Screen::CaseDetail);
  settle(store);
  CHECK(reported(SaveFailed{}));
  REQUIRE(app.state().banner);
  CHECK(std::holds_alternative<CaseOpened>(*app.state().banner));  // no "Not saved" over it
  CHECK(app.state().book.cases.size() == 1);
  CHECK(app.state().storage.unsaved.size() == 1);

  // Once the browser lets Mend store again, the pending case is stored.
  store.heal();
  app.tick(kNow + App::kLastRetryMs);
  settle(store);
  CHECK(app.state().storage.unsaved.empty());
  CHECK_FALSE(app.state().storage.failure);
  CHECK(memory.events().size() == 1);
  REQUIRE(app.state().banner);
  CHECK(std::holds_alternative<ChangeSaved>(*app.state().banner));
}

TEST_CASE("app: a store emptied under the app is given the whole book again") {
  WipeableStore store;
  Tab a(store, 1);
  settle(store);
  a.open_case("Ana");
  a.open_case("Ben");
  settle(store);
  REQUIRE(store.inner().events().size() == 2);
  store.wipe();
  a.app.store_emptied();
  CHECK(a.app.state().storage.unsaved.size() == 1);
  settle(store);
  CHECK(a.app.state().storage.unsaved.empty());
  CHECK(store.inner().events().size() == events_in(a.app.state().book));

  // With a change still pending, that change is not sent twice.
  store.wipe();
  a.open_case("Cem");  // in flight
  a.app.store_emptied();
  settle(store);
  a.app.tick(kNow);
  settle(store);
  CHECK(a.app.state().storage.unsaved.empty());
  CHECK(store.inner().events().size() == 3);
}
