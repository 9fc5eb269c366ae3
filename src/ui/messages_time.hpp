// Durations and clocks in words, in one place to translate: whole format
// strings, so a language can order a number and its unit as it needs.
#pragma once

namespace mend::ui::time_text {

inline constexpr const char* kSeconds = "%lld s";
inline constexpr const char* kMinutes = "%lld min";
inline constexpr const char* kHoursMinutes = "%lld h %02lld min";
inline constexpr const char* kDaysHours = "%lld days %lld h";
inline constexpr const char* kClockLeft = "%s left";           // %s a duration
inline constexpr const char* kClockOverdue = "overdue by %s";  // %s a duration
inline constexpr const char* kClockMet = "met in %s";          // %s a duration
inline constexpr const char* kClockMissedTook = "missed (took %s)";
inline constexpr const char* kClockMissed = "missed";
inline constexpr const char* kClockNotNeeded = "not needed";
inline constexpr const char* kFirstResponse = "First response";
inline constexpr const char* kRecovery = "Recovery";
inline constexpr const char* kFollowUp = "Follow-up";

}  // namespace mend::ui::time_text
