// Merging books: union by id, conflicts reported with where and why, nothing
// changes on a conflict unless a side is chosen, counts of what is added.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/base/ids.hpp"
#include "core/json/book_json.hpp"
#include "support/fixtures.hpp"

using namespace mend;

namespace {

// Changes case i of the book through a decoded copy (a table's events are immutable).
template <class Edit>
void edit_case(Book& book, std::size_t i, Edit edit) {
  std::vector<Case> cases = mendtest::cases_of(book);
  edit(cases[i]);
  book.cases = mendtest::table_of(cases);
}

// Two devices that started from the same book and then diverged.
struct Devices {
  Book base = mendtest::full_book();
  Book a = base;
  Book b = base;
  Devices() {
    SeededRandom rnd(99);
    const TimeMs t = 1'796'000'000'000;
    // a: a new note on an existing case.
    edit_case(a, 1, [&](Case& ca) {
      ca.events.push_back({new_id(t, rnd), ca.id, t, "ana", Note{"from tablet A"}});
    });
    // b: a whole new case, a new note on the same existing case, a new role and item.
    edit_case(b, 1, [&](Case& cb) {
      cb.events.push_back({new_id(t + 1, rnd), cb.id, t + 1, "max", Note{"from tablet B"}});
    });
    Case fresh;
    fresh.id = new_id(t + 2, rnd);
    Opened o;
    o.playbook_id = "heard";
    fresh.events.push_back({new_id(t + 2, rnd), fresh.id, t + 2, "kiosk", o});
    fresh.events.push_back({new_id(t + 3, rnd), fresh.id, t + 3, "ana", Note{"hi"}});
    b.cases.add_case(fresh);
    b.roles.push_back({"owner", "Owner", 1'000'000, 1'000'000, true});
    b.catalog.push_back({"cake", "Cake", "gift", 300, 800, {}, {}, {}, 5, std::nullopt, true});
    b.settings.business_name = "Tablet B's name";
  }
};

}  // namespace

TEST_CASE("json merge: union of cases and events, with counts") {
  Devices d;
  const auto r = merge_books(d.a, d.b);
  REQUIRE(r.ok());
  CHECK(r.conflicts.empty());
  CHECK(r.added.cases == 1);
  CHECK(r.added.events == 3);  // b's note + the fresh case's two events
  CHECK(r.added.roles == 1);
  CHECK(r.added.catalog == 1);
  CHECK(r.added.staff == 0);
  CHECK(r.added.playbooks == 0);
  CHECK(r.added.replaced == 0);
  const Book& m = *r.book;
  CHECK(m.cases.size() == d.base.cases.size() + 1);
  CHECK(m.cases.event_count(1) == d.base.cases.event_count(1) + 2);
  for (const auto& c : m.cases)
    CHECK(std::is_sorted(c.events.begin(), c.events.end(),
                         [](const Event& x, const Event& y) { return x.id < y.id; }));
  for (std::size_t i = 1; i < m.cases.size(); ++i) CHECK(m.cases.id(i - 1) < m.cases.id(i));
  CHECK(m.settings == d.a.settings);  // ours by default
  // Merging is symmetric in content (up to settings) and idempotent.
  const auto back = merge_books(d.b, d.a);
  REQUIRE(back.ok());
  CHECK(back.book->cases == m.cases);
  const auto again = merge_books(m, d.b);
  REQUIRE(again.ok());
  CHECK(*again.book == m);
  CHECK(again.added == MergeCounts{});
  // The merged book is a valid book.
  const std::string json = export_book(m);
  mendtest::save_export("merged.json", json);
  CHECK(import_book(json).ok());
}

TEST_CASE("json merge: conflicts refuse by default and change nothing") {
  Devices d;
  edit_case(d.b, 1, [](Case& c) {
    std::get<Note>(c.events[1].payload).text = "edited on B";
    c.events[2].at += 1;
  });
  d.b.catalog[0].cost = 99;
  d.b.playbooks[1].name = "Their way";
  const auto r = merge_books(d.a, d.b);
  CHECK_FALSE(r.ok());
  CHECK_FALSE(r.book.has_value());
  REQUIRE(r.conflicts.size() == 4);
  const std::string c(d.a.cases.id(1));
  CHECK(r.conflicts[0].where == R"(catalog["coffee"])");
  CHECK(r.conflicts[0].why == "same id, different content in the two books");
  CHECK(r.conflicts[1].where == R"(playbooks["our-way version 2"])");
  CHECK(r.conflicts[2].where ==
        R"(cases[")" + c + R"("].events[")" + d.a.cases.at(1).events[1].id + R"("])");
  CHECK(r.conflicts[2].why == "same event id, different content (note fields)");
  CHECK(r.conflicts[3].why == "same event id, different content (at)");
  CHECK(r.added.cases == 1);  // still counted, to show what would change
}

