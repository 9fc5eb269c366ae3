// The coach's summary: apology components, the strength score, the order of
// the playbook's three steps, and the report as JSON with --explain.
#include <doctest/doctest.h>

#include <numeric>
#include <string>
#include <vector>

#include "core/coach/coach.hpp"

using namespace mend;

namespace {

CoachReport en(std::string_view text) {
  return coach_text(text, builtin_coach_rules());
}

using Ids = std::vector<std::string>;

int weight(std::string_view id) {
  for (const auto& c : coach_components())
    if (c.id == id) return c.weight;
  return -1;
}

}  // namespace

TEST_CASE("coach score: the weights follow the research and add up to 100") {
  Ids ids;
  for (const auto& c : coach_components()) ids.emplace_back(c.id);
  CHECK(ids ==
        Ids{"regret", "explanation", "responsibility", "repentance", "repair", "forgiveness"});
  const int total = std::accumulate(coach_components().begin(), coach_components().end(), 0,
                                    [](int n, const CoachComponent& c) { return n + c.weight; });
  CHECK(total == 100);
  // Responsibility and repair matter most, forgiveness least (Lewicki et al. 2016).
  for (const char* middle : {"explanation", "regret", "repentance"}) {
    CHECK(weight("responsibility") > weight(middle));
    CHECK(weight("repair") > weight(middle));
    CHECK(weight(middle) > weight("forgiveness"));
  }
}

TEST_CASE("coach score: each component is found and scored") {
  CHECK(en("I'm so sorry.").components == Ids{"regret"});
  CHECK(en("That was our mistake.").components == Ids{"responsibility"});
  CHECK(en("We sent you the wrong size.").components == Ids{"explanation", "responsibility"});
  CHECK(en("It won't happen again.").components == Ids{"repentance"});
  for (const char* repair : {"I'll replace it.", "We'll refund you.", "I'll bring you a new one."})
    CHECK_MESSAGE(en(repair).components == Ids{"repair"}, repair);
  CHECK(en("Please forgive us.").components == Ids{"regret", "forgiveness"});
  CHECK(en("I'm so sorry.").score == weight("regret"));
  const auto full =
      en("I'm sorry, we sent you the wrong size and that's our mistake. I'll replace it today, and "
         "it won't happen again. Please forgive us.");
  CHECK(full.components ==
        Ids{"regret", "explanation", "responsibility", "repentance", "repair", "forgiveness"});
  CHECK(full.score == 100);
}

TEST_CASE("coach score: don'ts lower the score, never below zero") {
  const auto clean = en("I'm sorry. It was our mistake. I'll replace it.");
  const auto but = en("I'm sorry, but we were busy. It was our mistake. I'll replace it.");
  REQUIRE(clean.donts.empty());
  REQUIRE(but.donts.size() == 2);  // "but" after the apology, and "we were busy"
  CHECK(but.score == clean.score - 2 * 15);
  CHECK(en("It must have been the kitchen. Rules are rules. We're really busy.").score == 0);
}

TEST_CASE("coach score: the playbook's order is apology, then ownership, then ask") {
  const auto ok = en("I'm sorry, it was my fault. What can I do to make it right?");
  CHECK(ok.order == "ok");
  CHECK(ok.order_note.empty());
  const auto off = en("It was my fault, I'm sorry. What can I do to make it right?");
  CHECK(off.order == "off");
  CHECK(off.order_note == "ownership before apology");
  const auto ask_first = en("What can I do to make it right? I'm sorry, it was my fault.");
  CHECK(ask_first.order == "off");
  CHECK(ask_first.order_note == "ask before apology");
  const auto missing = en("I'm sorry.");
  CHECK(missing.order == "incomplete");
  CHECK(missing.order_note == "no ownership, no ask");
}

TEST_CASE("coach score: the JSON keeps the old keys first, then the summary") {
  const auto r = en("I'm sorry, it was my fault. What can I do to make it right?");
  CHECK(
      coach_report_to_json(r) ==
      R"({"apology":true,"ownership":true,"ask":true,"thanks":false,"donts":[],"language":"en","components":["regret","responsibility"],"score":39,"order":"ok","order_note":""})");
  const std::string explained = coach_report_to_json(en("Sorry!"), true);
  CHECK(
      explained ==
      R"({"apology":true,"ownership":false,"ask":false,"thanks":false,"donts":[],"language":"en","components":["regret"],"score":14,"order":"incomplete","order_note":"no ownership, no ask","explain":{"components":[{"id":"regret","weight":14,"points":14,"found":[{"rule":"apology-sorry","text":"Sorry","offset":0,"length":5}]},{"id":"explanation","weight":14,"points":0,"found":[]},{"id":"responsibility","weight":25,"points":0,"found":[]},{"id":"repentance","weight":14,"points":0,"found":[]},{"id":"repair","weight":23,"points":0,"found":[]},{"id":"forgiveness","weight":10,"points":0,"found":[]}],"donts":0,"dont_penalty":0,"score":14}})");
}

TEST_CASE("coach score: rule files carry component kinds, components and named lists") {
  const auto rules = load_coach_rules(R"({"format":"mend-coach-rules","version":1,"language":"xx",
    "lists":{"fix":["mend","patch up"]},
    "rules":[{"id":"r","kind":"repair","patterns":["we will @fix it"]},
             {"id":"o","kind":"ownership","patterns":["[@fix|botch] job"],"components":["explanation"]}]})");
  REQUIRE_MESSAGE(rules.ok(), rules.error().message());
  CHECK(rules->rules[0].patterns[0] == "we will [mend|patch up] it");
  CHECK(rules->rules[1].patterns[0] == "[mend|patch up|botch] job");
  const auto r = coach_text("We will patch up it. A botch job.", rules.value());
  CHECK(r.components == Ids{"explanation", "repair"});
  CHECK(r.ownership);
  const auto bad = [](std::string_view rules_json) {
    const auto r = load_coach_rules(rules_json);
    REQUIRE_FALSE(r.ok());
    return r.error().message();
  };
  CHECK(bad(R"({"format":"mend-coach-rules","version":1,"language":"xx","rules":[
    {"id":"r","kind":"repair","patterns":["@nope"]}]})") ==
        R"(rules[0].patterns[0]: unknown list "@nope" (not in this file's "lists"))");
  CHECK(
      bad(R"({"format":"mend-coach-rules","version":1,"language":"xx","lists":{"a":["x|y"]},"rules":[]})") ==
      "lists.a[0]: a list item is plain words (no [ ] | ? @)");
  CHECK(bad(R"({"format":"mend-coach-rules","version":1,"language":"xx","rules":[
    {"id":"r","kind":"thanks","patterns":["ta"],"components":["luck"]}]})") ==
        R"(rules[0].components[0]: unknown component "luck")");
}

TEST_CASE("coach score: a rule's components edited by hand are used, never a stale compile") {
  CoachRules rules = builtin_coach_rules();
  CHECK(coach_text("Sorry!", rules).components == Ids{"regret"});
  for (auto& r : rules.rules)
    if (r.id == "apology-sorry") r.components = {"forgiveness"};
  CHECK(coach_text("Sorry!", rules).components == Ids{"forgiveness"});
}
