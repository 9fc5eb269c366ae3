// The built-in playbooks (src/core/playbook/builtin/en.json) pinned to
// tests/data/builtin/playbooks-en.json, recorded from the exporter when they
// were still written as C++: every field of every step, compared through the
// book's own export, so a change to the built-ins is a decision made in two
// places, never an accident.
#include <doctest/doctest.h>
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "core/json/book_json.hpp"
#include "core/json/data_files.hpp"
#include "core/playbook/playbooks.hpp"
#include "support/fixtures.hpp"

using namespace mend;

namespace {

std::string text_of(const rapidjson::Value& v) {
  rapidjson::StringBuffer out;
  rapidjson::Writer<rapidjson::StringBuffer> w(out);
  v.Accept(w);
  return std::string(out.GetString(), out.GetSize());
}

}  // namespace

TEST_CASE("playbooks: the built-in file reads without a problem") {
  const auto read = import_playbooks(builtin_playbooks_json());
  CHECK_MESSAGE(read.ok(), (read ? std::string() : read.error().message()));
}

TEST_CASE("playbooks: the built-ins are the recorded ones, in order, field by field") {
  rapidjson::Document expected;
  expected.Parse(mendtest::read_test_data("builtin/playbooks-en.json"));
  REQUIRE_FALSE(expected.HasParseError());
  REQUIRE(expected.IsArray());

  Book book;
  book.playbooks = builtin_playbooks();
  rapidjson::Document exported;
  exported.Parse(export_book(book));
  REQUIRE_FALSE(exported.HasParseError());
  const rapidjson::Value& got = exported["playbooks"];

  REQUIRE(got.Size() == expected.Size());
  for (rapidjson::SizeType i = 0; i < got.Size(); ++i) {
    CAPTURE(i);
    CHECK_MESSAGE(got[i] == expected[i], "built-in: ", text_of(got[i]),
                  "\nrecorded: ", text_of(expected[i]));
  }
}

TEST_CASE("playbooks: every built-in is valid, version 1 and marked built-in") {
  for (const Playbook& p : builtin_playbooks()) {
    CAPTURE(p.id);
    CHECK(validate_playbook(p).ok());
    CHECK(p.builtin);
    CHECK(p.version == 1);
    CHECK(is_builtin_playbook_id(p.id));
  }
}
