#include <doctest/doctest.h>

#include "core/base/ids.hpp"
#include "core/model/lookup.hpp"

using namespace mend;

namespace {

constexpr TimeMs kT0 = 1767225600000;  // 2026-01-01T00:00:00Z

Case make_case(SeededRandom& r, TimeMs at) {
  Opened o;
  o.customer.name = "Ada";
  o.category = "billing";
  o.playbook_id = "three-step";
  Case c;
  c.id = new_id(at, r);
  c.events.push_back(Event{new_id(at, r), c.id, at, std::string(kKioskActor), o});
  return c;
}

}  // namespace

TEST_CASE("lookup: find_case uses the sorted ids") {
  SeededRandom r(2);
  Book book;
  for (int i = 19; i >= 0; --i) book.cases.add_case(make_case(r, kT0 + i * kMsPerSecond));
  for (std::size_t i = 1; i < book.cases.size(); ++i)
    CHECK(book.cases.id(i - 1) < book.cases.id(i));
  for (const Case& c : book.cases) CHECK(find_case(book, c.id) == c);
  CHECK_FALSE(find_case(book, "01ARZ3NDEKTSV4RRFFQ69G5FAV").has_value());
  CHECK(find_case(book, book.cases.id(3)) == book.cases.at(3));
}

TEST_CASE("lookup: case_opened is the first event's Opened payload") {
  SeededRandom r(3);
  Case c = make_case(r, kT0);
  REQUIRE(case_opened(c) != nullptr);
  CHECK(case_opened(c)->customer.name == "Ada");
  c.events.front().payload = Note{"not an opening"};
  CHECK(case_opened(c) == nullptr);
  CHECK(case_opened(Case{}) == nullptr);
}

TEST_CASE("lookup: staff, their role and catalog items by id") {
  Book book;
  book.roles = {Role{"staff", "Staff", 100, 200, false}, Role{"boss", "Boss", 1, 2, true}};
  book.staff = {Staff{"ann", "Ann", "boss", ""}, Staff{"bob", "Bob", "gone", ""}};
  book.catalog.push_back(CatalogItem{"tea", "Tea", "gesture", 1, 2, {}, {}, {}, {}, {}, true});
  REQUIRE(find_staff(book, "ann") != nullptr);
  CHECK(find_staff(book, "ann")->name == "Ann");
  CHECK(find_staff(book, "zed") == nullptr);
  REQUIRE(role_of(book, "ann") != nullptr);
  CHECK(role_of(book, "ann")->id == "boss");
  CHECK(role_of(book, "bob") == nullptr);  // a role the book doesn't have
  CHECK(role_of(book, "zed") == nullptr);
  REQUIRE(find_item(book, "tea") != nullptr);
  CHECK(find_item(book, "tea")->name == "Tea");
  CHECK(find_item(book, "coffee") == nullptr);
}
