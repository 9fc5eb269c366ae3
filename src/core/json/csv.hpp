// Cases as CSV for spreadsheets: one row per case with what a manager reads
// (reference, when, who, what went wrong, the three clocks, what recovery
// cost and earned, the outcome, the root cause).
//
// The format, so every spreadsheet opens it the same way: RFC 4180 (fields
// with a comma, quote, CR or LF are quoted, quotes doubled; CRLF line ends),
// UTF-8 with a byte-order mark (Excel guesses a legacy code page without it),
// a header row first. Deterministic: the same book and `now` give the same
// bytes, so the browser and `mend export-csv` agree byte for byte.
//
// Formula injection: spreadsheets run a cell that starts with =, +, - or @
// (and some with a tab or CR) as a formula, so text from the book that starts
// with one of those gets a leading apostrophe ("=1+1" -> "'=1+1"). Fields Mend
// writes itself (times, amounts, statuses) are never prefixed.
#pragma once
#include <string>
#include <string_view>

#include "core/model/model.hpp"

namespace mend {

// Clocks still running are judged at `now` (pending, or missed once overdue).
std::string export_cases_csv(const Book& book, TimeMs now);

// One field as RFC 4180 writes it, without the formula guard (for callers
// and tests that build rows of their own).
std::string csv_field(std::string_view text);
// One field of text from outside Mend: the formula guard, then csv_field.
std::string csv_text_field(std::string_view text);

}  // namespace mend
