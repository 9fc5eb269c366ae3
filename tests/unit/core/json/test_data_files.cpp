// Data files (the built-in playbooks and vocabularies): records read with the
// book's field lists, the first problem reported with its JSON path.
#include <doctest/doctest.h>

#include <string>

#include "core/json/data_files.hpp"

using namespace mend;

namespace {

const char* const kStep =
    R"({"id": "greet", "title": "Greet", "guidance": "Smile.", "phrases": ["Hello!"],
        "record": "nothing", "choices": [], "required": true, "target_seconds": 30})";

std::string playbook(const std::string& id, const std::string& step = kStep) {
  return R"({"id": ")" + id + R"(", "version": 1, "name": "Our way", "summary": "",
             "builtin": true, "strict_order": false, "steps": [)" +
         step + "]}";
}

std::string playbooks_file(const std::string& list) {
  return R"({"format": "mend-playbooks", "version": 1, "language": "en", "note": "test",
             "playbooks": [)" +
         list + "]}";
}

const char* const kTerms = R"([{"id": "a", "label": "A", "retired": false}])";

std::string vocabulary(const std::string& trade, const std::string& kinds = kTerms) {
  return R"({"trade": ")" + trade + R"(", "failure_kinds": )" + kinds +
         R"(, "channels": [], "segments": [], "value_tiers": []})";
}

std::string vocabularies_file(const std::string& list) {
  return R"({"format": "mend-vocabularies", "version": 1, "vocabularies": [)" + list + "]}";
}

std::string error_of(const auto& result) {
  return result ? std::string("(no error)") : result.error().message();
}

}  // namespace

TEST_CASE("data files: playbooks are read with every field of the book format") {
  const auto read = import_playbooks(playbooks_file(playbook("our-way")));
  REQUIRE_MESSAGE(read, error_of(read));
  REQUIRE(read->size() == 1);
  const Playbook& p = read->front();
  CHECK(p.id == "our-way");
  CHECK(p.builtin);
  CHECK_FALSE(p.recovery_seconds);
  REQUIRE(p.steps.size() == 1);
  CHECK(p.steps[0] == Step{"greet", "Greet", "Smile.", {"Hello!"}, Record::Nothing, {}, true, 30});
}

TEST_CASE("data files: a playbook file's problems name their place") {
  CHECK(error_of(import_playbooks("[1]")) ==
        R"(expected a JSON object with "format": "mend-playbooks")");
  CHECK(error_of(import_playbooks(R"({"format": "mend-book", "version": 1})")) ==
        R"(format: expected a JSON object with "format": "mend-playbooks")");
  CHECK(error_of(import_playbooks(R"({"format": "mend-playbooks", "version": 2})")) ==
        "version: must be 1");
  CHECK(error_of(import_playbooks("{")).rfind("not valid JSON: ", 0) == 0);
  CHECK(error_of(import_playbooks(R"({"format": "mend-playbooks", "version": 1})")) ==
        R"(missing required field "playbooks")");
  CHECK(error_of(import_playbooks(
            R"({"format": "mend-playbooks", "version": 1, "language": 7, "playbooks": []})")) ==
        "language: must be a string, not a number");
  CHECK(error_of(import_playbooks(playbooks_file(playbook("x", R"({"id": "s"})")))) ==
        R"(playbooks[0].steps[0]: missing required field "title")");
  CHECK(error_of(import_playbooks(playbooks_file(playbook("x", R"({"id": "s", "title": "T",
        "guidance": "", "phrases": [], "record": "choice", "choices": [], "required": true,
        "target_seconds": 0})")))) ==
        R"(playbooks[0].steps[0].choices: step "T" asks for a choice but lists no options)");
  CHECK(error_of(import_playbooks(playbooks_file(playbook("x") + "," + playbook("x")))) ==
        R"(playbooks[1].id: duplicate id "x")");
  CHECK(error_of(import_playbooks(
            R"({"format": "mend-playbooks", "version": 1, "playbooks": [], "extra": 1})")) ==
        R"(unknown key "extra")");
}

TEST_CASE("data files: vocabularies are read per trade with the book's term fields") {
  const auto read = import_vocabularies(vocabularies_file(vocabulary("hotel")));
  REQUIRE_MESSAGE(read, error_of(read));
  REQUIRE(read->size() == 1);
  CHECK(read->front().trade == "hotel");
  CHECK(read->front().vocabulary.failure_kinds == std::vector<Term>{Term{"a", "A", false}});
  CHECK(read->front().vocabulary.channels.empty());
}

TEST_CASE("data files: a vocabulary file's problems name their place") {
  CHECK(error_of(import_vocabularies(vocabularies_file(vocabulary("")))) ==
        "vocabularies[0].trade: must not be empty");
  CHECK(error_of(import_vocabularies(
            vocabularies_file(vocabulary("shop") + "," + vocabulary("shop")))) ==
        R"(vocabularies[1].trade: duplicate trade "shop")");
  CHECK(error_of(import_vocabularies(
            vocabularies_file(vocabulary("shop", R"([{"id": "a", "label": "A", "retired": false},
                        {"id": "a", "label": "B", "retired": false}])")))) ==
        R"(vocabularies[0].failure_kinds[1].id: duplicate id "a")");
  CHECK(error_of(import_vocabularies(vocabularies_file(vocabulary("shop", R"([{"id": "a"}])")))) ==
        R"(vocabularies[0].failure_kinds[0]: missing required field "label")");
}
