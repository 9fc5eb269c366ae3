// Hostile input: JSONTestSuite, deep nesting, huge strings, bad UTF-8, odd
// numbers, truncation. Always an error value (or a book where right), never a
// crash, a hang or a stack overflow (also under ASan+UBSan and in wasm).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/base/ids.hpp"
#include "core/json/book_import_detail.hpp"
#include "core/json/book_json.hpp"
#include "support/fixtures.hpp"

using namespace mend;

namespace {

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string first_error(const ImportResult& r) {
  return r.errors.empty() ? std::string() : r.errors.front().message();
}

}  // namespace

TEST_CASE("json hostile: JSONTestSuite n_ rejected, y_ not a book, i_ no crash") {
  const std::filesystem::path dir =
      std::filesystem::path(MEND_TESTDATA_DIR) / "JSONTestSuite" / "test_parsing";
  REQUIRE(std::filesystem::is_directory(dir));
  int n = 0, y = 0, i = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    const std::string text = read_file(entry.path());
    const ImportResult r = import_book(text);
    INFO(name, ": ", first_error(r));
    if (name.rfind("n_", 0) == 0) {
      ++n;
      CHECK_FALSE(r.ok());
      CHECK_FALSE(r.errors.empty());
    } else if (name.rfind("y_", 0) == 0) {
      ++y;
      CHECK_FALSE(r.ok());
      REQUIRE(r.errors.size() == 1);
      CHECK(r.errors[0].why.rfind("not a Mend book", 0) == 0);
    } else if (name.rfind("i_", 0) == 0) {
      ++i;
      CHECK(r.ok() != !r.errors.empty());
    }
  }
  CHECK(n > 150);
  CHECK(y > 90);
  CHECK(i > 20);
}

TEST_CASE("json hostile: 100,000 levels of nesting are refused early") {
  const std::string arrays = std::string(100'000, '[') + std::string(100'000, ']');
  auto r = import_book(arrays);
  CHECK_FALSE(r.ok());
  CHECK(first_error(r).find("nested deeper than 64 levels at byte 64") != std::string::npos);
  std::string objects;
  for (int i = 0; i < 100'000; ++i) objects += R"({"a":)";
  objects += "1" + std::string(100'000, '}');
  r = import_book(objects);
  CHECK(first_error(r).find("nested deeper than 64") != std::string::npos);
  // Unbalanced: deep opening only.
  r = import_book(std::string(100'000, '['));
  CHECK(first_error(r).find("not valid JSON") != std::string::npos);
  // 64 levels is still JSON (and then not a book).
  r = import_book(std::string(64, '[') + std::string(64, ']'));
  CHECK(first_error(r).find("not a Mend book") == 0);
}

TEST_CASE("json hostile: a 50 MB string value") {
  std::string huge = R"({"format":"mend-book","version":1,"settings":{"business_name":")";
  huge.append(50u << 20, 'x');
  huge += R"("}})";
  const auto r = import_book(huge);
  CHECK_FALSE(r.ok());
  // The reasons are short even though the value is huge.
  for (const auto& e : r.errors) CHECK(e.message().size() < 300);
  // And a 50 MB unknown key is shown cut short.
  std::string key = R"({"format":"mend-book","version":1,")";
  key.append(50u << 20, 'k');
  key += R"(":1})";
  const auto k = import_book(key);
  bool found = false;
  for (const auto& e : k.errors) {
    CHECK(e.message().size() < 300);
    found = found || e.why.rfind("unknown key \"kkkk", 0) == 0;
  }
  CHECK(found);
}