TEST_CASE("json merge: a chosen side wins every conflict") {
  Devices d;
  edit_case(d.b, 1, [](Case& c) {
    std::get<Note>(c.events[1].payload).text = "edited on B";
    c.events[2].payload = Closed{"type changed"};
  });
  d.b.roles[0].per_case_limit = 1;
  auto ours = merge_books(d.a, d.b, MergePolicy::PreferOurs);
  REQUIRE(ours.ok());
  CHECK(ours.conflicts.size() == 3);
  CHECK(ours.conflicts[2].why == "same event id, different content (type)");
  CHECK(ours.book->cases.at(1).events[1] == d.a.cases.at(1).events[1]);
  CHECK(ours.book->roles[0] == d.a.roles[0]);
  CHECK(ours.book->settings == d.a.settings);
  CHECK(ours.added.replaced == 0);
  auto theirs = merge_books(d.a, d.b, MergePolicy::PreferTheirs);
  REQUIRE(theirs.ok());
  CHECK(theirs.book->cases.at(1).events[1] == d.b.cases.at(1).events[1]);
  CHECK(theirs.book->cases.at(1).events[2] == d.b.cases.at(1).events[2]);
  CHECK(theirs.book->roles[0] == d.b.roles[0]);
  CHECK(theirs.book->settings == d.b.settings);
  CHECK(theirs.added.replaced == 3);
  // Ours is untouched in every case.
  CHECK(d.a == Devices().a);
}

TEST_CASE("json merge: input built in any order gives the same sorted book") {
  Devices d;
  std::vector<Case> reversed = mendtest::cases_of(d.a);
  std::reverse(reversed.begin(), reversed.end());
  std::reverse(reversed.back().events.begin(), reversed.back().events.end());
  Book a = d.a;
  a.cases = mendtest::table_of(reversed);
  const auto r = merge_books(a, d.b);
  REQUIRE(r.ok());
  CHECK(r.book->cases == merge_books(d.a, d.b).book->cases);
}

TEST_CASE("json merge: through the JSON codec, as the CLI and the app do it") {
  Devices d;
  const auto a = import_book(export_book(d.a));
  const auto b = import_book(export_book(d.b));
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  const auto r = merge_books(*a.book, *b.book);
  REQUIRE(r.ok());
  CHECK(export_book(*r.book) == export_book(*merge_books(d.a, d.b).book));
}

TEST_CASE("json merge: one case id opened differently in two books is a conflict of the case") {
  // Found by make fuzz: the union of the events held two "opened" events, so
  // the merged book could not be imported again.
  Devices d;
  edit_case(d.b, 0, [](Case& c) {
    SeededRandom rnd(5);
    Event& opening = c.events.front();
    opening.id = new_id(opening.at - 1000, rnd);  // another device's opening
  });
  REQUIRE(import_book(export_book(d.b)).ok());  // each book is valid on its own
  const MergeResult refused = merge_books(d.a, d.b, MergePolicy::Refuse);
  CHECK_FALSE(refused.ok());
  REQUIRE_FALSE(refused.conflicts.empty());
  CHECK(refused.conflicts.front().why.find("opened this case differently") != std::string::npos);
  for (MergePolicy p : {MergePolicy::PreferOurs, MergePolicy::PreferTheirs}) {
    const MergeResult m = merge_books(d.a, d.b, p);
    REQUIRE(m.ok());
    const Book& chosen = p == MergePolicy::PreferOurs ? d.a : d.b;
    CHECK(m.book->cases.at(0) == chosen.cases.at(0));  // that side's case, whole
    CHECK(import_book(export_book(*m.book)).ok());
  }
}
