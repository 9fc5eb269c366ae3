// The clock and duration words the queue and the case screen show
// (ui/format.cpp: no ImGui in it, so the native tests build it too).
#include <doctest/doctest.h>

#include "ui/format.hpp"

using namespace mend;
using mend::ui::clock_text;
using mend::ui::duration_text;

namespace {
constexpr TimeMs kS = 1000;

Clock running(TimeMs remaining) {
  Clock c;
  c.started = 0;
  c.due = 3600 * kS;
  c.remaining = remaining;
  c.status = remaining < 0 ? ClockStatus::Overdue : ClockStatus::Pending;
  return c;
}
}  // namespace

TEST_CASE("duration_text: seconds below 90, then minutes, hours, days") {
  CHECK(duration_text(0) == "0 s");
  CHECK(duration_text(999) == "0 s");  // whole seconds, cut down
  CHECK(duration_text(59 * kS) == "59 s");
  CHECK(duration_text(89 * kS) == "89 s");
  CHECK(duration_text(90 * kS) == "1 min");
  CHECK(duration_text(3599 * kS) == "59 min");
  CHECK(duration_text(3600 * kS) == "1 h 00 min");
  CHECK(duration_text(3660 * kS) == "1 h 01 min");
  CHECK(duration_text((48 * 3600 - 60) * kS) == "47 h 59 min");
  CHECK(duration_text(48 * 3600 * kS) == "2 days 0 h");
  CHECK(duration_text((3 * 86400 + 4 * 3600 + 59 * 60) * kS) == "3 days 4 h");
  CHECK(duration_text(-59 * kS) == "59 s");  // a past time reads as its distance
}

TEST_CASE("clock_text: left, overdue, met, missed, not needed") {
  CHECK(clock_text(running(3600 * kS)) == "1 h 00 min left");
  CHECK(clock_text(running(59 * kS)) == "59 s left");
  CHECK(clock_text(running(0)) == "0 s left");  // at the deadline, not yet overdue
  CHECK(clock_text(running(-1 * kS)) == "overdue by 1 s");
  CHECK(clock_text(running(-3 * 86400 * kS)) == "overdue by 3 days 0 h");
  Clock met = running(10 * kS);
  met.status = ClockStatus::Met;
  met.stopped = 35 * kS;
  CHECK(clock_text(met) == "met in 35 s");
  Clock late = running(-10 * kS);
  late.status = ClockStatus::Missed;
  late.stopped = (2 * 3600 + 10 * 60) * kS;
  CHECK(clock_text(late) == "missed (took 2 h 10 min)");
  late.stopped.reset();
  CHECK(clock_text(late) == "missed");
  Clock cancelled = running(10 * kS);
  cancelled.status = ClockStatus::Cancelled;
  CHECK(clock_text(cancelled) == "not needed");
}
