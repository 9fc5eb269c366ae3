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

// Month names as dates show them ("22 Nov 15:04"), January first.
inline constexpr Msg kMonths[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
// A date and time: %02d day, %s month, %02d hour, %02d minute.
inline constexpr Msg kDayMonthTime = "%02d %s %02d:%02d";

}  // namespace mend::ui::time_text
