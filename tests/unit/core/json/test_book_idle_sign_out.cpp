// settings.idle_sign_out_seconds in the book format: written, read back,
// range-checked, and defaulted for books exported before sign-in existed.
#include <doctest/doctest.h>

#include <string>

#include "core/json/book_json.hpp"
#include "support/fixtures.hpp"

using namespace mend;

namespace {
std::string replace_once(std::string s, const std::string& from, const std::string& to) {
  const auto at = s.find(from);
  REQUIRE(at != std::string::npos);
  return s.replace(at, from.size(), to);
}
}  // namespace

TEST_CASE("idle sign-out json: written under settings and read back") {
  Book b = mendtest::full_book();
  b.settings.idle_sign_out_seconds = 90;
  const std::string json = export_book(b);
  CHECK(json.find(R"("idle_sign_out_seconds":90)") != std::string::npos);
  const ImportResult r = import_book(json);
  REQUIRE(r.ok());
  CHECK(r.book->settings.idle_sign_out_seconds == 90);
}

TEST_CASE("idle sign-out json: an older book without the field reads five minutes") {
  const Book b = mendtest::full_book();
  const std::string json = export_book(b);
  const std::string old = replace_once(json, R"("idle_sign_out_seconds":300,)", "");
  const ImportResult r = import_book(old);
  REQUIRE(r.ok());
  mendtest::save_export("no-idle-sign-out.json", old);
  CHECK(r.book->settings.idle_sign_out_seconds == kDefaultIdleSignOutSeconds);
  CHECK(*r.book == b);
}

TEST_CASE("idle sign-out json: out of range or not a number is refused with its path") {
  const std::string json = export_book(mendtest::full_book());
  for (const char* bad : {R"("idle_sign_out_seconds":-1,)", R"("idle_sign_out_seconds":86401,)",
                          R"("idle_sign_out_seconds":"5m",)"}) {
    const ImportResult r = import_book(replace_once(json, R"("idle_sign_out_seconds":300,)", bad));
    REQUIRE_FALSE(r.ok());
    CHECK(r.errors.front().where == "settings.idle_sign_out_seconds");
  }
}
