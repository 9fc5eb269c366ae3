#include "core/base/time_iso.hpp"

#include <charconv>

namespace mend {

namespace {

void put2(char* out, unsigned v) {
  out[0] = static_cast<char>('0' + v / 10);
  out[1] = static_cast<char>('0' + v % 10);
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// Reads exactly n digits at text[pos]; false when any is not a digit.
bool digits(std::string_view text, std::size_t pos, std::size_t n, unsigned& out) {
  if (pos + n > text.size()) return false;
  unsigned v = 0;
  for (std::size_t i = 0; i < n; ++i) {
    char c = text[pos + i];
    if (!is_digit(c)) return false;
    v = v * 10 + static_cast<unsigned>(c - '0');
  }
  out = v;
  return true;
}

bool is_leap(std::int64_t y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

unsigned days_in_month(std::int64_t y, unsigned m) {
  static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : kDays[m - 1];
}

Error bad(std::string_view detail) {
  return Error{"", "not an ISO-8601 time: " + std::string(detail) +
                       " (expected e.g. 2026-11-22T15:04:05.123Z)"};
}

}  // namespace

// Howard Hinnant's algorithms (public domain), valid for the whole int64 day range we use.
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const std::int64_t era = floor_div(y, 400);
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

void civil_from_days(std::int64_t days, std::int64_t& y, unsigned& m, unsigned& d) {
  days += 719468;
  const std::int64_t era = floor_div(days, 146097);
  const auto doe = static_cast<unsigned>(days - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  y = static_cast<std::int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  y += m <= 2;
}

std::size_t format_iso_to(TimeMs t, char* out) {
  // Clamp far beyond any real date so the day arithmetic cannot overflow;
  // such times are refused on import anyway (year outside 0000..9999).
  constexpr TimeMs kLimit = 4'000'000'000'000'000'000;
  if (t > kLimit) t = kLimit;
  if (t < -kLimit) t = -kLimit;
  const std::int64_t days = floor_div(t, kMsPerDay);
  const std::int64_t ms_of_day = t - days * kMsPerDay;
  std::int64_t y = 0;
  unsigned m = 0, d = 0;
  civil_from_days(days, y, m, d);
  std::size_t n = 0;
  if (y >= 0 && y <= 9999) {
    const auto uy = static_cast<unsigned>(y);
    put2(out, uy / 100);
    put2(out + 2, uy % 100);
    n = 4;
  } else {
    n = static_cast<std::size_t>(std::to_chars(out, out + 24, y).ptr - out);
  }
  const auto msd = static_cast<unsigned>(ms_of_day);
  char* p = out + n;
  p[0] = '-';
  put2(p + 1, m);
  p[3] = '-';
  put2(p + 4, d);
  p[6] = 'T';
  put2(p + 7, msd / 3'600'000);
  p[9] = ':';
  put2(p + 10, msd / 60'000 % 60);
  p[12] = ':';
  put2(p + 13, msd / 1000 % 60);
  p[15] = '.';
  const unsigned frac = msd % 1000;
  p[16] = static_cast<char>('0' + frac / 100);
  put2(p + 17, frac % 100);
  p[19] = 'Z';
  return n + 20;
}

std::string format_iso(TimeMs t) {
  char buf[kIsoMaxChars];
  return std::string(buf, format_iso_to(t, buf));
}

Result<TimeMs> parse_iso(std::string_view text) {
  unsigned year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  if (!digits(text, 0, 4, year) || text.size() < 5 || text[4] != '-') return bad("expected YYYY-");
  if (!digits(text, 5, 2, month) || text.size() < 8 || text[7] != '-')
    return bad("expected YYYY-MM-");
  if (!digits(text, 8, 2, day)) return bad("expected YYYY-MM-DD");
  if (text.size() < 11 || text[10] != 'T') return bad("expected T between date and time");
  if (!digits(text, 11, 2, hour) || text.size() < 14 || text[13] != ':') return bad("expected hh:");
  if (!digits(text, 14, 2, minute) || text.size() < 17 || text[16] != ':')
    return bad("expected hh:mm:");
  if (!digits(text, 17, 2, second)) return bad("expected hh:mm:ss");
  if (month < 1 || month > 12) return bad("month must be 01..12");
  if (day < 1 || day > days_in_month(year, month)) return bad("no such day in that month");
  if (hour > 23) return bad("hour must be 00..23");
  if (minute > 59) return bad("minute must be 00..59");
  if (second > 59) return bad("second must be 00..59");

  std::size_t pos = 19;
  unsigned ms = 0;
  if (pos < text.size() && text[pos] == '.') {
    ++pos;
    std::size_t count = 0;
    while (pos < text.size() && is_digit(text[pos])) {
      // Only milliseconds are kept; further digits are truncated, not rounded,
      // so a time never moves into the next second (or day).
      if (count < 3) ms = ms * 10 + static_cast<unsigned>(text[pos] - '0');
      ++count;
      ++pos;
    }
    if (count == 0) return bad("expected digits after the decimal point");
    if (count > 9) return bad("more than 9 fraction digits");
    for (std::size_t i = count; i < 3; ++i) ms *= 10;
  }

  std::int64_t offset_minutes = 0;
  if (pos < text.size() && text[pos] == 'Z') {
    ++pos;
  } else if (pos < text.size() && (text[pos] == '+' || text[pos] == '-')) {
    const bool minus = text[pos] == '-';
    unsigned oh = 0, om = 0;
    if (!digits(text, pos + 1, 2, oh) || text.size() < pos + 4 || text[pos + 3] != ':' ||
        !digits(text, pos + 4, 2, om))
      return bad("expected a ±hh:mm offset");
    if (oh > 23 || om > 59) return bad("offset out of range");
    offset_minutes = static_cast<std::int64_t>(oh * 60 + om) * (minus ? -1 : 1);
    pos += 6;
  } else {
    return bad("expected Z or a ±hh:mm offset (a time without a zone is ambiguous)");
  }
  if (pos != text.size()) return bad("unexpected text after the time");

  const std::int64_t days = days_from_civil(year, month, day);
  const std::int64_t local_ms =
      days * kMsPerDay + hour * kMsPerHour + minute * kMsPerMinute + second * kMsPerSecond + ms;
  const TimeMs utc = local_ms - offset_minutes * kMsPerMinute;
  // The offset can carry a year-0000 or year-9999 time outside those years in
  // UTC, which the export could not write back as it was read (found by make fuzz).
  constexpr TimeMs kFirst = -62167219200000;  // 0000-01-01T00:00:00Z
  constexpr TimeMs kLast = 253402300799999;   // 9999-12-31T23:59:59.999Z
  if (utc < kFirst || utc > kLast) return bad("the time in UTC must fall in the years 0000..9999");
  return utc;
}

}  // namespace mend
