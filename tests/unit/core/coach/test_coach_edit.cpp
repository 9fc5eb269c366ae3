#include <doctest/doctest.h>

#include <string>

#include "core/coach/coach.hpp"
#include "core/coach/coach_edit.hpp"

namespace mend {
namespace {

const CoachFinding* first_of(const CoachReport& report, std::string_view kind) {
  for (const CoachFinding& f : report.donts)
    if (f.kind == kind) return &f;
  return nullptr;
}

}  // namespace

TEST_CASE("suggested_phrase: the first quote after ': ', apostrophes inside words kept") {
  CHECK(suggested_phrase("Say it: 'That's on us — I'll fix it now.'") ==
        "That's on us — I'll fix it now.");
  CHECK(suggested_phrase("'But' cancels the apology. End it there, or use 'and': "
                         "'I'm sorry. Here's what I'll do.'") == "I'm sorry. Here's what I'll do.");
  CHECK(suggested_phrase("Lead with it: 'Here's what I can do right now…' — and if not, "
                         "'Let me get my manager over now.'") == "Here's what I can do right now…");
  CHECK(suggested_phrase("No quote here.").empty());
  CHECK(suggested_phrase("Unclosed: 'abc").empty());
}

TEST_CASE("every built-in rule offers a phrase to insert") {
  for (const CoachRule& r : builtin_coach_rules().rules) {
    INFO(r.id);
    CHECK_FALSE(suggested_phrase(r.suggestion).empty());
  }
}

TEST_CASE("replace_sentence: the coach's 'sorry, but' becomes the better phrasing") {
  const std::string text =
      "Hello Ann. I'm sorry, but the kitchen was busy tonight. We will do better.";
  const CoachReport report = coach_text(text, builtin_coach_rules());
  const CoachFinding* but = first_of(report, "but-after-apology");
  REQUIRE(but != nullptr);
  const std::string out = replace_sentence(text, *but, "I'm sorry. Here's what I'll do.");
  CHECK(out == "Hello Ann. I'm sorry. Here's what I'll do. We will do better.");
  CHECK(first_of(coach_text(out, builtin_coach_rules()), "but-after-apology") == nullptr);
}

TEST_CASE("replace_sentence: first and last sentences, line breaks and stale findings") {
  CoachFinding f;
  f.offset = 4;
  f.length = 3;
  CHECK(replace_sentence("The bad one", f, "Good.") == "Good.");
  CHECK(replace_sentence("One. The bad one! Two", CoachFinding{"", "", 9, 3, "", ""}, "Good.") ==
        "One. Good. Two");
  CHECK(replace_sentence("Hi\nthe bad one\nBye", CoachFinding{"", "", 7, 3, "", ""}, "Good.") ==
        "Hi\nGood.\nBye");
  CHECK(replace_sentence("short", CoachFinding{"", "", 3, 10, "", ""}, "Good.") == "short");
}

TEST_CASE("add_phrase: an apology goes first, the rest at the end") {
  CHECK(add_phrase("", "thanks", "Thank you.") == "Thank you.");
  CHECK(add_phrase("We will fix it.  \n", "thanks", "Thank you.") == "We will fix it. Thank you.");
  CHECK(add_phrase("We will fix it.", "apology", "I'm so sorry.") ==
        "I'm so sorry. We will fix it.");
  const CoachRule* ask = rule_to_add(builtin_coach_rules(), "ask");
  REQUIRE(ask != nullptr);
  const std::string out = add_phrase("I'm so sorry.", "ask", suggested_phrase(ask->suggestion));
  CHECK(coach_text(out, builtin_coach_rules()).ask);
  CHECK(rule_to_add(builtin_coach_rules(), "blame") != nullptr);
  CHECK(rule_to_add(builtin_coach_rules(), "no-such-kind") == nullptr);
}

}  // namespace mend

namespace mend {

TEST_CASE(
    "coach edit: ownership added between the apology and the ask keeps the three steps in order") {
  const CoachRules& rules = builtin_coach_rules();
  const std::string text = "I'm so sorry. What can I do to make it right?";
  const CoachReport before = coach_text(text, rules);
  REQUIRE(before.apology);
  REQUIRE(before.ask);
  REQUIRE_FALSE(before.ownership);
  const std::string out = add_phrase(text, "ownership", "That was our mistake.", &before);
  CHECK(out == "I'm so sorry. That was our mistake. What can I do to make it right?");
  const CoachReport after = coach_text(out, rules);
  CHECK(after.ownership);
  CHECK(after.order == "ok");

  // No apology yet: ownership goes before the ask.
  const std::string ask_only = "Thanks for waiting. What can I do to make it right?";
  const CoachReport r = coach_text(ask_only, rules);
  CHECK(add_phrase(ask_only, "ownership", "That was our mistake.", &r) ==
        "Thanks for waiting. That was our mistake. What can I do to make it right?");
  // A report of another text is not trusted: the phrase goes at the end.
  CHECK(add_phrase("Sorry.", "ownership", "My fault.", &before) == "Sorry. My fault.");
}

}  // namespace mend
