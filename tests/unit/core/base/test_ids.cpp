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

// A case's events are kept in id order, its opening first: each new event is
// minted after the case's last, whatever the clock says.
TEST_CASE(
    "ids: new_id_after sorts after its floor in one millisecond and when the clock goes back") {
  SeededRandom random(5);
  const TimeMs at = 1'795'000'000'000;
  std::string last = new_id(at, random);
  for (int i = 0; i < 2000; ++i) {
    const TimeMs when = i % 3 == 0 ? at : at - 60'000 * (i % 7);  // the same ms, or earlier
    const std::string next = new_id_after(last, when, random);
    REQUIRE(is_valid_id(next));
    REQUIRE(next > last);
    last = next;
  }
  // A later clock gives a fresh id at that time, not a count.
  const std::string later = new_id_after(last, at + 1000, random);
  CHECK(id_time(later) == at + 1000);
  // Counting carries: ...Z plus one is ...10 one digit up.
  const std::string floor = "01HZZZZZZZZZZZZZZZZZZZZZZZ";
  CHECK(new_id_after(floor, 0, random) == "01J0000000000000000000000" + std::string("0"));
  // No floor (an empty or invalid one): just a new id.
  CHECK(id_time(new_id_after("", at, random)) == at);
  CHECK(id_time(new_id_after("not an id", at, random)) == at);
}
