// Anonymising through the app (issue 9 part 4): the retention rule runs by
// itself once the owner sets it, in steps, and what it did is in the store
// after a restart; the owner forgets one customer on request; the book's
// pseudonym key is the app's, never the settings editor's; staff who may not
// manage cannot forget anyone.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "app/app.hpp"
#include "core/case/case_state.hpp"
#include "core/model/lookup.hpp"
#include "core/privacy/anonymise.hpp"
#include "core/sample/sample.hpp"
#include "support/desk.hpp"

using namespace mend;
using namespace mend::app;
using mendtest::Desk;
using mendtest::sign_in;

namespace {

// A year of the sample business ending now, the owner signed in.
struct OwnerDesk : Desk {
  explicit OwnerDesk(int cases = 300)
      : Desk(make_sample_book(cases, 5, mendtest::kNow - 370 * kMsPerDay)) {
    sign_in(*this, "maya");
  }
  void set_retention(int months) {
    Settings s = state().book.settings;
    s.anonymise_after_months = months;
    run(RequestSaveSettings{s});
  }
  // Ticks until the retention rule has nothing left to do.
  void run_retention() {
    for (int i = 0; i < 100; ++i) {
      later(16);
      settle();
    }
  }
};

std::size_t anonymised(const Book& book, std::string_view reason) {
  std::size_t n = 0;
  for (const Case& c : book.cases) n += fold_case(c).anonymised_reason == reason;
  return n;
}

}  // namespace

TEST_CASE("app anonymising: the retention rule runs by itself, in steps, and is saved") {
  OwnerDesk desk(900);
  Book probe = desk.state().book;
  probe.settings.anonymise_after_months = 3;
  const std::size_t due = due_for_retention(probe, desk.now).size();
  REQUIRE(due > 200);  // more than one step

  desk.set_retention(3);
  desk.later(16);
  // One step per frame: not all at once.
  CHECK(desk.state().retention_anonymised > 0);
  CHECK(desk.state().retention_anonymised <= 400);
  desk.run_retention();
  CHECK(desk.state().retention_anonymised == due);
  CHECK(anonymised(desk.state().book, kAnonymisedForRetention) == due);
  CHECK(desk.state().storage.unsaved.empty());
  const std::string key = desk.state().book.settings.pseudonym_key;
  CHECK(key.size() == 32);

  // What the store holds: no name of an anonymised case, the key in the settings.
  std::size_t named = 0;
  for (const auto& [id, e] : desk.store.events())
    if (const auto* o = std::get_if<Opened>(&e.payload); o && is_pseudonym(o->customer.contact))
      named += !o->customer.name.empty() || !o->customer_words.empty();
  CHECK(named == 0);

  // After a restart: the same book; nothing more to do for an hour.
  const Book before = desk.state().book;
  desk.start();
  CHECK(desk.state().book == before);
  desk.run_retention();
  CHECK(desk.state().retention_anonymised == 0);
  CHECK(desk.state().book.settings.pseudonym_key == key);

  // The settings editor's copy of the key is never taken.
  Settings edited = desk.state().book.settings;
  sign_in(desk, "maya");
  edited.pseudonym_key = "00";
  edited.business_name = "Renamed";
  desk.run(RequestSaveSettings{edited});
  CHECK(desk.state().book.settings.business_name == "Renamed");
  CHECK(desk.state().book.settings.pseudonym_key == key);

  // Off: nothing more is anonymised, however long it runs.
  desk.set_retention(0);
  desk.later(2 * kMsPerHour);
  CHECK(desk.state().retention_anonymised == 0);
}

TEST_CASE("app anonymising: a bad retention setting is refused by its field") {
  OwnerDesk desk(20);
  desk.set_retention(-2);
  const auto* refused = desk.outcome<RecordRefused>();
  REQUIRE(refused);
  CHECK(refused->error.where == "anonymise_after_months");
  CHECK(desk.state().book.settings.anonymise_after_months == 0);
}

TEST_CASE("app anonymising: the owner forgets a customer at their request") {
  OwnerDesk desk;
  // A customer with several cases.
  std::string contact;
  std::size_t theirs = 0;
  for (const Case& c : desk.state().book.cases) {
    const std::string& k = case_opened(c)->customer.contact;
    const auto n = desk.state().derived.customers().cases_of(k).size();
    if (n > theirs) {
      theirs = n;
      contact = k;
    }
  }
  REQUIRE(theirs >= 2);
  const std::string case_id = desk.state().derived.customers().cases_of(contact).back().case_id;
  desk.run(RequestShowCase{case_id});

  // Staff who may not manage cannot.
  sign_in(desk, "ana");
  desk.run(RequestForgetCustomer{case_id});
  CHECK(desk.outcome<RecordRefused>());
  CHECK(anonymised(desk.state().book, kAnonymisedOnRequest) == 0);

  sign_in(desk, "maya");
  desk.run(RequestForgetCustomer{case_id});
  const auto* forgotten = desk.outcome<CustomersForgotten>();
  REQUIRE(forgotten);
  CHECK(forgotten->cases == theirs);
  CHECK(anonymised(desk.state().book, kAnonymisedOnRequest) == theirs);
  CHECK(desk.state().derived.customers().cases_of(contact).empty());
  const std::optional<Case> c = find_case(desk.state().book, case_id);
  REQUIRE(c);
  const CaseState s = fold_case(*c);
  CHECK(s.customer.name.empty());
  CHECK(is_pseudonym(s.customer.contact));
  CHECK_FALSE(s.open);
  desk.settle();
  CHECK(desk.state().storage.unsaved.empty());
  for (const auto& [id, e] : desk.store.events())
    if (const auto* o = std::get_if<Opened>(&e.payload))
      CHECK(normalise_contact(o->customer.contact) != normalise_contact(contact));
}
