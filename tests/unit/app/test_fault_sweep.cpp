// Fault injection at the store seam, as SQLite tests its I/O: one scripted
// session of N actions is replayed N times, failing write k for every k; and
// N times more, crashing (the app and every unconfirmed write gone) after
// action k. Afterwards every event the app reported saved is in the store,
// nothing is there twice or invented, and work goes on.
#include <doctest/doctest.h>

#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "app/app.hpp"
#include "core/store/faulty_store.hpp"
#include "core/store/memory_store.hpp"

using namespace mend;
using namespace mend::app;

namespace {
constexpr TimeMs kNow = 1795000000000;  // 2026-11-18

// One tab: an app over a faulty store over a memory store ("the disk").
struct Tab {
  store::MemoryStore& disk;
  store::FaultyStore store{disk};
  SeededRandom random;
  App app{store, random};
  TimeMs now = kNow;
  std::vector<std::string> cases;

  Tab(store::MemoryStore& d, std::uint64_t seed) : disk(d), random(seed) {
    app.tick(now);
    settle();
  }
  void settle() {
    while (store.run_pending() > 0) {
    }
  }
  void run(Request r) {
    now += 1000;
    app.tick(now);
    app.apply({std::move(r)});
  }
  // The events the app no longer counts as pending: what it called saved.
  std::set<std::string> reported_saved() const {
    std::set<std::string> pending;
    for (const Change& c : app.state().storage.unsaved)
      for (const Event& e : c.events) pending.insert(e.id);
    std::set<std::string> saved;
    for (const Case& c : app.state().book.cases)
      for (const Event& e : c.events)
        if (pending.count(e.id) == 0) saved.insert(e.id);
    return saved;
  }
  std::set<std::string> in_book() const {
    std::set<std::string> ids;
    for (const Case& c : app.state().book.cases)
      for (const Event& e : c.events) ids.insert(e.id);
    return ids;
  }
  // Time passes until every pending change is stored (retries included).
  void recover() {
    for (int i = 0; i < 50 && !app.state().storage.unsaved.empty(); ++i) {
      now += 60 * 1000;
      app.tick(now);
      settle();
    }
  }
};

// The scripted session: each action writes once when the store keeps up.
using Action = std::function<void(Tab&)>;
std::vector<Action> script() {
  const auto open = [](const char* name) {
    return [name](Tab& t) {
      IntakeData d;
      d.customer_name = name;
      t.run(RequestOpenCase{d});
      for (const AppOutcome& o : t.app.state().outcomes)
        if (const auto* opened = std::get_if<CaseOpened>(&o)) t.cases.push_back(opened->case_id);
    };
  };
  const auto on_case = [](std::size_t which, Payload p) {
    return [which, p](Tab& t) {
      if (which < t.cases.size()) t.run(RequestCaseEvent{t.cases[which], "test", p});
    };
  };
  return {open("Ana"),
          on_case(0, StepDone{"apologise", "", ""}),
          open("Ben"),
          on_case(0, Note{"called back"}),
          on_case(1, StepDone{"apologise", "", ""}),
          open("Cleo"),
          on_case(0, Outcome{Verdict::Satisfied, Retention::Retained}),
          on_case(2, Note{"waiting for the manager"}),
          on_case(0, Analysis{"understaffed", "a second person at the counter"}),
          on_case(1, FollowUpScheduled{kNow + 86400000, "call"}),
          on_case(1, FollowUpDone{"all well"}),
          on_case(2, StepDone{"apologise", "", ""})};
}

std::set<std::string> stored_ids(const store::MemoryStore& disk) {
  std::set<std::string> ids;
  for (const auto& [id, e] : disk.events()) ids.insert(id);
  return ids;
}

bool subset(const std::set<std::string>& a, const std::set<std::string>& b) {
  return std::includes(b.begin(), b.end(), a.begin(), a.end());
}

}  // namespace

TEST_CASE("fault sweep: the session as it should go writes once per action") {
  store::MemoryStore disk;
  Tab tab(disk, 1);
  for (const Action& act : script()) {
    act(tab);
    for (const AppOutcome& o : tab.app.state().outcomes)
      CHECK_FALSE(std::holds_alternative<CaseEventRefused>(o));
    tab.settle();
  }
  CHECK(tab.store.writes_seen() == script().size());
  CHECK(stored_ids(disk) == tab.in_book());
  CHECK(stored_ids(disk).size() == script().size());
}

TEST_CASE("fault sweep: whichever write fails, every change ends stored once") {
  const std::size_t n = script().size();
  for (std::size_t k = 1; k <= n; ++k) {
    INFO("failing write ", k);
    store::MemoryStore disk;
    Tab tab(disk, 1);
    tab.store.fail_write(static_cast<int>(k));
    std::set<std::string> said_saved;
    for (const Action& act : script()) {
      act(tab);
      tab.settle();
      // Never called saved before the disk has it.
      const std::set<std::string> saved = tab.reported_saved();
      CHECK(subset(saved, stored_ids(disk)));
      said_saved.insert(saved.begin(), saved.end());
    }
    tab.recover();
    CHECK(tab.app.state().storage.unsaved.empty());
    CHECK_FALSE(tab.app.state().storage.failure);
    CHECK(stored_ids(disk) == tab.in_book());
    CHECK(subset(said_saved, stored_ids(disk)));
    CHECK(stored_ids(disk).size() == n);  // each action's event once, none lost
  }
}

TEST_CASE("fault sweep: a crash after any action loses nothing that was called saved") {
  const std::vector<Action> actions = script();
  const std::size_t n = actions.size();
  for (std::size_t k = 1; k <= n; ++k) {
    INFO("crash after action ", k);
    store::MemoryStore disk;
    std::set<std::string> said_saved, made;
    {
      Tab tab(disk, 1);
      // Every action but the last is confirmed; the last one's write is still
      // queued, uncommitted, when the tab dies.
      for (std::size_t i = 0; i < k; ++i) {
        actions[i](tab);
        if (i + 1 < k) tab.settle();
      }
      said_saved = tab.reported_saved();
      made = tab.in_book();
    }  // the tab is gone; what the disk committed stays
    // The disk after the crash: only what it had committed (a queued write is lost).
    store::MemoryStore after;
    store::Batch committed;
    for (const auto& [id, e] : disk.events()) committed.events.push_back(e);
    for (const auto& [key, r] : disk.records()) committed.records.push_back(r);
    after.write(std::move(committed), [](const Status& s) { REQUIRE(s.ok()); });
    after.run_pending();

    Tab reopened(after, 2);
    const std::set<std::string> loaded = reopened.in_book();
    CHECK(subset(said_saved, loaded));  // nothing called saved is missing
    CHECK(subset(loaded, made));        // nothing invented
    CHECK(said_saved.size() == k - 1);  // the last action's write was in flight: lost,
    CHECK(loaded.size() == k - 1);      // and it was never called saved
    // Work goes on: a new case is stored.
    IntakeData d;
    d.customer_name = "After the crash";
    reopened.run(RequestOpenCase{d});
    reopened.settle();
    CHECK(reopened.app.state().storage.unsaved.empty());
    CHECK(stored_ids(after).size() == loaded.size() + 1);
  }
}
