// The app layer: requests change the state only through the core, every
// change goes through the store, and nothing is called saved before the
// store confirms it.
#include <doctest/doctest.h>

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <variant>

#include "app/app.hpp"
#include "core/case/case_state.hpp"
#include "core/playbook/playbooks.hpp"
#include "core/store/faulty_store.hpp"
#include "core/store/memory_store.hpp"

using namespace mend;
using namespace mend::app;

namespace {
constexpr TimeMs kNow = 1795000000000;  // 2026-11-18

struct Fixture {
  store::MemoryStore memory;
  store::FaultyStore store{memory};
  SeededRandom random{7};
  std::optional<App> app;
  TimeMs now = kNow;

  explicit Fixture(const Book& seed = {}) {
    memory.write(store::batch_of(seed), [](const Status& s) { REQUIRE(s.ok()); });
    memory.run_pending();
    app.emplace(store, random);
    app->tick(now);
    settle();
  }
  const AppState& state() const { return app->state(); }
  void run(Request r) { app->apply({std::move(r)}); }
  // Lets every finished store operation report back.
  void settle() {
    while (store.run_pending() > 0) {
    }
  }
  void later(TimeMs ms) {
    now += ms;
    app->tick(now);
  }
  std::string open_case(std::string name, std::string contact = "") {
    IntakeData d;
    d.customer_name = std::move(name);
    d.contact = std::move(contact);
    run(RequestOpenCase{d});
    for (const AppOutcome& o : state().outcomes)
      if (const auto* opened = std::get_if<CaseOpened>(&o)) return opened->case_id;
    return "";
  }
  template <class T>
  int count_outcomes() const {
    int n = 0;
    for (const AppOutcome& o : state().outcomes) n += std::holds_alternative<T>(o) ? 1 : 0;
    return n;
  }
};

// Never silently dropped, never called saved before the store has it: every
// event in the book is stored or pending, and every event the app no longer
// counts as pending is in the store.
void check_nothing_lost(const Fixture& f) {
  std::set<std::string> pending;
  for (const Change& c : f.state().storage.unsaved)
    for (const Event& e : c.events) pending.insert(e.id);
  std::set<std::string> in_book;
  for (const Case& c : f.state().book.cases) {
    // Visible: the queue and the case screen have every case of the book.
    CHECK(f.state().derived.queue().find(c.id) != nullptr);
    CHECK(f.state().derived.case_state(c.id) != nullptr);
    for (const Event& e : c.events) {
      in_book.insert(e.id);
      const bool stored = f.memory.events().count(e.id) == 1;
      CHECK_MESSAGE((stored || pending.count(e.id) == 1), "event " << e.id << " was dropped");
    }
  }
  // What is pending is also in the book, where staff see it.
  for (const std::string& id : pending) CHECK(in_book.count(id) == 1);
}

}  // namespace

TEST_CASE("app: opens the book from the store, and refuses changes until it has") {
  store::MemoryStore memory;
  Book book;
  book.settings.business_name = "Harbour";
  memory.write(store::batch_of(book), [](const Status&) {});
  memory.run_pending();
  SeededRandom random(1);
  App app(memory, random);
  CHECK(app.state().storage.opening);
  IntakeData early;
  early.customer_name = "Early";
  app.apply({RequestOpenCase{early}});
  REQUIRE(app.state().banner);
  const auto* refused = std::get_if<IntakeRefused>(&*app.state().banner);
  REQUIRE(refused);
  CHECK(refused->error.where == "book");
  while (memory.run_pending() > 0) {
  }
  CHECK_FALSE(app.state().storage.opening);
  CHECK(app.state().book.settings.business_name == "Harbour");
  CHECK_FALSE(app.state().storage.durable);
}

TEST_CASE("app: New case starts the intake once; the queue is one request away") {
  Fixture f;
  f.run(RequestNewCase{});
  CHECK(f.state().screen == Screen::NewCase);
  CHECK(f.count_outcomes<IntakeStarted>() == 1);
  // Asked again while the form is open: nothing new, so the draft survives.
  f.run(RequestShowScreen{Screen::NewCase});
  CHECK(f.count_outcomes<IntakeStarted>() == 0);
  f.run(RequestShowScreen{Screen::Queue});
  CHECK(f.state().screen == Screen::Queue);
  CHECK(f.state().outcomes.empty());
}

