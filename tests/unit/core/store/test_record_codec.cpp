// Events and records as a store keeps them: every kind round-trips exactly,
// and damaged bytes are errors with where and why, never a crash.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "core/store/record_codec.hpp"
#include "support/fixtures.hpp"

using namespace mend;
using namespace mend::store;

TEST_CASE("record codec: every event kind of the full book round-trips") {
  const Book book = mendtest::full_book();
  std::set<std::size_t> kinds;
  for (const Case& c : book.cases) {
    for (const Event& e : c.events) {
      const std::string bytes = encode_event(e);
      CHECK(static_cast<unsigned char>(bytes.front()) == kJsonValueFormat);
      const Result<Event> back = decode_event(bytes);
      REQUIRE_MESSAGE(back.ok(), back.error().message());
      CHECK(back.value() == e);
      CHECK(encode_event(back.value()) == bytes);
      kinds.insert(e.payload.index());
    }
  }
  CHECK(kinds.size() == std::variant_size_v<Payload>);
}

TEST_CASE("record codec: every record kind round-trips") {
  const Book book = mendtest::full_book();
  const Batch batch = batch_of(book);
  std::vector<store::Record> records = batch.records;
  records.push_back(Preference{"queue.sort", "urgent \"first\" — ✓"});
  std::set<std::size_t> kinds;
  for (const store::Record& r : records) {
    const Result<store::Record> back = decode_record(encode_record(r));
    REQUIRE_MESSAGE(back.ok(), back.error().message());
    CHECK(back.value() == r);
    CHECK(key_of(back.value()) == key_of(r));
    kinds.insert(r.index());
  }
  CHECK(kinds.size() == std::variant_size_v<store::Record>);
}

TEST_CASE("record codec: keys name the kind, then the id") {
  CHECK(key_text(RecordKey{RecordKind::Playbook, "three-step@2"}) == "playbook/three-step@2");
  CHECK(key_text(RecordKey{RecordKind::Settings, "settings"}) == "settings/settings");
  CHECK(key_text(RecordKey{RecordKind::CatalogItem, "coffee"}) == "catalog/coffee");
  // Read back (a removal crosses to the browser as its key's text).
  CHECK(key_from_text("playbook/three-step@2") == RecordKey{RecordKind::Playbook, "three-step@2"});
  CHECK(key_from_text("catalog/a/b") == RecordKey{RecordKind::CatalogItem, "a/b"});
  CHECK_FALSE(key_from_text("catalog/"));
  CHECK_FALSE(key_from_text("coffee"));
  CHECK_FALSE(key_from_text("nonsense/coffee"));
}

TEST_CASE("record codec: damaged bytes are errors with where and why") {
  const Book book = mendtest::full_book();
  const Case first = book.cases.at(0);
  const Event& event = first.events.front();
  const std::string good = encode_event(event);
  const std::string format(1, static_cast<char>(kJsonValueFormat));

  auto event_error = [](const std::string& bytes) {
    const Result<Event> r = decode_event(bytes);
    REQUIRE_FALSE(r.ok());
    CHECK_FALSE(r.error().why.empty());
    return r.error();
  };
  auto record_error = [](const std::string& bytes) {
    const Result<store::Record> r = decode_record(bytes);
    REQUIRE_FALSE(r.ok());
    CHECK_FALSE(r.error().why.empty());
    return r.error();
  };

  CHECK(event_error("").why == "the stored value is empty");
  CHECK(event_error(std::string(1, '\x07') + good.substr(1)).why.find("format 7") !=
        std::string::npos);
  CHECK(event_error(good.substr(0, good.size() / 2)).why.find("damaged") != std::string::npos);
  CHECK(event_error(format + "[1,2]").why.find("must be an object") != std::string::npos);
  CHECK(event_error(format + "{\"id\":\"\xff\xfe\"}").why.find("damaged") != std::string::npos);
  // Hostile nesting costs heap, not stack.
  CHECK(event_error(format + std::string(100000, '[')).why.find("damaged") != std::string::npos);
  // Valid JSON, wrong content: the importer's own checks and paths.
  std::string bad_type = good;
  bad_type.replace(bad_type.find("\"opened\""), 8, "\"opend\"");
  const Error unknown = event_error(bad_type);
  CHECK(unknown.where == "event.type");
  CHECK(unknown.why.find("unknown event type") != std::string::npos);
  std::string bad_id = good;
  bad_id.replace(bad_id.find(event.id), event.id.size(), "not-an-id");
  CHECK(event_error(bad_id).where == "event.id");

  CHECK(record_error(format + "{}").why.find("missing required field") != std::string::npos);
  CHECK(record_error(format + R"({"kind":"widget","value":{}})").why.find("unknown record kind") !=
        std::string::npos);
  CHECK(record_error(format + R"({"kind":"role","value":[]})").where == "record.value");
  CHECK(record_error(format + R"({"kind":"role","value":{"id":"x"}})").why.find("missing") !=
        std::string::npos);
  CHECK(record_error(format + R"({"kind":"preference","value":{"key":"a","value":"b","c":1}})")
            .why.find("unknown") != std::string::npos);
  // An event is not a record.
  CHECK_FALSE(decode_record(good).ok());
}
