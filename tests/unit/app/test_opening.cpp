// Opening a large book: the derived views are built in steps across ticks,
// the book counts as open only once they are complete, and the result is the
// same as building them in one go.
#include <doctest/doctest.h>

#include <optional>
#include <utility>
#include <variant>
#include <vector>

#include "app/app.hpp"
#include "app/derived/derived.hpp"
#include "core/case/case_state.hpp"
#include "core/sample/sample.hpp"
#include "core/store/memory_store.hpp"

using namespace mend;
using namespace mend::app;

namespace {
constexpr TimeMs kNow = 1795000000000;  // 2026-11-18
}

TEST_CASE("derived: a rebuild in small steps equals one in a single pass") {
  const Book book = make_sample_book(300, 5);
  Derived whole;
  whole.rebuild(book, kNow);
  Derived steps;
  steps.start_rebuild(kNow);
  int calls = 0;
  while (!steps.rebuild_some(book, 7)) ++calls;
  CHECK(calls == 300 / 7);
  CHECK(steps.cases_rebuilt() == book.cases.size());
  CHECK(steps.queue().by_case_id() == whole.queue().by_case_id());
  CHECK(steps.ledger() == whole.ledger());
  for (const Case& c : book.cases) {
    const CaseState* a = whole.case_state(c.id);
    const CaseState* b = steps.case_state(c.id);
    REQUIRE((a == nullptr) == (b == nullptr));
    if (a) CHECK(a->open == b->open);
  }
  // Starting again forgets everything built before.
  steps.start_rebuild(kNow);
  CHECK(steps.queue().empty());
  CHECK(steps.ledger() == Ledger{});
}

TEST_CASE("derived: rows, customers and ledger of a rebuild equal folding every case") {
  // The rebuild reads closed cases partly (their Opened event and grants);
  // the result must be what folding each case whole gives.
  Book book = make_sample_book(400, 11);
  Derived derived;
  derived.rebuild(book, kNow);
  std::size_t closed = 0;
  CustomerIndex folded;
  for (const Case& c : book.cases) {
    const CaseState s = fold_case(c);
    closed += s.open ? 0 : 1;
    const QueueRow* row = derived.queue().find(c.id);
    REQUIRE(row != nullptr);
    CHECK(*row == make_queue_row(book, s, kNow));
    folded.add(s.customer.contact, s.opened_at, c.id);
    folded.add_name(s.customer.name, s.opened_at, c.id);
  }
  for (const Case& c : book.cases) {
    const std::string& contact = case_opened(c)->customer.contact;
    const auto want = folded.cases_of(contact);
    const auto got = derived.customers().cases_of(contact);
    CHECK(std::vector<CustomerCase>(got.begin(), got.end()) ==
          std::vector<CustomerCase>(want.begin(), want.end()));
    const std::string& name = case_opened(c)->customer.name;
    const auto want_named = folded.cases_named(name);
    const auto got_named = derived.customers().cases_named(name);
    CHECK(std::vector<CustomerCase>(got_named.begin(), got_named.end()) ==
          std::vector<CustomerCase>(want_named.begin(), want_named.end()));
  }
  CHECK(closed > 100);  // the partial path was taken
  CHECK(closed < book.cases.size());
  CHECK(derived.ledger() == Ledger::from_book(book));
}

TEST_CASE("app: a large book is open only once its queue is built, and then exactly once") {
  store::MemoryStore memory;
  const Book book = make_sample_book(4000, 9);
  memory.write(store::batch_of(book), [](const Status& s) { REQUIRE(s.ok()); });
  while (memory.run_pending() > 0) {
  }
  SeededRandom random(3);
  App app(memory, random);
  app.tick(kNow);
  int opened = 0;
  int ticks = 0;
  while (app.state().storage.opening && ticks < 10000) {
    memory.run_pending();
    for (const AppOutcome& o : app.state().outcomes)
      opened += std::holds_alternative<BookOpened>(o);
    app.apply({});  // a new frame: a new list of outcomes
    if (app.state().storage.opening) {
      const StorageStatus& s = app.state().storage;
      CHECK(s.cases_ready <= s.cases_read);
      // While it opens, nothing may be recorded into a half-built book.
      IntakeData d;
      d.customer_name = "Early Bird";
      app.apply({RequestOpenCase{d}});
      CHECK(app.state().book.cases.size() <= book.cases.size());
    }
    app.tick(kNow);
    ++ticks;
  }
  for (const AppOutcome& o : app.state().outcomes) opened += std::holds_alternative<BookOpened>(o);
  CHECK_FALSE(app.state().storage.opening);
  CHECK(opened == 1);
  std::optional<Book> stored;
  store::load_book(memory, [&stored](Result<Book> b) { stored = std::move(b).value(); });
  while (memory.run_pending() > 0) {
  }
  REQUIRE(stored);
  CHECK(app.state().book == *stored);
  CHECK(app.state().derived.queue().size() == book.cases.size());
  Derived whole;
  whole.rebuild(*stored, kNow);
  CHECK(app.state().derived.queue().by_case_id() == whole.queue().by_case_id());
  CHECK(app.state().derived.ledger() == whole.ledger());
}
