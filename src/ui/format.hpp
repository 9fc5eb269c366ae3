// Small text helpers shared by views.
#pragma once
#include <string>

#include "core/case/clocks.hpp"
#include "core/model/model.hpp"

namespace mend::ui {

// printf into a std::string. Messages are whole format strings ("Case %s
// opened."), never pieces glued together, so a translation can reorder them.
std::string text_format(const char* format, ...) __attribute__((format(printf, 1, 2)));

// "22 Nov 15:04" in the device's local time zone.
std::string local_time_text(TimeMs at);
// "45 s", "12 min", "3 h 05 min", "2 days 4 h": a duration for people.
std::string duration_text(TimeMs ms);
// "42 s left", "overdue by 3 min", "met in 35 s", "missed (took 2 h 10 min)".
std::string clock_text(const Clock& clock);
// "First response", "Recovery", "Follow-up".
const char* clock_name(ClockKind kind);

}  // namespace mend::ui