TEST_CASE("json hostile: invalid UTF-8 is refused with its offset") {
  std::string json = export_book(mendtest::full_book());
  const auto at = json.find("Zoë");
  REQUIRE(at != std::string::npos);
  std::string bad = json;
  bad[at + 3] = 'A';  // 'ë' is C3 AB: a lead byte followed by ASCII is broken
  auto r = import_book(bad);
  CHECK(first_error(r).find("not valid JSON: invalid UTF-8 at byte " + std::to_string(at + 2)) !=
        std::string::npos);
  for (const char* s : {"\xFF", "\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\x80"}) {
    r = import_book(std::string(R"({"format":"mend-book","x":")") + s + "\"}");
    CHECK(first_error(r).find("invalid UTF-8 at byte 27 (line 1, column 28)") != std::string::npos);
  }
  // Outside strings too (JSON is ASCII there), and after the BOM offsets still count it.
  CHECK(first_error(import_book("\xEF\xBB\xBF[\xFF]")).find("at byte 4") != std::string::npos);
}

TEST_CASE("json hostile: a lone surrogate escape would make invalid UTF-8, so it is refused") {
  // RapidJSON itself refuses an unpaired high surrogate ...
  auto r = import_book(R"({"format":"mend-book","x":"\uD800"})");
  CHECK(first_error(r).find("not valid JSON") == 0);
  // ... but would decode a lone low one into bytes that are not UTF-8.
  r = import_book(R"({"format":"mend-book","x":"\uDC00"})");
  CHECK(first_error(r).find("unpaired UTF-16 surrogate at byte") != std::string::npos);
  std::string json = export_book(mendtest::full_book());
  json.replace(json.find("Customer calmer now"), 8, R"(\uDFFFtomer)");
  r = import_book(json);
  CHECK(first_error(r).find("unpaired UTF-16 surrogate") != std::string::npos);
  // A proper pair and U+D7FF (ED 9F BF) are fine.
  json = export_book(mendtest::full_book());
  json.replace(json.find("Customer calmer now"), 8, R"(\uD83D\uDE42\uD7FF)");
  r = import_book(json);
  REQUIRE(r.ok());
  CHECK(export_book(*r.book).find("🙂\xED\x9F\xBF") != std::string::npos);
}

TEST_CASE("json hostile: the UTF-8 check agrees with Unicode's table 3-7") {
  using bookjson::first_invalid_utf8;
  const auto npos = std::string_view::npos;
  CHECK(first_invalid_utf8("") == npos);
  CHECK(first_invalid_utf8("plain ascii, longer than eight bytes") == npos);
  CHECK(first_invalid_utf8("\xC2\x80 \xDF\xBF \xE0\xA0\x80 \xED\x9F\xBF \xEE\x80\x80") == npos);
  CHECK(first_invalid_utf8("\xF0\x90\x80\x80 \xF4\x8F\xBF\xBF Zoë Ω ✓ 🙂") == npos);
  CHECK(first_invalid_utf8("abcdefghij\xC0\x80") == 10);  // overlong
  CHECK(first_invalid_utf8("\xC1\xBF") == 0);             // overlong
  CHECK(first_invalid_utf8("\xE0\x9F\xBF") == 0);         // overlong
  CHECK(first_invalid_utf8("\xED\xA0\x80") == 0);         // surrogate
  CHECK(first_invalid_utf8("\xF0\x8F\xBF\xBF") == 0);     // overlong
  CHECK(first_invalid_utf8("\xF4\x90\x80\x80") == 0);     // above U+10FFFF
  CHECK(first_invalid_utf8("\xF5\x80\x80\x80") == 0);
  CHECK(first_invalid_utf8("ok\xE2\x9C") == 2);  // truncated at the end
  CHECK(first_invalid_utf8("ok\xE2\x9C!") == 2);
  CHECK(first_invalid_utf8("\x80") == 0);  // stray continuation
  CHECK(first_invalid_utf8("\xFF") == 0);
}

