// Cases as CSV: RFC 4180 quoting, CRLF, BOM, the formula guard, the columns,
// the clocks at `now`, determinism, hostile text.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/base/ids.hpp"
#include "core/base/time_iso.hpp"
#include "core/json/csv.hpp"
#include "core/sample/sample.hpp"
#include "support/fixtures.hpp"

using namespace mend;

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// Splits RFC 4180 text (without the BOM) into rows of fields, so the tests
// read the file as a spreadsheet would rather than by searching its bytes.
std::vector<std::vector<std::string>> parse_csv(std::string_view text) {
  std::vector<std::vector<std::string>> rows(1, std::vector<std::string>(1));
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char ch = text[i];
    std::string& field = rows.back().back();
    if (quoted) {
      if (ch == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (ch == '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch == '"') {
      quoted = true;
    } else if (ch == ',') {
      rows.back().emplace_back();
    } else if (ch == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      ++i;
      rows.emplace_back(1);
    } else {
      field += ch;
    }
  }
  if (rows.back().size() == 1 && rows.back()[0].empty()) rows.pop_back();  // after the last CRLF
  return rows;
}

std::vector<std::vector<std::string>> rows_of(const std::string& csv) {
  REQUIRE(csv.rfind(kBom, 0) == 0);
  return parse_csv(std::string_view(csv).substr(kBom.size()));
}

// A one-case book whose text is as hostile as staff and customers can type.
Book hostile_book() {
  SeededRandom rnd(5);
  const TimeMs t = 1'795'000'000'000;
  Book b;
  b.settings.currency = "EUR";
  Case c;
  c.id = new_id(t, rnd);
  Opened o;
  o.customer.name = "=HYPERLINK(\"http://evil\",\"click\")";
  o.customer.contact = "+41 79 555 00 00";
  o.channel = "counter";
  o.category = "delay";
  o.severity = 4;
  o.customer_words = "unused";
  o.reference = "@M-7KQ2";
  o.playbook_id = "three-step";
  c.events.push_back({new_id(t, rnd), c.id, t, "ana", o});
  c.events.push_back({new_id(t + 30'000, rnd), c.id, t + 30'000, "ana", Note{"listening"}});
  c.events.push_back(
      {new_id(t + 60'000, rnd), c.id, t + 60'000, "ana", Granted{"coffee", 2, 160, 900, ""}});
  c.events.push_back({new_id(t + 90'000, rnd), c.id, t + 90'000, "ana",
                      Outcome{Verdict::Delighted, Retention::Retained}});
  c.events.push_back(
      {new_id(t + 95'000, rnd), c.id, t + 95'000, "ana",
       Analysis{"-kitchen, \"short\"\r\nstaffed", "Zwei Köche — 二人のシェフ, Ελλάδα"}});
  b.cases.add_case(c);
  return b;
}

}  // namespace

TEST_CASE("csv: fields are quoted only when RFC 4180 needs it, quotes doubled") {
  CHECK(csv_field("plain") == "plain");
  CHECK(csv_field("") == "");
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_field("line\nbreak") == "\"line\nbreak\"");
  CHECK(csv_field("cr\rhere") == "\"cr\rhere\"");
  CHECK(csv_field("Zoë 東京") == "Zoë 東京");
}

TEST_CASE("csv: text that a spreadsheet would run as a formula gets an apostrophe") {
  CHECK(csv_text_field("=1+1") == "'=1+1");
  CHECK(csv_text_field("+41 79") == "'+41 79");
  CHECK(csv_text_field("-2") == "'-2");
  CHECK(csv_text_field("@SUM(A1)") == "'@SUM(A1)");
  CHECK(csv_text_field("\tx") == "'\tx");
  CHECK(csv_text_field("=a,b") == "\"'=a,b\"");
  CHECK(csv_text_field("a=b") == "a=b");
  CHECK(csv_text_field("") == "");
}

TEST_CASE("csv: an empty book is a BOM and the header, CRLF-terminated") {
  const std::string csv = export_cases_csv(Book{}, 0);
  CHECK(csv.rfind(kBom, 0) == 0);
  CHECK(csv.size() > kBom.size() + 2);
  CHECK(csv.substr(csv.size() - 2) == "\r\n");
  const auto rows = rows_of(csv);
  REQUIRE(rows.size() == 1);
  const std::vector<std::string> header = {"reference",
                                           "opened (UTC)",
                                           "customer",
                                           "contact",
                                           "kind of failure",
                                           "severity",
                                           "channel",
                                           "status",
                                           "first response",
                                           "recovery",
                                           "follow-up",
                                           "compensation cost (EUR)",
                                           "compensation value (EUR)",
                                           "verdict",
                                           "retention",
                                           "root cause",
                                           "corrective action",
                                           "reopened",
                                           "case id"};
  CHECK(rows[0] == header);
  // No bare LF anywhere: every line ends in CRLF.
  for (std::size_t i = 0; i < csv.size(); ++i)
    if (csv[i] == '\n') CHECK(csv[i - 1] == '\r');
}

TEST_CASE("csv: hostile text survives a round trip through a CSV reader, guarded") {
  const Book b = hostile_book();
  const TimeMs now = 1'795'000'000'000 + 4 * kMsPerDay;
  const std::string csv = export_cases_csv(b, now);
  const auto rows = rows_of(csv);
  REQUIRE(rows.size() == 2);
  const auto& r = rows[1];
  REQUIRE(r.size() == rows[0].size());
  CHECK(r[0] == "'@M-7KQ2");
  CHECK(r[1] == format_iso(1'795'000'000'000));
  CHECK(r[2] == "'=HYPERLINK(\"http://evil\",\"click\")");
  CHECK(r[3] == "'+41 79 555 00 00");
  CHECK(r[4] == term_label(b.settings.vocabulary.failure_kinds, "delay"));  // a label, not the id
  CHECK(r[4] != "delay");
  CHECK(r[5] == "4");
  CHECK(r[6] == term_label(b.settings.vocabulary.channels, "counter"));
  CHECK(r[7] == "open");
  CHECK(r[8] == "met");      // the note 30 s after opening, within the minute
  CHECK(r[9] == "met");      // delighted 90 s in
  CHECK(r[10] == "missed");  // four days on, no follow-up done: overdue
  CHECK(r[11] == "1.60");
  CHECK(r[12] == "9.00");
  CHECK(r[13] == "delighted");
  CHECK(r[14] == "retained");
  CHECK(r[15] == "'-kitchen, \"short\"\r\nstaffed");
  CHECK(r[16] == "Zwei Köche — 二人のシェフ, Ελλάδα");
  CHECK(r[17] == "0");
  CHECK(r[18] == b.cases.id(0));
}

TEST_CASE("csv: clocks are judged at now; a case not yet due is pending") {
  const Book b = hostile_book();
  const auto rows = rows_of(export_cases_csv(b, 1'795'000'000'000 + 100'000));
  CHECK(rows[1][10] == "pending");
}

TEST_CASE("csv: deterministic, one row per case, in the book's order") {
  const Book b = make_sample_book(40, 3);
  const TimeMs now = 1'800'000'000'000;
  const std::string csv = export_cases_csv(b, now);
  CHECK(csv == export_cases_csv(b, now));
  const auto rows = rows_of(csv);
  REQUIRE(rows.size() == b.cases.size() + 1);
  for (std::size_t i = 0; i < b.cases.size(); ++i) {
    CHECK(rows[i + 1].size() == rows[0].size());
    CHECK(rows[i + 1].back() == b.cases.id(i));
  }
  const Book full = mendtest::full_book();
  CHECK(rows_of(export_cases_csv(full, now))[0][11] == "compensation cost (CHF)");
}
