// The clock and duration words the queue and the case screen show
// (ui/format.cpp: no ImGui in it, so the native tests build it too).
#include <doctest/doctest.h>

#include <ctime>
#include <string>

#include "ui/format.hpp"
#include "ui/i18n.hpp"

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

namespace {
// A local time, as the device's clock would give it.
TimeMs local_ms(int year, int month, int day, int hour, int minute) {
  std::tm t{};
  t.tm_year = year - 1900;
  t.tm_mon = month - 1;
  t.tm_mday = day;
  t.tm_hour = hour;
  t.tm_min = minute;
  t.tm_isdst = -1;
  return static_cast<TimeMs>(std::mktime(&t)) * 1000;
}
}  // namespace

TEST_CASE("local_time_text: day, month and time; the month in the screen's language") {
  using mend::ui::local_time_text;
  CHECK(local_time_text(local_ms(2026, 11, 22, 15, 4)) == "22 Nov 15:04");
  CHECK(local_time_text(local_ms(2026, 1, 3, 9, 0)) == "03 Jan 09:00");
  mend::ui::set_screen_language("ms");
  CHECK(local_time_text(local_ms(2026, 12, 7, 15, 4)) == "07 Dis 15:04");
  CHECK(local_time_text(local_ms(2026, 3, 1, 0, 30)) == "01 Mac 00:30");
  const char* months[] = {"Jan", "Feb", "Mac", "Apr", "Mei", "Jun",
                          "Jul", "Ogo", "Sep", "Okt", "Nov", "Dis"};
  for (int m = 1; m <= 12; ++m)
    CHECK(local_time_text(local_ms(2026, m, 15, 12, 0)) ==
          std::string("15 ") + months[m - 1] + " 12:00");
  // The durations and clocks follow the language too.
  CHECK(duration_text(5 * 60 * kS) == "5 min");
  CHECK(duration_text((3 * 86400 + 4 * 3600) * kS) == "3 hari 4 j");
  CHECK(mend::ui::missing_translations().empty());
  mend::ui::set_screen_language("en");
  CHECK(local_time_text(local_ms(2026, 12, 7, 15, 4)) == "07 Dec 15:04");
}
