#include <doctest/doctest.h>

#include "core/base/time_units.hpp"

using namespace mend;

TEST_CASE("time units: the units and default targets") {
  CHECK(kMsPerDay == 86'400'000);
  CHECK(kMsPerHour * 24 == kMsPerDay);
  CHECK(seconds_to_ms(kDefaultFirstResponseSeconds) == kMsPerMinute);
  CHECK(seconds_to_ms(kDefaultRecoverySeconds) == kMsPerDay);
  CHECK(seconds_to_ms(kDefaultFollowUpSeconds) == 3 * kMsPerDay);
}

TEST_CASE("time units: floor_div rounds towards minus infinity") {
  CHECK(floor_div(7, 2) == 3);
  CHECK(floor_div(-7, 2) == -4);
  CHECK(floor_div(-8, 2) == -4);
  CHECK(floor_div(-1, kMsPerDay) == -1);  // the last millisecond of 1969 is in day -1
}
