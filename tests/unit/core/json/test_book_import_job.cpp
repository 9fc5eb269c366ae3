// The sliced import (BookImportJob): whatever the slice size, the same book
// or the same errors as import_book, read case by case where it can be, and
// handed to import_book whole where the file is not what the slices expect.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/json/book_import_job.hpp"
#include "core/json/book_json.hpp"
#include "core/sample/sample.hpp"
#include "support/fixtures.hpp"

using namespace mend;

namespace {

struct Run {
  ImportResult result;
  bool fell_back = false;
  std::size_t steps = 0;
  bool progress_rose = true;  // never went back, and ended at 1
};

Run run_job(const std::string& text, std::size_t budget) {
  BookImportJob job{text};
  Run run;
  double last = job.progress();
  for (;;) {
    const bool done = job.step(budget);
    ++run.steps;
    if (job.progress() < last) run.progress_rose = false;
    last = job.progress();
    if (done) break;
    REQUIRE(run.steps < 10'000'000);
  }
  if (last != 1.0) run.progress_rose = false;
  run.fell_back = job.fell_back();
  run.result = job.take();
  return run;
}

std::vector<std::string> messages(const ImportResult& r) {
  std::vector<std::string> out;
  for (const Error& e : r.errors) out.push_back(e.message());
  return out;
}

// The job agrees with import_book at several slice sizes; whether it fell back.
bool agrees(const std::string& text) {
  const ImportResult whole = import_book(text);
  bool fell_back = false;
  for (const std::size_t budget : {std::size_t{1}, std::size_t{700}, std::size_t{1} << 30}) {
    INFO("budget ", budget);
    const Run run = run_job(text, budget);
    CHECK(run.progress_rose);
    REQUIRE(run.result.ok() == whole.ok());
    if (whole.ok()) CHECK(*run.result.book == *whole.book);
    CHECK(messages(run.result) == messages(whole));
    fell_back = run.fell_back;
  }
  return fell_back;
}

std::string sample_text(int cases, std::uint64_t seed) {
  return export_book(make_sample_book(cases, seed));
}

}  // namespace

TEST_CASE("import job: a sample book is read case by case, the same as import_book") {
  const std::string text = sample_text(40, 3);
  CHECK_FALSE(agrees(text));
  // Small slices really are slices: many steps, each a little of the work.
  const Run sliced = run_job(text, 4096);
  CHECK(sliced.steps > 20);
  CHECK_FALSE(sliced.fell_back);
}

TEST_CASE("import job: the full fixture, an empty case list, cases first, spaces and a BOM") {
  CHECK_FALSE(agrees(export_book(mendtest::full_book())));
  Book empty = make_sample_setup();
  CHECK_FALSE(agrees(export_book(empty)));
  // "cases" first and the rest after it; odd but legal whitespace throughout.
  std::string text = sample_text(3, 5);
  const std::size_t at = text.find("\"cases\"");
  REQUIRE(at != std::string::npos);
  std::string moved = "{\"cases\" :\n [ " + text.substr(at + 9, text.size() - at - 11) +
                      " ] ,\r\n\t" + text.substr(1, at - 2) + "}";
  CHECK_FALSE(agrees(moved));
  CHECK_FALSE(agrees("\xEF\xBB\xBF" + text));
  CHECK_FALSE(agrees(text + "\n\n"));
}

TEST_CASE("import job: anything the slices do not expect gets import_book's own errors") {
  const std::string text = sample_text(3, 9);
  const std::size_t cases = text.find("\"cases\":[") + 9;
  REQUIRE(cases > 9);
  const auto edited = [&](std::size_t at, std::size_t drop, const std::string& put) {
    return text.substr(0, at) + put + text.substr(at + drop);
  };
  // Each of these is refused by import_book; the job must say the same.
  const std::vector<std::string> bad = {
      text.substr(0, text.size() / 2),      // cut short inside a case
      text.substr(0, cases),                // cut short after "cases":[
      edited(cases, 0, "7,"),               // a case that is a number
      edited(cases, 0, "[],"),              // ... an array
      edited(cases, 0, "\"x\","),           // ... a string
      edited(cases, 0, "{},"),              // ... an empty object
      edited(text.size() - 2, 0, ","),      // a trailing comma in the list
      edited(cases, 0, ","),                // a leading comma
      text + "{}",                          // something after the book
      edited(1, 0, "\"cases\":[],"),        // "cases" twice
      edited(1, 0, "\"\\u0063ases\":[],"),  // ... once spelled with an escape
      edited(cases - 1, 1, "{"),            // "cases" an object
      edited(cases - 1, 1, "7,\"x\":["),    // "cases" a number
      "[" + text + "]",                     // not an object
      "",                                   // nothing
      "{}",                                 // no format
      edited(cases + 20, 0, "\xC3"),        // bad UTF-8 inside a case
      edited(cases + 20, 0, "\\uDC00"),     // a lone surrogate escape inside a case
  };
  for (std::size_t i = 0; i < bad.size(); ++i) {
    INFO("bad text ", i);
    CHECK_FALSE(import_book(bad[i]).ok());
    agrees(bad[i]);
  }
  // A case's own mistake, found while reading it: the job falls back, so the
  // errors come in import_book's order.
  std::string wrong_kind = text;
  const std::size_t severity = wrong_kind.find("\"severity\":");
  REQUIRE(severity != std::string::npos);
  wrong_kind.replace(severity, 11, "\"severity\":\"high\",\"x\":");
  CHECK(agrees(wrong_kind));
}

TEST_CASE("import job: deep nesting inside a case is refused without a deep stack") {
  const std::string text = sample_text(1, 2);
  const std::size_t cases = text.find("\"cases\":[") + 9;
  const std::string deep =
      text.substr(0, cases) + "{\"x\":" + std::string(100'000, '[') + text.substr(cases);
  CHECK(agrees(deep));
}