TEST_CASE("app: an intake opens a case, shows it, and saves it once the store confirms") {
  Fixture f;
  IntakeData d;
  d.customer_name = "Ana Silva";
  d.contact = "ana@example.com";
  d.category = "billing";
  d.severity = 4;
  d.customer_words = "You charged me twice.";
  f.run(RequestOpenCase{d});
  REQUIRE(f.state().book.cases.size() == 1);
  const Case c = f.state().book.cases.at(0);
  const Opened* opened = case_opened(c);
  REQUIRE(opened != nullptr);
  CHECK(opened->customer.name == "Ana Silva");
  CHECK(opened->category == "billing");
  CHECK(opened->severity == 4);
  CHECK(opened->customer_words == "You charged me twice.");
  CHECK(is_valid_reference(opened->reference));
  CHECK(c.events.front().at == kNow);
  CHECK(f.state().screen == Screen::CaseDetail);
  CHECK(f.state().selected_case == c.id);
  REQUIRE(f.state().banner);
  const auto* done = std::get_if<CaseOpened>(&*f.state().banner);
  REQUIRE(done);
  CHECK(done->case_id == c.id);
  CHECK(done->reference == opened->reference);

  // Pending until confirmed: in the book and on screen, not yet saved.
  CHECK(f.state().storage.unsaved.size() == 1);
  CHECK(f.memory.events().empty());
  CHECK(f.state().derived.case_state(c.id) != nullptr);
  check_nothing_lost(f);
  f.settle();
  CHECK(f.state().storage.unsaved.empty());
  CHECK(f.memory.events().count(c.id) == 1);
  CHECK(f.count_outcomes<ChangeSaved>() == 1);
  // A plain save needs no banner: the notice about the case stays.
  CHECK(std::holds_alternative<CaseOpened>(*f.state().banner));
}

TEST_CASE("app: an intake the core refuses shows the core's where and why; nothing changes") {
  Fixture f;
  f.run(RequestNewCase{});
  f.run(RequestOpenCase{IntakeData{}});
  CHECK(f.state().book.cases.empty());
  CHECK(f.state().screen == Screen::NewCase);
  CHECK(f.state().storage.unsaved.empty());
  REQUIRE(f.state().banner);
  const auto* refused = std::get_if<IntakeRefused>(&*f.state().banner);
  REQUIRE(refused);
  CHECK(refused->error.where == "customer");
  CHECK(refused->error.why == "record at least the customer's name or a contact");
  f.run(RequestDismissMessage{});
  CHECK_FALSE(f.state().banner);

  IntakeData unknown;
  unknown.customer_name = "Bo";
  unknown.playbook_id = "no-such-playbook";
  f.run(RequestOpenCase{unknown});
  CHECK(f.state().book.cases.empty());
  REQUIRE(f.count_outcomes<IntakeRefused>() == 1);
  CHECK(std::get<IntakeRefused>(f.state().outcomes.front()).error.where == "playbook_id");
  CHECK(f.state().screen != Screen::CaseDetail);
  f.settle();
  CHECK(f.memory.events().empty());
}

TEST_CASE("app: a notice clears itself after a few seconds or on another screen; a refusal stays") {
  Fixture f;
  IntakeData d;
  d.customer_name = "Ana";
  f.run(RequestOpenCase{d});
  REQUIRE(f.state().banner);
  f.later(3000);
  CHECK(f.state().banner);  // still there to be read
  f.later(3000);
  CHECK_FALSE(f.state().banner);

  f.run(RequestOpenCase{d});
  REQUIRE(f.state().banner);
  f.run(RequestShowCase{f.state().selected_case});  // the same screen: it stays
  CHECK(f.state().banner);
  f.run(RequestShowScreen{Screen::Queue});
  CHECK_FALSE(f.state().banner);

  f.run(RequestNewCase{});
  f.run(RequestOpenCase{IntakeData{}});  // refused: no name, no contact
  REQUIRE(f.state().banner);
  f.later(60000);
  f.run(RequestShowScreen{Screen::Queue});
  CHECK(std::holds_alternative<IntakeRefused>(*f.state().banner));
}

