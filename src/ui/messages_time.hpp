// Durations and clocks in words, in one place to translate: whole format
// strings, so a language can order a number and its unit as it needs.
#pragma once
#include "ui/i18n.hpp"

namespace mend::ui::time_text {

inline constexpr Msg kSeconds = "%lld s";
inline constexpr Msg kMinutes = "%lld min";
inline constexpr Msg kHoursMinutes = "%lld h %02lld min";
inline constexpr Msg kDaysHours = "%lld days %lld h";
inline constexpr Msg kClockLeft = "%s left";           // %s a duration
inline constexpr Msg kClockOverdue = "overdue by %s";  // %s a duration
inline constexpr Msg kClockMet = "met in %s";          // %s a duration
inline constexpr Msg kClockMissedTook = "missed (took %s)";
inline constexpr Msg kClockMissed = "missed";
inline constexpr Msg kClockNotNeeded = "not needed";
inline constexpr Msg kFirstResponse = "First response";
inline constexpr Msg kRecovery = "Recovery";
inline constexpr Msg kFollowUp = "Follow-up";

}  // namespace mend::ui::time_text
