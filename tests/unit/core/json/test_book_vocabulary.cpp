// The vocabulary in the book format: written and read back whole, defaulted
// for books exported before it existed, checked for duplicate ids, and never
// a reason to refuse a case whose ids it does not list.
#include <doctest/doctest.h>
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>

#include "core/json/book_json.hpp"
#include "support/fixtures.hpp"

using namespace mend;

namespace {

// The fixture's export with settings.vocabulary taken out: a book as an older
// Mend wrote it.
std::string without_vocabulary(const std::string& json) {
  rapidjson::Document d;
  d.Parse(json.c_str(), json.size());
  REQUIRE_FALSE(d.HasParseError());
  rapidjson::Value& settings = d["settings"];
  REQUIRE(settings.RemoveMember("vocabulary"));
  rapidjson::StringBuffer out;
  rapidjson::Writer<rapidjson::StringBuffer> w(out);
  d.Accept(w);
  return std::string(out.GetString(), out.GetSize());
}

std::string errors(const ImportResult& r) {
  std::string out;
  for (const Error& e : r.errors) out += e.message() + "\n";
  return out;
}

}  // namespace

TEST_CASE("vocabulary json: exported under settings and read back whole") {
  const Book b = mendtest::full_book();
  const std::string json = export_book(b);
  CHECK(
      json.find(
          R"("vocabulary":{"failure_kinds":[{"id":"wrong-order","label":"Wrong order","retired":false},)") !=
      std::string::npos);
  CHECK(json.find(R"({"id":"cold-food","label":"Kalt serviert — «froid»","retired":true}])") !=
        std::string::npos);
  CHECK(json.find(R"("value_tiers":[]})") != std::string::npos);
  const ImportResult r = import_book(json);
  INFO(errors(r));
  REQUIRE(r.ok());
  CHECK(r.book->settings.vocabulary == b.settings.vocabulary);
  CHECK_FALSE(r.book->settings.vocabulary == default_vocabulary());
}

TEST_CASE("vocabulary json: a book exported before the vocabulary reads the defaults") {
  const Book b = mendtest::full_book();
  const std::string old = without_vocabulary(export_book(b));
  REQUIRE(old.find("vocabulary") == std::string::npos);
  mendtest::save_export("no-vocabulary.json", old);
  const ImportResult r = import_book(old);
  INFO(errors(r));
  REQUIRE(r.ok());
  CHECK(r.book->settings.vocabulary == default_vocabulary());
  // Everything else is as it was.
  Book expected = b;
  expected.settings.vocabulary = default_vocabulary();
  CHECK(*r.book == expected);
}

TEST_CASE("vocabulary json: cases may use ids the vocabulary does not list") {
  Book b = mendtest::full_book();
  b.settings.vocabulary = Vocabulary{{Term{"billing", "Billing", false}}, {}, {}, {}};
  std::vector<Case> cases = mendtest::cases_of(b);
  for (Case& c : cases) {
    auto& o = std::get<Opened>(c.events.front().payload);
    o.category = "gremlins-in-the-till";
    o.channel = "carrier-pigeon";
    o.customer.segment = "time-traveller";
    o.customer.value_tier = "priceless";
  }
  b.cases = mendtest::table_of(cases);
  const ImportResult r = import_book(export_book(b));
  INFO(errors(r));
  REQUIRE(r.ok());
  CHECK(*r.book == b);
}

TEST_CASE("vocabulary json: term ids are ids, unique within their list") {
  Book b = mendtest::full_book();
  b.settings.vocabulary.channels.push_back(Term{"phone", "Telephone again", false});
  b.settings.vocabulary.segments.push_back(Term{"", "Nameless", false});
  const ImportResult r = import_book(export_book(b));
  REQUIRE_FALSE(r.ok());
  const std::string all = errors(r);
  INFO(all);
  const std::size_t phone = b.settings.vocabulary.channels.size() - 1;
  const std::size_t nameless = b.settings.vocabulary.segments.size() - 1;
  CHECK(all.find("settings.vocabulary.segments[" + std::to_string(nameless) +
                 "].id: must not be empty") != std::string::npos);

  // Duplicates are found once every record reads cleanly.
  b.settings.vocabulary.segments.pop_back();
  const ImportResult dup = import_book(export_book(b));
  REQUIRE_FALSE(dup.ok());
  REQUIRE(dup.errors.size() == 1);
  CHECK(dup.errors[0].where == "settings.vocabulary.channels[" + std::to_string(phone) + "].id");
  CHECK(dup.errors[0].why.find("duplicate id (also settings.vocabulary.channels[") == 0);
  // The same id in two lists is fine: a channel and a kind may share a word.
  b.settings.vocabulary.channels.pop_back();
  b.settings.vocabulary.segments.push_back(Term{"delay", "Delayed people", false});
  CHECK(import_book(export_book(b)).ok());
}

TEST_CASE("vocabulary json: a vocabulary must have all four lists, each of terms") {
  const std::string json = export_book(mendtest::full_book());
  const auto at = json.find(R"("segments":)");
  REQUIRE(at != std::string::npos);
  std::string renamed = json;
  renamed.replace(at, 11, R"("segmentz":)");
  const ImportResult r = import_book(renamed);
  REQUIRE_FALSE(r.ok());
  const std::string all = errors(r);
  CHECK(all.find(R"(settings.vocabulary: missing required field "segments")") != std::string::npos);
  CHECK(all.find(R"(settings.vocabulary: unknown key "segmentz")") != std::string::npos);
}
