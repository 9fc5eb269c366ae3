// roles[].retired and staff[].retired in the book format: written, read back,
// and false for books exported before roles and staff could be retired.
#include <doctest/doctest.h>

#include <string>

#include "core/json/book_json.hpp"
#include "support/fixtures.hpp"

using namespace mend;

namespace {
// Every occurrence, counted: the test must see each key it takes out go.
int replace_all(std::string& s, const std::string& from, const std::string& to) {
  int n = 0;
  for (auto at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) {
    s.replace(at, from.size(), to);
    ++n;
  }
  return n;
}
}  // namespace

TEST_CASE("editing: retired roles and staff survive export and import") {
  Book b = mendtest::full_book();
  REQUIRE(b.roles.size() == 2);
  REQUIRE(b.staff.size() == 2);
  b.roles[1].retired = true;
  b.staff[0].retired = true;
  const std::string json = export_book(b);
  mendtest::save_export("retired-role-and-staff.json", json);
  const ImportResult r = import_book(json);
  REQUIRE(r.ok());
  CHECK_FALSE(r.book->roles[0].retired);
  CHECK(r.book->roles[1].retired);
  CHECK(r.book->staff[0].retired);
  CHECK_FALSE(r.book->staff[1].retired);
  CHECK(*r.book == b);
}

TEST_CASE("editing: a book without the retired keys reads roles and staff in use") {
  Book b = mendtest::full_book();
  std::string json = export_book(b);
  // Roles end with can_manage then retired; staff with pin_hash (the
  // fixture's two) then retired. Terms keep their own (required) key.
  CHECK(replace_all(json, R"("can_manage":false,"retired":false})", R"("can_manage":false})") == 2);
  CHECK(replace_all(json, R"("pin_hash":"","retired":false})", R"("pin_hash":""})") == 1);
  CHECK(replace_all(json, R"("pin_hash":"9f86d081884c7d65","retired":false})",
                    R"("pin_hash":"9f86d081884c7d65"})") == 1);
  const ImportResult r = import_book(json);
  REQUIRE(r.ok());
  for (const Role& role : r.book->roles) CHECK_FALSE(role.retired);
  for (const Staff& s : r.book->staff) CHECK_FALSE(s.retired);
  CHECK(*r.book == b);
}
