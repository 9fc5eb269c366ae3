// The compact case table: what goes in comes out decoded exactly, in id order,
// whatever order and however many pieces it came in; an event id is kept once;
// damaged bytes are refused.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/base/ids.hpp"
#include "core/bytes/event_bytes.hpp"
#include "core/model/case_table.hpp"
#include "core/model/model.hpp"
#include "core/sample/sample.hpp"
#include "support/fixtures.hpp"

using namespace mend;

namespace {

std::vector<Event> all_events(const std::vector<Case>& cases) {
  std::vector<Event> all;
  for (const Case& c : cases) all.insert(all.end(), c.events.begin(), c.events.end());
  return all;
}

CaseTable in_order(const std::vector<Case>& cases) {
  CaseTable t;
  for (const Case& c : cases) t.add_case(c);
  return t;
}

}  // namespace

TEST_CASE("case table: cases come back decoded, in id order, with ids, counts and bytes") {
  const std::vector<Case> cases = mendtest::cases_of(mendtest::full_book());
  REQUIRE(cases.size() == 4);
  CaseTable t;
  CHECK(t.empty());
  for (std::size_t i = cases.size(); i-- > 0;)
    CHECK(t.add_case(cases[i]) == cases[i].events.size());
  REQUIRE(t.size() == cases.size());
  std::size_t events = 0;
  for (std::size_t i = 0; i < t.size(); ++i) {
    CHECK(t.id(i) == cases[i].id);
    CHECK(t.event_count(i) == cases[i].events.size());
    CHECK(t.bytes(i) == bytes::encode_case_events(cases[i].events));
    CHECK(t.at(i) == cases[i]);
    CHECK(t.index_of(cases[i].id) == i);
    events += cases[i].events.size();
  }
  CHECK(t.event_total() == events);
  CHECK_FALSE(t.index_of("01ARZ3NDEKTSV4RRFFQ69G5FAV").has_value());
  CHECK_FALSE(t.index_of("").has_value());
  // Iteration decodes case by case, in order.
  std::size_t i = 0;
  for (const Case& c : t) CHECK(c == cases[i++]);
  CHECK(i == cases.size());
  CHECK(std::count_if(t.begin(), t.end(), [](const Case& c) { return c.events.size() > 1; }) == 3);
  CHECK(t.has_event(cases[1].id, cases[1].events[3].id));
  CHECK_FALSE(t.has_event(cases[1].id, cases[0].events[0].id));
  CHECK_FALSE(t.has_event("nope", cases[0].events[0].id));
}

TEST_CASE("case table: events one by one in any order give the same table") {
  const std::vector<Case> cases = mendtest::cases_of(make_sample_book(60, 7));
  const CaseTable expected = in_order(cases);
  std::vector<Event> all = all_events(cases);
  SeededRandom r(3);
  for (std::size_t i = all.size(); i > 1; --i) std::swap(all[i - 1], all[r.below(i)]);
  CaseTable t;
  for (const Event& e : all) CHECK(t.add_event(e));
  CHECK(t == expected);
  // In time order (the usual way): every event is an append.
  std::sort(all.begin(), all.end(), [](const Event& a, const Event& b) { return a.id < b.id; });
  CaseTable appended;
  for (const Event& e : all) CHECK(appended.add_event(e));
  CHECK(appended == expected);
}

TEST_CASE("case table: an event id already held is kept as held") {
  const Case c = mendtest::full_book().cases.at(1);
  CaseTable t;
  t.add_case(c);
  const CaseTable before = t;
  CHECK_FALSE(t.add_event(c.events[4]));
  Event changed = c.events[4];
  changed.actor = "someone else";
  CHECK_FALSE(t.add_event(changed));  // events are immutable: the held one stays
  CHECK(t == before);
  CHECK(t.add_case(c) == 0);
  CHECK(t == before);
  CHECK(t.at(0) == c);
}