TEST_CASE(
    "app: the intake is trimmed; a name of only spaces is no name; tags and tenure are kept") {
  Fixture f;
  f.run(RequestNewCase{});
  IntakeData blank;
  blank.customer_name = "   ";
  blank.contact = " \t ";
  f.run(RequestOpenCase{blank});
  CHECK(f.state().book.cases.empty());
  REQUIRE(f.count_outcomes<IntakeRefused>() == 1);
  CHECK(std::get<IntakeRefused>(f.state().outcomes.front()).error.where == "customer");

  IntakeData d;
  d.customer_name = "  Ana Silva ";
  d.contact = " ana@example.com\n";
  d.customer_words = "  The cake was late.  ";
  d.tenure_months = 30;
  d.cares_about = {" Time ", "kids", "time", "  "};
  f.run(RequestOpenCase{d});
  REQUIRE(f.state().book.cases.size() == 1);
  const std::optional<Case> opened = find_case(f.state().book, f.state().selected_case);
  REQUIRE(opened);
  const Opened* o = case_opened(*opened);
  REQUIRE(o != nullptr);
  CHECK(o->customer.name == "Ana Silva");
  CHECK(o->customer.contact == "ana@example.com");
  CHECK(o->customer_words == "The cake was late.");
  CHECK(o->customer.tenure_months == 30);
  CHECK(o->customer.cares_about == std::vector<std::string>{"time", "kids"});
}

TEST_CASE("app: a new case follows the latest version of the business's own playbook") {
  Book book;
  Playbook ours = builtin_playbooks().front();
  ours.id = "our-way";
  ours.name = "Our way";
  ours.builtin = false;
  REQUIRE(create_playbook(book, ours).ok());
  ours.summary = "Edited";
  REQUIRE(edit_playbook(book, ours).ok());
  Fixture f(book);
  IntakeData d;
  d.customer_name = "Cy";
  d.playbook_id = "our-way";
  f.run(RequestOpenCase{d});
  REQUIRE(f.state().book.cases.size() == 1);
  const Case c = f.state().book.cases.at(0);
  const Opened* opened = case_opened(c);
  CHECK(opened->playbook_id == "our-way");
  CHECK(opened->playbook_version == 2);
}

TEST_CASE("app: a failed write keeps the change pending, says so, and is retried") {
  Fixture f;
  f.store.fail_write(1, Error{"store", "the device storage is full"});
  const std::string first = f.open_case("Ana");
  f.settle();
  CHECK(f.count_outcomes<SaveFailed>() == 1);
  REQUIRE(f.state().banner);
  CHECK(std::holds_alternative<SaveFailed>(*f.state().banner));
  REQUIRE(f.state().storage.failure);
  CHECK(f.state().storage.failure->why == "the device storage is full");
  CHECK(f.state().storage.unsaved.size() == 1);
  CHECK(f.memory.events().empty());
  check_nothing_lost(f);

  // Another change waits for the retry rather than overtaking the first.
  const std::string second = f.open_case("Bo");
  f.settle();
  CHECK(f.state().storage.unsaved.size() == 2);
  CHECK(f.memory.events().empty());
  check_nothing_lost(f);

  f.later(App::kFirstRetryMs);
  f.settle();
  CHECK(f.state().storage.unsaved.empty());
  CHECK_FALSE(f.state().storage.failure);
  CHECK(f.memory.events().count(first) == 1);
  CHECK(f.memory.events().count(second) == 1);
  REQUIRE(f.state().banner);
  CHECK(std::holds_alternative<ChangeSaved>(*f.state().banner));
  check_nothing_lost(f);
}

