// The sliced packer (pack_job.hpp): whatever the slice, the same packs as
// packing everything at once and cutting it every N cases, in case order.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "core/bytes/pack_job.hpp"
#include "core/sample/sample.hpp"
#include "support/fixtures.hpp"

using namespace mend;
using namespace mend::bytes;

namespace {

// What the store wrote before the job: one pack of everything, cut into
// packs of `per` cases.
std::vector<std::string> packed_at_once(const std::vector<Event>& events, std::size_t per) {
  const std::string all = pack_events(events);
  const auto cases = read_pack(all);
  REQUIRE(cases.ok());
  std::vector<std::string> out;
  PackWriter pack;
  for (const PackedCase& c : cases.value()) {
    pack.add(c.case_id, c.events, c.bytes);
    if (pack.cases() == per) {
      out.push_back(pack.finish());
      pack = PackWriter();
    }
  }
  if (pack.cases() > 0) out.push_back(pack.finish());
  return out;
}

std::vector<std::string> packed_by_job(const std::vector<Event>& events, std::size_t per,
                                       std::size_t slice) {
  PackJob job(events, per);
  std::size_t steps = 0;
  while (!job.step(slice)) REQUIRE(++steps < 10'000'000);
  CHECK(job.done());
  CHECK(job.step(slice));  // a step after the end changes nothing
  return job.take_packs();
}

std::vector<Event> events_of(const Book& book) {
  std::vector<Event> all;
  for (const Case& c : book.cases) all.insert(all.end(), c.events.begin(), c.events.end());
  return all;
}

}  // namespace

TEST_CASE("pack job: the same packs as packing at once, at any slice, in order or not") {
  std::vector<Event> events = events_of(make_sample_book(230, 4));
  std::vector<Event> full = events_of(mendtest::full_book());
  for (std::vector<Event>* list : {&events, &full}) {
    for (const std::size_t per : {std::size_t{1}, std::size_t{7}, std::size_t{100}}) {
      const std::vector<std::string> want = packed_at_once(*list, per);
      for (const std::size_t slice : {std::size_t{1}, std::size_t{13}, std::size_t{1} << 30})
        CHECK(packed_by_job(*list, per, slice) == want);
    }
    // Shuffled: the job sorts.
    std::vector<Event> shuffled = *list;
    std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(5));
    CHECK(packed_by_job(shuffled, 100, 17) == packed_at_once(*list, 100));
  }
  // Every case's events come back from the packs.
  const Book book = make_sample_book(230, 4);
  std::size_t cases = 0;
  for (const std::string& pack : packed_by_job(events, 100, 50)) {
    const auto packed = read_pack(pack);
    REQUIRE(packed.ok());
    CHECK(packed->size() <= 100);
    for (const PackedCase& c : packed.value()) {
      REQUIRE(cases < book.cases.size());
      CHECK(c.case_id == book.cases.id(cases));
      const auto back = decode_case_events(c.bytes, c.case_id);
      REQUIRE(back.ok());
      CHECK(back.value() == book.cases.at(cases).events);
      ++cases;
    }
  }
  CHECK(cases == book.cases.size());
  CHECK(packed_by_job({}, 100, 10).empty());
}
