// Each trade's default vocabulary (src/core/model/vocabularies/en.json) pinned
// to tests/data/builtin/vocabularies-en.json, recorded from the exporter when
// the defaults were still written as C++: same terms, labels and order.
#include <doctest/doctest.h>
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <string_view>
#include <utility>

#include "core/json/book_json.hpp"
#include "core/json/data_files.hpp"
#include "core/model/vocabulary.hpp"
#include "support/fixtures.hpp"

using namespace mend;

namespace {

std::string text_of(const rapidjson::Value& v) {
  rapidjson::StringBuffer out;
  rapidjson::Writer<rapidjson::StringBuffer> w(out);
  v.Accept(w);
  return std::string(out.GetString(), out.GetSize());
}

// As the recording names them; written out here so the test does not trust
// the table it checks.
constexpr std::pair<Trade, std::string_view> kTrades[] = {
    {Trade::General, "general"}, {Trade::Restaurant, "restaurant"},
    {Trade::Hotel, "hotel"},     {Trade::RepairShop, "repair-shop"},
    {Trade::Shop, "shop"},       {Trade::HotelAndRestaurant, "hotel-and-restaurant"}};

}  // namespace

TEST_CASE("vocabulary: the built-in file reads and has each trade once, in order") {
  const auto read = import_vocabularies(default_vocabularies_json());
  REQUIRE_MESSAGE(read.ok(), (read ? std::string() : read.error().message()));
  REQUIRE(read->size() == std::size(kTrades));
  for (std::size_t i = 0; i < std::size(kTrades); ++i)
    CHECK(read.value()[i].trade == kTrades[i].second);
}

TEST_CASE("vocabulary: each trade's defaults are the recorded ones, in order") {
  rapidjson::Document expected;
  expected.Parse(mendtest::read_test_data("builtin/vocabularies-en.json"));
  REQUIRE_FALSE(expected.HasParseError());
  REQUIRE(expected.IsObject());
  CHECK(expected.MemberCount() == std::size(kTrades));

  for (const auto& entry : kTrades) {
    // Not a structured binding: CAPTURE's lambda cannot see one in clang 14 (em++).
    const std::string_view name = entry.second;
    CAPTURE(name);
    REQUIRE(expected.HasMember(name.data()));
    Book book;
    book.settings.vocabulary = default_vocabulary(entry.first);
    rapidjson::Document exported;
    exported.Parse(export_book(book));
    REQUIRE_FALSE(exported.HasParseError());
    const rapidjson::Value& got = exported["settings"]["vocabulary"];
    CHECK_MESSAGE(got == expected[name.data()], "default: ", text_of(got),
                  "\nrecorded: ", text_of(expected[name.data()]));
  }
}
