#include "ui/format.hpp"

#include <array>
#include <cstdarg>
#include <cstdio>
#include <ctime>
#include <utility>

#include "ui/messages_time.hpp"

namespace mend::ui {

std::string text_format(const char* format, ...) {
  va_list args{};
  va_start(args, format);
  va_list again{};
  va_copy(again, args);
  const int size = std::vsnprintf(nullptr, 0, format, args);
  va_end(args);
  std::string out(size > 0 ? static_cast<std::size_t>(size) : 0, '\0');
  if (size > 0) std::vsnprintf(out.data(), out.size() + 1, format, again);
  va_end(again);
  return out;
}

std::string local_time_text(TimeMs at) {
  const auto seconds = static_cast<std::time_t>(at / 1000);
  std::tm local{};
  localtime_r(&seconds, &local);
  // The month in the screen's language, not the C locale's English.
  const Msg& month = time_text::kMonths[static_cast<std::size_t>(local.tm_mon) % 12];
  return text_format(time_text::kDayMonthTime, local.tm_mday, month.c_str(), local.tm_hour,
                     local.tm_min);
}

std::string duration_text(TimeMs ms) {
  if (ms < 0) ms = -ms;
  const long long s = ms / 1000;
  namespace t = time_text;
  if (s < 90) return text_format(t::kSeconds, s);
  if (s < 3600) return text_format(t::kMinutes, s / 60);
  if (s < 48LL * 3600) return text_format(t::kHoursMinutes, s / 3600, (s % 3600) / 60);
  return text_format(t::kDaysHours, s / 86400, (s % 86400) / 3600);
}

std::string clock_text(const Clock& clock) {
  namespace t = time_text;
  switch (clock.status) {
    case ClockStatus::Pending:
      return text_format(t::kClockLeft, duration_text(clock.remaining).c_str());
    case ClockStatus::Overdue:
      return text_format(t::kClockOverdue, duration_text(clock.remaining).c_str());
    case ClockStatus::Met:
      return text_format(t::kClockMet, duration_text(clock.elapsed().value_or(0)).c_str());
    case ClockStatus::Missed:
      return clock.stopped
                 ? text_format(t::kClockMissedTook, duration_text(*clock.elapsed()).c_str())
                 : std::string(t::kClockMissed);
    case ClockStatus::Cancelled:
      return std::string(t::kClockNotNeeded);
  }
  return "";
}

const char* clock_name(ClockKind kind) {
  // Indexed by ClockKind: a new kind adds its name here and names itself in
  // the static_assert.
  static constexpr std::array<Msg, 3> kClockNames = {time_text::kFirstResponse,
                                                     time_text::kRecovery, time_text::kFollowUp};
  static_assert(kClockNames.size() == static_cast<std::size_t>(ClockKind::FollowUp) + 1);
  const auto i = static_cast<std::size_t>(kind);
  return i < kClockNames.size() ? kClockNames[i] : "";
}

}  // namespace mend::ui