TEST_CASE("case table: segments of one case join, in order, out of order or overlapping") {
  const Case c = mendtest::full_book().cases.at(1);
  REQUIRE(c.events.size() > 10);
  const auto part = [&c](std::size_t from, std::size_t to) {
    return bytes::encode_case_events(
        std::vector<Event>(c.events.begin() + static_cast<std::ptrdiff_t>(from),
                           c.events.begin() + static_cast<std::ptrdiff_t>(to)));
  };
  const std::size_t n = c.events.size();
  CaseTable expected;
  expected.add_case(c);

  CaseTable forward;  // a chunk, then the journal's newer events: appended
  REQUIRE(forward.add_packed(c.id, 6, part(0, 6)).ok());
  CHECK(forward.add_packed(c.id, n - 6, part(6, n)).value() == n - 6);
  CHECK(forward == expected);

  CaseTable backward;  // the newer chunk first: spliced
  REQUIRE(backward.add_packed(c.id, n - 6, part(6, n)).ok());
  CHECK(backward.add_packed(c.id, 6, part(0, 6)).value() == 6);
  CHECK(backward == expected);

  CaseTable overlapping;  // the same events delivered twice collapse
  REQUIRE(overlapping.add_packed(c.id, 8, part(0, 8)).ok());
  CHECK(overlapping.add_packed(c.id, n - 3, part(3, n)).value() == n - 8);
  CHECK(overlapping == expected);

  CaseTable::Bulk bulk;  // the same pieces, with another case in between
  const Case other = mendtest::full_book().cases.at(0);
  REQUIRE(bulk.add_packed(c.id, n - 6, part(6, n)).ok());
  bulk.add_case(other);
  REQUIRE(bulk.add_packed(c.id, 8, part(0, 8)).ok());
  REQUIRE(bulk.add_packed(c.id, 1, part(2, 3)).ok());
  CHECK(bulk.segments() == 4);
  const CaseTable built = std::move(bulk).finish();
  REQUIRE(built.size() == 2);
  CHECK(built.at(0) == other);
  CHECK(built.at(1) == c);
}

TEST_CASE("case table: built in bulk from a sample's pieces in any order equals the sample") {
  const Book sample = make_sample_book(300, 11);
  std::vector<Event> all = all_events(mendtest::cases_of(sample));
  SeededRandom r(8);
  for (std::size_t i = all.size(); i > 1; --i) std::swap(all[i - 1], all[r.below(i)]);
  CaseTable::Bulk bulk;
  // Chunks of 97 events, each packed (grouped by case), a few delivered twice.
  for (std::size_t from = 0; from < all.size(); from += 97) {
    const std::vector<Event> chunk(
        all.begin() + static_cast<std::ptrdiff_t>(from),
        all.begin() + static_cast<std::ptrdiff_t>(std::min(all.size(), from + 97)));
    const std::string pack = bytes::pack_events(chunk);
    const auto packed = bytes::read_pack(pack);
    REQUIRE(packed.ok());
    for (int twice = 0; twice < (from % 5 == 0 ? 2 : 1); ++twice)
      for (const bytes::PackedCase& p : packed.value())
        REQUIRE(bulk.add_packed(p.case_id, p.events, p.bytes).ok());
  }
  CHECK(std::move(bulk).finish() == sample.cases);
}

TEST_CASE("case table: damaged bytes and wrong counts are refused, nothing added") {
  const Case c = mendtest::full_book().cases.at(1);
  const std::string bytes = bytes::encode_case_events(c.events);
  CaseTable t;
  const auto wrong_count = t.add_packed(c.id, c.events.size() + 1, bytes);
  REQUIRE_FALSE(wrong_count.ok());
  CHECK(wrong_count.error().where == "case " + c.id);
  CHECK_FALSE(t.add_packed("", c.events.size(), bytes).ok());
  for (std::size_t n = 1; n < bytes.size(); ++n) {
    // Within an event its length runs past the end; between events the count is wrong.
    const auto cut = t.add_packed(c.id, c.events.size(), bytes.substr(0, n));
    CHECK_FALSE(cut.ok());
  }
  CaseTable::Bulk bulk;
  CHECK_FALSE(bulk.add_packed(c.id, c.events.size(), bytes.substr(0, bytes.size() - 1)).ok());
  CHECK(t.empty());
  CHECK(std::move(bulk).finish().empty());
}

TEST_CASE("case table: equality is content, shrink_to_fit keeps it") {
  const std::vector<Case> cases = mendtest::cases_of(mendtest::full_book());
  CaseTable a = in_order(cases);
  CaseTable b;
  for (std::size_t i = cases.size(); i-- > 0;) b.add_case(cases[i]);
  CHECK(a == b);
  b.shrink_to_fit();
  CHECK(a == b);
  CaseTable fewer = in_order({cases[0], cases[1]});
  CHECK_FALSE(a == fewer);
  Case changed = cases[2];
  changed.events.back().at += 1;
  CHECK_FALSE(a == in_order({cases[0], cases[1], changed}));
}
