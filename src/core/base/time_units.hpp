// Time in Mend: milliseconds since the Unix epoch, UTC, in one integer type,
// the units to convert durations, and the clock targets a new business starts
// with. Settings, ClockTargets, the sample and the tests read them from here,
// so "a day" and "the first minute" are written down once.
#pragma once
#include <cstdint>

namespace mend {

using TimeMs = std::int64_t;  // milliseconds since the Unix epoch, UTC

inline constexpr TimeMs kMsPerSecond = 1000;
inline constexpr TimeMs kMsPerMinute = 60 * kMsPerSecond;
inline constexpr TimeMs kMsPerHour = 60 * kMsPerMinute;
inline constexpr TimeMs kMsPerDay = 24 * kMsPerHour;

// Clock targets are kept in whole seconds (settings and playbooks are edited
// by people, who think in minutes and hours, not milliseconds).
inline constexpr int kSecondsPerMinute = 60;
inline constexpr int kSecondsPerHour = 60 * kSecondsPerMinute;
inline constexpr int kSecondsPerDay = 24 * kSecondsPerHour;

// The service-recovery rules of thumb Mend starts from: answer within a
// minute, recover within the day, follow up after three days.
inline constexpr int kDefaultFirstResponseSeconds = 60;
inline constexpr int kDefaultRecoverySeconds = kSecondsPerDay;
inline constexpr int kDefaultFollowUpSeconds = 3 * kSecondsPerDay;

// Floor division: times before 1970 (and before a day's offset) must still
// land on the right day.
constexpr std::int64_t floor_div(std::int64_t a, std::int64_t b) {
  const std::int64_t q = a / b;
  return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

constexpr TimeMs seconds_to_ms(int seconds) {
  return static_cast<TimeMs>(seconds) * kMsPerSecond;
}

}  // namespace mend
