// String tables: the built-in translations load, and a table that would make
// a screen print garbage (a lost or reordered % conversion) is refused.
#include <doctest/doctest.h>

#include "core/i18n/strings.hpp"

namespace mend {

TEST_CASE("strings: printf conversions are found in order") {
  CHECK(printf_conversions("Checking file\u2026 %d %%") == std::vector<std::string>{"%d", "%%"});
  CHECK(printf_conversions("%lld h %02lld min") == std::vector<std::string>{"%lld", "%02lld"});
  CHECK(printf_conversions("Done by %s, %s") == std::vector<std::string>{"%s", "%s"});
  CHECK(printf_conversions("no conversions").empty());
  CHECK(printf_conversions("cut %") == std::vector<std::string>{"%"});
}

TEST_CASE("strings: the built-in Malay table loads whole") {
  const auto loaded = load_string_table(builtin_string_table_json("ms"));
  REQUIRE_MESSAGE(loaded.ok(), loaded.error().message());
  CHECK(loaded->language == "ms");
  CHECK(builtin_string_table("ms").strings.size() == loaded->strings.size());
  REQUIRE(builtin_string_table("ms").find("Cases") != nullptr);
  CHECK(*builtin_string_table("ms").find("Cases") == "Kes");
  CHECK(builtin_string_table("en").strings.empty());
}

TEST_CASE("strings: a translation that changes the conversions is refused, with its key") {
  const auto swapped = load_string_table(
      R"({"format":"mend-strings","version":1,"language":"ms","strings":{"%s of %d":"%d daripada %s"}})");
  REQUIRE_FALSE(swapped.ok());
  CHECK(swapped.error().where == "strings[\"%s of %d\"]");
  const auto lost = load_string_table(
      R"({"format":"mend-strings","version":1,"language":"ms","strings":{"%d cases":"kes"}})");
  CHECK_FALSE(lost.ok());
  const auto empty = load_string_table(
      R"({"format":"mend-strings","version":1,"language":"ms","strings":{"Cases":""}})");
  CHECK_FALSE(empty.ok());
  CHECK_FALSE(
      load_string_table(R"({"format":"mend-strings","version":1,"language":"xx","strings":{}})")
          .ok());
  CHECK_FALSE(load_string_table("not json").ok());
}

TEST_CASE("strings: the screen languages are English and Malay") {
  CHECK(is_screen_language("en"));
  CHECK(is_screen_language("ms"));
  CHECK_FALSE(is_screen_language("fr"));
  CHECK(screen_languages().front().code == "en");
}

}  // namespace mend
