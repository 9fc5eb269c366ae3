#include <doctest/doctest.h>

#include <set>

#include "core/base/ids.hpp"

using namespace mend;

TEST_CASE("ids: seeded random is deterministic") {
  SeededRandom a(42), b(42), c(43);
  unsigned char x[16], y[16], z[16];
  a.fill(x, 16);
  b.fill(y, 16);
  c.fill(z, 16);
  CHECK(std::string(x, x + 16) == std::string(y, y + 16));
  CHECK(std::string(x, x + 16) != std::string(z, z + 16));
}

TEST_CASE("ids: new_id is a 26-char valid ULID whose order follows time") {
  SeededRandom r(1);
  const TimeMs t0 = 1767225600000;  // 2026-01-01T00:00:00Z
  std::string a = new_id(t0, r);
  std::string b = new_id(t0 + 1, r);
  std::string c = new_id(t0 + kMsPerDay, r);
  CHECK(a.size() == 26);
  CHECK(is_valid_id(a));
  CHECK(a < b);
  CHECK(b < c);
  CHECK(id_time(a) == t0);
  CHECK(id_time(c) == t0 + kMsPerDay);
  // A known value: time 0 gives ten zeros.
  SeededRandom r0(0);
  CHECK(new_id(0, r0).substr(0, 10) == "0000000000");
}

TEST_CASE("ids: many ids at the same ms are unique") {
  SeededRandom r(7);
  std::set<std::string> seen;
  for (int i = 0; i < 10000; ++i) seen.insert(new_id(1000, r));
  CHECK(seen.size() == 10000);
}

TEST_CASE("ids: is_valid_id rejects malformed ids") {
  CHECK_FALSE(is_valid_id(""));
  CHECK_FALSE(is_valid_id("01ARZ3NDEKTSV4RRFFQ69G5FA"));    // 25
  CHECK_FALSE(is_valid_id("01ARZ3NDEKTSV4RRFFQ69G5FAVV"));  // 27
  CHECK_FALSE(is_valid_id("01ARZ3NDEKTSV4RRFFQ69G5FAU"));   // U not in alphabet
  CHECK_FALSE(is_valid_id("01arz3ndektsv4rrffq69g5fav"));   // lower case
  CHECK_FALSE(is_valid_id("81ARZ3NDEKTSV4RRFFQ69G5FAV"));   // time overflow
  CHECK(is_valid_id("01ARZ3NDEKTSV4RRFFQ69G5FAV"));
}

TEST_CASE("ids: references are short and unambiguous") {
  SeededRandom r(3);
  for (int i = 0; i < 500; ++i) {
    std::string ref = make_reference(r);
    REQUIRE(is_valid_reference(ref));
    for (char ch : std::string_view(ref).substr(2)) {
      CHECK(std::string_view("01OILU").find(ch) == std::string_view::npos);
    }
  }
  CHECK_FALSE(is_valid_reference("M-0OIL"));
  CHECK_FALSE(is_valid_reference("X-7KQ2"));
  CHECK(is_valid_reference("M-7KQ2"));
}

TEST_CASE("ids: edge cases of time and randomness") {
  SeededRandom r(5);
  CHECK(id_time(new_id(-5, r)) == 0);                        // clamped, still valid
  CHECK(id_time(new_id(INT64_MAX, r)) == 0xFFFFFFFFFFFFLL);  // clamped to 48 bits
  CHECK(is_valid_id(new_id(INT64_MAX, r)));
  CHECK(id_time("not an id") == 0);
  CHECK(r.below(0) == 0);
  for (int i = 0; i < 100; ++i) CHECK(r.below(7) < 7);
}
