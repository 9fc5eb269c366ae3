#include "ui/format.hpp"

#include <array>
#include <cstdarg>
#include <cstdio>
#include <ctime>
#include <utility>

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
  char text[32];
  std::strftime(text, sizeof text, "%d %b %H:%M", &local);
  return text;
}

std::string duration_text(TimeMs ms) {
  if (ms < 0) ms = -ms;
  const long long s = ms / 1000;
  char text[48];
  if (s < 90) {
    std::snprintf(text, sizeof text, "%lld s", s);
  } else if (s < 3600) {
    std::snprintf(text, sizeof text, "%lld min", s / 60);
  } else if (s < 48LL * 3600) {
    std::snprintf(text, sizeof text, "%lld h %02lld min", s / 3600, (s % 3600) / 60);
  } else {
    std::snprintf(text, sizeof text, "%lld days %lld h", s / 86400, (s % 86400) / 3600);
  }
  return text;
}

std::string clock_text(const Clock& clock) {
  switch (clock.status) {
    case ClockStatus::Pending:
      return duration_text(clock.remaining) + " left";
    case ClockStatus::Overdue:
      return "overdue by " + duration_text(clock.remaining);
    case ClockStatus::Met:
      return "met in " + duration_text(clock.elapsed().value_or(0));
    case ClockStatus::Missed:
      return clock.stopped ? "missed (took " + duration_text(*clock.elapsed()) + ")" : "missed";
    case ClockStatus::Cancelled:
      return "not needed";
  }
  return "";
}

const char* clock_name(ClockKind kind) {
  // Indexed by ClockKind: a new kind adds its name here and names itself in
  // the static_assert.
  static constexpr std::array<const char*, 3> kClockNames = {"First response", "Recovery",
                                                             "Follow-up"};
  static_assert(kClockNames.size() == static_cast<std::size_t>(ClockKind::FollowUp) + 1);
  const auto i = static_cast<std::size_t>(kind);
  return i < kClockNames.size() ? kClockNames[i] : "";
}

}  // namespace mend::ui