TEST_CASE("app: writes failing until healed are retried with growing pauses, banner once") {
  Fixture f;
  f.store.fail_all_writes();
  f.open_case("Ana");
  f.settle();
  CHECK(f.count_outcomes<SaveFailed>() == 1);
  f.run(RequestDismissMessage{});
  TimeMs pause = App::kFirstRetryMs;
  for (int attempt = 0; attempt < 8; ++attempt) {
    const TimeMs retry_at = f.state().storage.retry_at;
    CHECK(retry_at - f.now == pause);
    f.later(pause - 1);  // not yet
    f.settle();
    CHECK(f.store.writes_seen() == static_cast<std::uint64_t>(attempt + 1));
    f.later(1);
    f.settle();
    CHECK(f.store.writes_seen() == static_cast<std::uint64_t>(attempt + 2));
    CHECK_FALSE(f.state().banner);  // still failing: the menu bar says so, no new banner
    CHECK(f.state().storage.unsaved.size() == 1);
    check_nothing_lost(f);
    pause = std::min(pause * 2, App::kLastRetryMs);
  }
  f.store.heal();
  f.later(f.state().storage.retry_at - f.now);
  f.settle();
  CHECK(f.state().storage.unsaved.empty());
  CHECK(f.memory.events().size() == 1);
  check_nothing_lost(f);
}

TEST_CASE("app: a slow store shows changes as saving until each confirmation arrives") {
  Fixture f;
  f.store.hold();
  const std::string first = f.open_case("Ana");
  f.settle();
  const std::string second = f.open_case("Bo");
  f.settle();
  // The first write reached the store but is not confirmed: not saved yet.
  CHECK(f.memory.events().count(first) == 1);
  CHECK(f.state().storage.unsaved.size() == 2);
  CHECK(f.count_outcomes<ChangeSaved>() == 0);
  check_nothing_lost(f);
  f.store.release();
  f.settle();
  CHECK(f.state().storage.unsaved.empty());
  CHECK(f.memory.events().count(second) == 1);
  check_nothing_lost(f);
}

TEST_CASE("app: under random faults every change ends stored or visibly pending") {
  Fixture f;
  SeededRandom dice(99);
  int failures = 0;
  std::size_t most_unsaved = 0;
  for (int step = 0; step < 300; ++step) {
    switch (dice.below(6)) {
      case 0:
        f.open_case("Customer " + std::to_string(step), "c" + std::to_string(step % 7) + "@x.org");
        break;
      case 1:
        f.store.fail_write(static_cast<int>(dice.below(3)) + 1);
        break;
      case 2:
        if (dice.below(4) == 0)
          f.store.fail_all_writes();
        else
          f.store.heal();
        break;
      case 3:
        if (dice.below(2) == 0)
          f.store.hold();
        else
          f.store.release();
        break;
      case 4:
        f.later(static_cast<TimeMs>(dice.below(5000)));
        break;
      default:
        f.settle();
    }
    check_nothing_lost(f);
    failures += f.count_outcomes<SaveFailed>();
    most_unsaved = std::max(most_unsaved, f.state().storage.unsaved.size());
  }
  CHECK(failures > 5);  // the faults did bite
  CHECK(most_unsaved > 3);
  // Once the faults are over (planned ones included), everything gets stored.
  f.store.heal();
  f.store.release();
  for (int round = 0; round < 10 && !f.state().storage.unsaved.empty(); ++round) {
    f.later(App::kLastRetryMs);
    f.settle();
  }
  CHECK(f.state().storage.unsaved.empty());
  std::size_t events = 0;
  for (const Case& c : f.state().book.cases) events += c.events.size();
  CHECK(f.memory.events().size() == events);
}

TEST_CASE("app: a book that cannot be read is reported; new cases are still saved") {
  store::MemoryStore memory;
  store::FaultyStore store(memory);
  store.fail_next_load(Error{"store", "the database was deleted"});
  SeededRandom random(3);
  App app(store, random);
  app.tick(kNow);
  while (store.run_pending() > 0) {
  }
  REQUIRE(app.state().banner);
  CHECK(std::holds_alternative<BookOpenFailed>(*app.state().banner));
  CHECK_FALSE(app.state().storage.opening);
  IntakeData ana;
  ana.customer_name = "Ana";
  app.apply({RequestOpenCase{ana}});
  while (store.run_pending() > 0) {
  }
  CHECK(memory.events().size() == 1);
}

TEST_CASE("app: outcomes last until the next frame's requests run") {
  Fixture f;
  f.open_case("Ana");
  CHECK(f.count_outcomes<CaseOpened>() == 1);
  f.settle();
  CHECK(f.count_outcomes<CaseOpened>() == 1);  // the store's news joins, nothing is lost
  CHECK(f.count_outcomes<ChangeSaved>() == 1);
  f.app->apply({});
  CHECK(f.state().outcomes.empty());
}
