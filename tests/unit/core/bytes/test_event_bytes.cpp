// The compact binary form of events: every kind round-trips exactly, packs
// keep cases apart, and damaged bytes are errors, never crashes.
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include "core/bytes/event_bytes.hpp"
#include "support/fixtures.hpp"

using namespace mend;
using namespace mend::bytes;

TEST_CASE("event bytes: every event kind of the full book round-trips, smaller than JSON") {
  const Book book = mendtest::full_book();
  std::set<std::size_t> kinds;
  for (const Case& c : book.cases) {
    const std::string bytes = encode_case_events(c.events);
    const Result<std::vector<Event>> back = decode_case_events(bytes, c.id);
    REQUIRE_MESSAGE(back.ok(), back.error().message());
    CHECK(back.value() == c.events);
    CHECK(encode_case_events(back.value()) == bytes);
    std::vector<std::string> ids;
    CHECK(each_event_id(bytes, [&ids](std::string_view id) { ids.emplace_back(id); }));
    REQUIRE(ids.size() == c.events.size());
    for (std::size_t i = 0; i < ids.size(); ++i) CHECK(ids[i] == c.events[i].id);
    for (const Event& e : c.events) kinds.insert(e.payload.index());
  }
  CHECK(kinds.size() == std::variant_size_v<Payload>);
}

TEST_CASE("event bytes: a pack groups events by case, sorted, whatever order they came in") {
  const Book book = mendtest::full_book();
  std::vector<Event> all;
  for (const Case& c : book.cases) all.insert(all.begin(), c.events.rbegin(), c.events.rend());
  const std::string pack = pack_events(all);
  CHECK(static_cast<unsigned char>(pack.front()) == kPackFormat);
  const auto cases = read_pack(pack);
  REQUIRE_MESSAGE(cases.ok(), cases.error().message());
  REQUIRE(cases->size() == book.cases.size());
  for (std::size_t i = 0; i < book.cases.size(); ++i) {
    const PackedCase& p = cases.value()[i];
    CHECK(p.case_id == book.cases.id(i));
    CHECK(p.events == book.cases.event_count(i));
    const auto events = decode_case_events(p.bytes, p.case_id);
    REQUIRE(events.ok());
    CHECK(events.value() == book.cases.at(i).events);
  }
  CHECK(read_pack(pack_events({}))->empty());
}

TEST_CASE(
    "event bytes: every truncation and every flipped byte is an error or a value, never a crash") {
  const Book book = mendtest::full_book();
  const Case c = book.cases.at(0);
  const std::string bytes = encode_case_events(c.events);
  for (std::size_t n = 0; n < bytes.size(); ++n) {
    const auto back = decode_case_events(bytes.substr(0, n), c.id);
    if (n > 0) CHECK_FALSE(back.ok());
  }
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    std::string damaged = bytes;
    damaged[i] = static_cast<char>(damaged[i] ^ 0xff);
    const auto back = decode_case_events(damaged, c.id);
    if (!back.ok()) CHECK_FALSE(back.error().why.empty());
  }
  const std::string pack = pack_events(c.events);
  for (std::size_t n = 0; n < pack.size(); ++n) CHECK_FALSE(read_pack(pack.substr(0, n)).ok());
  CHECK_FALSE(read_pack(pack + "x").ok());
  const auto wrong_format = read_pack(std::string(1, '\x01') + pack.substr(1));
  REQUIRE_FALSE(wrong_format.ok());
  CHECK(wrong_format.error().why.find("format") != std::string::npos);
}

TEST_CASE("event bytes: a huge length in damaged bytes is refused before any allocation") {
  std::string bytes;
  ByteWriter w(bytes);
  w.varint(1ULL << 60);
  const auto back = decode_case_events(bytes, "c");
  REQUIRE_FALSE(back.ok());
  CHECK(back.error().why.find("runs past the end") != std::string::npos);
}

TEST_CASE("event bytes: decoding into a reused vector gives the same events, whatever it held") {
  const Book book = mendtest::full_book();
  std::vector<Event> scratch;
  // Cases in both directions, so every slot meets other kinds of event first.
  for (int pass = 0; pass < 2; ++pass) {
    for (std::size_t k = 0; k < book.cases.size(); ++k) {
      const Case c = book.cases.at(pass == 0 ? k : book.cases.size() - 1 - k);
      const Status s = decode_case_events_into(encode_case_events(c.events), c.id, scratch);
      REQUIRE_MESSAGE(s.ok(), s.error().message());
      CHECK(scratch == c.events);
    }
  }
}
