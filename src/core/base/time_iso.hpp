// ISO-8601 times in UTC for the book format and the CLI.
// Export always writes one shape, "2026-11-22T15:04:05.123Z", so exports are
// byte-for-byte deterministic; import also accepts ±hh:mm offsets and 0..9
// fraction digits, because people edit books by hand and other tools write those.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include "core/base/result.hpp"
#include "core/base/time_units.hpp"

namespace mend {

// Longest text format_iso_to can write (a year outside 0000..9999 takes more).
inline constexpr std::size_t kIsoMaxChars = 40;

// Writes the time into out (at least kIsoMaxChars long); returns the length.
// Allocation-free so the exporter can call it for every event.
std::size_t format_iso_to(TimeMs t, char* out);
std::string format_iso(TimeMs t);

// Parses "YYYY-MM-DDThh:mm:ss[.f…](Z|±hh:mm)" with a year 0000..9999.
// Anything else is an error whose why starts "not an ISO-8601 time".
Result<TimeMs> parse_iso(std::string_view text);

// Days since 1970-01-01 of a proleptic Gregorian date, and back.
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d);
void civil_from_days(std::int64_t days, std::int64_t& y, unsigned& m, unsigned& d);

}  // namespace mend
