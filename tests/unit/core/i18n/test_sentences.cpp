// The core's English refusals and reasons said in Malay: the sentences come
// from the real workflow and authority checks, so a changed English sentence
// whose form the table lacks fails here, not on a Malay screen.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/base/ids.hpp"
#include "core/case/workflow.hpp"
#include "core/compensation/authority.hpp"
#include "core/i18n/sentences.hpp"
#include "core/json/book_json.hpp"
#include "core/model/lookup.hpp"
#include "support/fixtures.hpp"

namespace mend {
namespace {

constexpr TimeMs kT0 = 1767225600000;  // 2026-01-01T00:00:00Z

struct Counter {
  Book book;
  SeededRandom rnd{5};
  std::string case_id;
  TimeMs now = kT0;

  Counter() {
    book.roles.push_back(Role{"staff", "Staff", 2000, 5000, false});
    book.staff.push_back(Staff{"ann", "Ann", "staff", ""});
    book.catalog.push_back(
        CatalogItem{"dinner", "Dinner for two", "gesture", 6000, 9000, {}, {}, {}, {}, {}, true});
    case_id = new_id(now, rnd);
    Opened o;
    o.customer.name = "Siti";
    o.category = "broken-promise";
    o.severity = 3;
    o.taken_by = "ann";
    o.playbook_id = "three-step";
    o.playbook_version = 1;
    REQUIRE(add(o).ok());
  }
  Status add(Payload p) {
    now += 1000;
    return append_event(book, Event{new_id(now, rnd), case_id, now, "ann", std::move(p)});
  }
};

const SentenceTranslator& malay() {
  static const SentenceTranslator translator(builtin_string_table("ms"));
  return translator;
}

}  // namespace

TEST_CASE("sentences: a step out of order is refused in Malay, with the playbook's Malay words") {
  Counter c;
  const Status refused = c.add(StepDone{"ask", "", ""});
  REQUIRE_FALSE(refused.ok());
  CHECK(
      refused.error().why ==
      "in \"Apologise, own, ask\" steps go in order: do \"Apologise\" before \"Ask how to make it "
      "better\"");
  CHECK(malay().translate(refused.error().why) ==
        std::optional<std::string>(
            "dalam \"Minta maaf, akui, tanya\" langkah dibuat mengikut susunan: "
            "buat \"Minta maaf\" sebelum \"Tanya cara untuk memperbaikinya\""));
}

TEST_CASE("sentences: a step done twice, a close too early, a closed case") {
  Counter c;
  REQUIRE(c.add(StepDone{"apologise", "", ""}).ok());
  CHECK(malay().translate(c.add(StepDone{"apologise", "", ""}).error().why) ==
        std::optional<std::string>("\"Minta maaf\" sudah dibuat"));
  const std::string early = c.add(Closed{""}).error().why;
  CHECK(early.starts_with("cannot close yet; required steps not done: \"Take ownership\""));
  const std::optional<std::string> said = malay().translate(early);
  REQUIRE(said);
  CHECK(said->starts_with(
      "belum boleh ditutup; langkah wajib yang belum dibuat: \"Akui tanggungjawab\""));
}

TEST_CASE("sentences: the authority's reasons, one or several, with names and money kept") {
  Counter c;
  const CatalogItem& dinner = *find_item(c.book, "dinner");
  const AuthorityCheck check =
      check_grant(c.book, *find_case(c.book, c.case_id), "ann", dinner, 1, c.now);
  REQUIRE(check.needs_approval());
  REQUIRE(check.reasons.size() == 2);
  CHECK(check.reasons[0] == "over the Staff per-case limit of 20.00 by 40.00");
  const std::optional<std::string> one = malay().translate(check.reasons[0]);
  REQUIRE(one);
  CHECK(one->find("melebihi had setiap kes") == 0);
  CHECK(one->find("20.00") != std::string::npos);
  CHECK(one->find("40.00") != std::string::npos);
  const std::optional<std::string> both =
      malay().translate(check.reasons[0] + "; " + check.reasons[1]);
  REQUIRE(both);
  CHECK(both->find("had sehari") != std::string::npos);
  CHECK(both->find("over the") == std::string::npos);
}

TEST_CASE("sentences: the recommender's reasons name Mend's default words by their Malay labels") {
  CHECK(malay().translate("suits regular customers") ==
        std::optional<std::string>("sesuai untuk segmen Pelanggan tetap"));
  CHECK(malay().translate("suits any kind of failure; costs the business nothing") ==
        std::optional<std::string>("sesuai untuk apa jua kegagalan; tiada kos kepada perniagaan"));
  // The business's own words (a tag) stay as written.
  CHECK(malay().translate("matches what the customer cares about: quiet-table") ==
        std::optional<std::string>("sepadan dengan apa yang penting bagi pelanggan: quiet-table"));
}

// Every reason an import gives, whatever the file, is said in Malay (the
// JSON path beside it stays as the file has it).
TEST_CASE("sentences: every import error of JSONTestSuite and of a broken book is said in Malay") {
  std::vector<std::string> files;
  const std::filesystem::path dir =
      std::filesystem::path(MEND_TESTDATA_DIR) / "JSONTestSuite" / "test_parsing";
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    files.push_back(text.str());
  }
  REQUIRE(files.size() > 300);
  // A real book broken in the ways a hand-edited file is.
  std::string book = export_book(mendtest::full_book());
  files.push_back(book.substr(0, book.size() / 2));  // truncated
  const auto replace = [&book](const std::string& what, const std::string& with) {
    const std::size_t at = book.find(what);
    REQUIRE(at != std::string::npos);
    book.replace(at, what.size(), with);
  };
  replace("\"at\":\"", "\"at\":\"yesterday");
  replace("\"format\":\"mend-book\"", "\"format\":\"mend-book\",\"extra\":1");
  replace("\"actor\":\"", "\"actor\":5,\"was\":\"");
  files.push_back(book);
  std::size_t errors = 0;
  for (const std::string& text : files) {
    for (const Error& e : import_book(text).errors) {
      ++errors;
      CAPTURE(e.why);
      const std::optional<std::string> said = malay().translate(e.why);
      CHECK(said.has_value());
      if (said) CHECK(*said != e.why);
    }
  }
  CHECK(errors > 300);
}

TEST_CASE("sentences: what no form made stays untranslated, and a bare join is no form") {
  CHECK_FALSE(malay().translate("the moon is made of cheese"));
  CHECK_FALSE(malay().translate("Siti: Ann"));  // "%s: %s" would match anything
  CHECK(malay().translate("") == std::optional<std::string>(""));
  // A whole sentence of the table is itself.
  CHECK(malay().translate("within your authority") ==
        std::optional<std::string>("dalam kuasa anda"));
}

}  // namespace mend
