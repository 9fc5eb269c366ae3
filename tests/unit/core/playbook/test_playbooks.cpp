#include <doctest/doctest.h>

#include <set>

#include "core/playbook/playbooks.hpp"

using namespace mend;

TEST_CASE("playbooks: all ten built-ins exist with real guidance") {
  const std::set<std::string> expected{
      "three-step", "four-step", "eight-step", "four-skills", "fix-and-surprise",
      "heard",      "heart",     "learn",      "blast",       "latte"};
  std::set<std::string> ids;
  for (const Playbook& p : builtin_playbooks()) {
    ids.insert(p.id);
    CAPTURE(p.id);
    CHECK(p.builtin);
    CHECK(p.version == 1);
    CHECK(validate_playbook(p).ok());
    for (const Step& s : p.steps) {
      CAPTURE(s.id);
      CHECK(s.guidance.size() > 60);
      CHECK_FALSE(s.phrases.empty());
      CHECK(s.target_seconds > 0);
      // Guidance must not teach the phrases that undo an apology.
      for (const std::string& phrase : s.phrases) {
        CHECK(phrase.find("sorry, but") == std::string::npos);
        CHECK(phrase.find("policy") == std::string::npos);
      }
    }
  }
  CHECK(ids == expected);
}

TEST_CASE("playbooks: the three-step one is strict and in the exact order") {
  Book book;
  const Playbook* p = find_playbook(book, "three-step", 1);
  REQUIRE(p);
  CHECK(p->strict_order);
  REQUIRE(p->steps.size() == 3);
  CHECK(p->steps[0].id == "apologise");
  CHECK(p->steps[1].id == "own");
  CHECK(p->steps[2].id == "ask");
  CHECK(p->steps[2].record == Record::Note);
  CHECK(find_step(*p, "own")->title == "Take ownership");
}

TEST_CASE("playbooks: the acronym playbooks have their letters in order") {
  Book book;
  auto ids = [&](const char* id) {
    std::vector<std::string> out;
    for (const Step& s : latest_playbook(book, id)->steps) out.push_back(s.id);
    return out;
  };
  CHECK(ids("heard") ==
        std::vector<std::string>{"hear", "empathise", "apologise", "resolve", "diagnose"});
  CHECK(ids("heart") ==
        std::vector<std::string>{"hear", "empathise", "apologise", "respond", "thank"});
  CHECK(ids("learn") ==
        std::vector<std::string>{"listen", "empathise", "apologise", "resolve", "notify"});
  CHECK(ids("blast") ==
        std::vector<std::string>{"believe", "listen", "apologise", "satisfy", "thank"});
  CHECK(ids("latte") ==
        std::vector<std::string>{"listen", "acknowledge", "take-action", "thank", "explain"});
  CHECK(ids("four-step") ==
        std::vector<std::string>{"apology", "solution", "value-add", "root-cause"});
  CHECK(ids("eight-step").size() == 8);
  CHECK(ids("four-skills").size() == 4);
}

TEST_CASE("playbooks: custom playbooks are created and edited as new versions") {
  Book book;
  Playbook draft;
  draft.id = "our-way";
  draft.name = "Our way";
  draft.steps.push_back(
      Step{"greet", "Greet", "Smile and say hello.", {"Hello!"}, Record::Nothing, {}, true, 30});
  auto created = create_playbook(book, draft);
  REQUIRE(created.ok());
  CHECK(created->version == 1);
  CHECK_FALSE(created->builtin);

  Playbook edit = draft;
  edit.steps.push_back(Step{"fix", "Fix", "Fix it.", {"Done."}, Record::Note, {}, true, 600});
  auto edited = edit_playbook(book, edit);
  REQUIRE(edited.ok());
  CHECK(edited->version == 2);

  REQUIRE(find_playbook(book, "our-way", 1));
  CHECK(find_playbook(book, "our-way", 1)->steps.size() == 1);  // the old version is kept
  CHECK(find_playbook(book, "our-way", 2)->steps.size() == 2);
  CHECK(latest_playbook(book, "our-way")->version == 2);
  CHECK(find_playbook(book, "our-way", 3) == nullptr);

  auto avail = available_playbooks(book);
  CHECK(avail.size() == builtin_playbooks().size() + 1);
  CHECK(avail.back()->version == 2);
}

TEST_CASE("playbooks: bad playbooks and edits are refused with a reason") {
  Book book;
  Playbook p;
  p.id = "three-step";
  p.name = "Copy";
  p.steps.push_back(Step{"a", "A", "", {}, Record::Nothing, {}, true, 0});
  CHECK_FALSE(create_playbook(book, p).ok());  // built-in id
  CHECK_FALSE(edit_playbook(book, p).ok());    // built-ins cannot be edited
  p.id = "mine";
  CHECK_FALSE(edit_playbook(book, p).ok());  // nothing to edit yet
  REQUIRE(create_playbook(book, p).ok());
  CHECK_FALSE(create_playbook(book, p).ok());  // duplicate id

  Playbook dup = p;
  dup.steps.push_back(dup.steps[0]);
  auto r = edit_playbook(book, dup);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().why.find("used twice") != std::string::npos);

  Playbook choice = p;
  choice.steps[0].record = Record::Choice;
  CHECK(validate_playbook(choice).error().where == "steps[0].choices");
  Playbook empty = p;
  empty.steps.clear();
  CHECK_FALSE(validate_playbook(empty).ok());
  Playbook neg = p;
  neg.recovery_seconds = 0;
  CHECK_FALSE(validate_playbook(neg).ok());
  CHECK(book.playbooks.size() == 1);  // refusals change nothing
}