TEST_CASE("json hostile: ids are checked character by character") {
  SeededRandom rnd(5);
  const std::string crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  const std::string others = "ILOUabcdefghijklmnopqrstuvwxyz-_ \x80";
  for (int n = 0; n < 200; ++n) {
    const std::string id = new_id(static_cast<TimeMs>(rnd.below(1ULL << 48)), rnd);
    CHECK(is_valid_id(id));
    for (std::size_t pos : {std::size_t{9}, std::size_t{25}}) {
      for (const char c : crockford) CHECK(is_valid_id(std::string(id).replace(pos, 1, 1, c)));
      for (const char c : others) CHECK_FALSE(is_valid_id(std::string(id).replace(pos, 1, 1, c)));
    }
    CHECK_FALSE(is_valid_id(std::string(id).replace(0, 1, 1, '8')));  // beyond 48 bits of time
    CHECK_FALSE(is_valid_id(id.substr(1)));
    CHECK_FALSE(is_valid_id(id + "0"));
  }
  CHECK_FALSE(is_valid_id(""));
}

TEST_CASE("json hostile: numbers out of range") {
  const std::string json = export_book(mendtest::full_book());
  auto with = [&](std::string_view number) {
    std::string s = json;
    const auto at = s.find(R"("per_case_limit":2000)");
    REQUIRE(at != std::string::npos);
    s.replace(at, 21, std::string(R"("per_case_limit":)") + std::string(number));
    return import_book(s);
  };
  CHECK(first_error(with("1e400")).find("Number too big") != std::string::npos);
  CHECK(first_error(with("-1e400")).find("Number too big") != std::string::npos);
  CHECK(first_error(with("18446744073709551616")).find("is too large") != std::string::npos);
  CHECK(first_error(with("18446744073709551615")).find("is too large") != std::string::npos);
  CHECK(first_error(with("-9223372036854775809")).find("must not be negative") !=
        std::string::npos);
  CHECK(first_error(with("-0")).empty());      // -0 is zero
  CHECK(first_error(with("1e-400")).empty());  // underflows to 0: whole and in range
  CHECK(first_error(with("NaN")).find("not valid JSON") != std::string::npos);
  CHECK(first_error(with("9007199254740991")).empty());
  // Version numbers too.
  auto v = import_book(R"({"format":"mend-book","version":1e308})");
  CHECK(first_error(v).find("made by a newer Mend") != std::string::npos);
  v = import_book(R"({"format":"mend-book","version":-1})");
  CHECK(first_error(v).find("version: must be 1") != std::string::npos);
}

TEST_CASE("json hostile: truncated books, empty files, stray bytes") {
  const std::string json = export_book(mendtest::full_book());
  for (std::size_t cut = 0; cut < json.size(); cut += 97) {
    const auto r = import_book(std::string_view(json).substr(0, cut));
    CHECK_FALSE(r.ok());
    CHECK_FALSE(r.errors.empty());
  }
  CHECK(first_error(import_book("")).find("empty") != std::string::npos);
  CHECK(first_error(import_book("\xEF\xBB\xBF")).find("empty") != std::string::npos);
  CHECK(first_error(import_book("   ")).find("not valid JSON") != std::string::npos);
  CHECK(first_error(import_book(json + "x")).find("not valid JSON") != std::string::npos);
  CHECK(first_error(import_book(json + "\n")).empty());
  CHECK(first_error(import_book(std::string("{\0}", 3))).find("not valid JSON") !=
        std::string::npos);
  // A NUL inside a string value is kept (escaped as \u0000).
  std::string nul = json;
  nul.replace(nul.find("Customer calmer now"), 8, "Cust\\u0000er");
  const auto r = import_book(nul);
  REQUIRE(r.ok());
}

TEST_CASE("json hostile: a million duplicate keys stay fast") {
  std::string json = R"({"format":"mend-book","version":1,"settings":{)";
  for (int i = 0; i < 1'000'000; ++i) json += R"("currency":"EUR",)";
  json += R"("currency":"EUR"}})";
  const auto r = import_book(json);
  REQUIRE_FALSE(r.ok());
  CHECK(r.errors.size() == kMaxImportErrors + 1);
  CHECK(r.errors.back().why.find("more errors") != std::string::npos);
}
