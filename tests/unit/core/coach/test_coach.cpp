// The language coach: the built-in English rules, the matcher and the rule files.
#include <doctest/doctest.h>

#include <string>

#include "core/coach/coach.hpp"

using namespace mend;

namespace {

CoachReport coach(std::string_view text) {
  return coach_text(text, builtin_coach_rules());
}

// The one don't of `kind` in `r` (fails the test when there is not exactly one).
const CoachFinding* only_dont(const CoachReport& r, std::string_view kind) {
  const CoachFinding* found = nullptr;
  int n = 0;
  for (const auto& f : r.donts)
    if (f.kind == kind) found = &f, ++n;
  CHECK_MESSAGE(n == 1,
                "expected one " << kind << ", got " << n << " in " << coach_report_to_json(r));
  return n == 1 ? found : nullptr;
}

bool has_dont(const CoachReport& r, std::string_view kind) {
  for (const auto& f : r.donts)
    if (f.kind == kind) return true;
  return false;
}

// Checks the span both ways: the offset/length point at `text` in `source`.
void check_span(const CoachFinding* f, std::string_view source, std::string_view text,
                std::size_t offset) {
  REQUIRE(f != nullptr);
  CHECK(f->text == text);
  CHECK(f->offset == offset);
  CHECK(f->length == text.size());
  CHECK(source.substr(f->offset, f->length) == text);
  CHECK(!f->suggestion.empty());
}

std::string rules_json(std::string_view rules) {
  return R"({"format":"mend-coach-rules","version":1,"language":"en","rules":[)" +
         std::string(rules) + "]}";
}

}  // namespace

TEST_CASE("coach: the built-in rules load, and every kind has rules") {
  const auto loaded = load_coach_rules(builtin_coach_rules_json());
  REQUIRE_MESSAGE(loaded.ok(), loaded.error().message());
  const CoachRules& rules = builtin_coach_rules();
  CHECK(rules.language == "en");
  CHECK(rules.rules.size() >= 40);
  for (const char* kind : {"apology", "ownership", "ask", "thanks", "blame", "excuse",
                           "customer-fault", "but-after-apology", "non-apology", "policy"}) {
    int n = 0;
    for (const auto& r : rules.rules) n += r.kind == kind ? 1 : 0;
    CHECK_MESSAGE(n >= 1, kind);
  }
}

TEST_CASE("coach: a clean apology raises no don't and finds apology, ownership and ask") {
  const auto r = coach("I'm so sorry — this was our mistake. What can I do to make it right?");
  CHECK(r.donts.empty());
  CHECK(r.apology);
  CHECK(r.ownership);
  CHECK(r.ask);
  CHECK_FALSE(r.thanks);
  const auto r2 = coach(
      "Thank you for telling us. I'm sorry, we got your order wrong — I'd like to offer you a "
      "fresh one on the house. I'll make sure it doesn't happen again.");
  CHECK_MESSAGE(r2.donts.empty(), coach_report_to_json(r2));
  CHECK((r2.apology && r2.ownership && r2.thanks));
  // An offer is repair, not an ask: the ask is a question to the customer.
  CHECK_FALSE(r2.ask);
  CHECK(r2.components ==
        std::vector<std::string>{"regret", "responsibility", "repentance", "repair"});
}

TEST_CASE("coach: each kind of don't, with its exact span") {
  SUBCASE("blame") {
    const std::string s = "Hmm, it must have been accounting.";
    const auto r = coach(s);
    check_span(only_dont(r, "blame"), s, "it must have been accounting", 5);
    const std::string k = "Sorry, the kitchen messed up.";
    check_span(only_dont(coach(k), "blame"), k, "the kitchen messed up", 7);
    const std::string p = "Our supplier let us down this week.";
    check_span(only_dont(coach(p), "blame"), p, "Our supplier let us down", 0);
  }
  SUBCASE("excuse") {
    const std::string s = "Look, we're short-staffed today.";
    check_span(only_dont(coach(s), "excuse"), s, "short-staffed", 12);
    const std::string b = "It's been really busy.";
    check_span(only_dont(coach(b), "excuse"), b, "It's been really busy", 0);
  }
  SUBCASE("customer fault") {
    const std::string s = "Well, you should have checked the box.";
    check_span(only_dont(coach(s), "customer-fault"), s, "you should have", 6);
    const std::string m = "I think you misunderstood.";
    check_span(only_dont(coach(m), "customer-fault"), m, "you misunderstood", 8);
    const std::string a = "As I already told you, it ships Monday.";
    check_span(only_dont(coach(a), "customer-fault"), a, "As I already told", 0);
  }
  SUBCASE("but after an apology") {
    const std::string s = "I'm sorry, but we close at nine.";
    const auto r = coach(s);
    CHECK(r.apology);
    check_span(only_dont(r, "but-after-apology"), s, "but", 11);
    const std::string h = "We apologise. However, the sale price has ended.";
    check_span(only_dont(coach(h), "but-after-apology"), h, "However", 14);
  }
  SUBCASE("non-apology") {
    const std::string s = "I'm sorry you feel that way.";
    const auto r = coach(s);
    check_span(only_dont(r, "non-apology"), s, "sorry you feel that way", 4);
    CHECK_FALSE(r.apology);
    CHECK(r.donts.size() == 1);
    const std::string m = "Mistakes were made.";
    check_span(only_dont(coach(m), "non-apology"), m, "Mistakes were made", 0);
    const std::string i = "Sorry if you were offended.";
    const auto ri = coach(i);
    check_span(only_dont(ri, "non-apology"), i, "Sorry if you were offended", 0);
    CHECK_FALSE(ri.apology);
  }
  SUBCASE("policy") {
    const std::string s = "Sorry, it's our policy.";
    check_span(only_dont(coach(s), "policy"), s, "it's our policy", 7);
    const std::string n = "There's nothing I can do.";
    check_span(only_dont(coach(n), "policy"), n, "nothing I can do", 8);
    const std::string rr = "Rules are rules.";
    check_span(only_dont(coach(rr), "policy"), rr, "Rules are rules", 0);
  }
}

TEST_CASE("coach: findings carry rule id, kind and suggestion") {
  const auto r = coach("It's our policy.");
  REQUIRE(r.donts.size() == 1);
  CHECK(r.donts[0].rule == "policy-our-policy");
  CHECK(r.donts[0].kind == "policy");
  CHECK(r.donts[0].suggestion.find("what you can do") != std::string::npos);
}

TEST_CASE("coach: curly apostrophes and contractions count like straight ones") {
  for (const char* s : {"I’m sorry, but it’s our policy.", "I'm sorry, but it's our policy.",
                        "I am sorry, but it is our policy.", "I‘m sorry, but it‘s our policy."}) {
    const auto r = coach(s);
    CHECK_MESSAGE(r.apology, s);
    CHECK_MESSAGE(has_dont(r, "but-after-apology"), s);
    CHECK_MESSAGE(has_dont(r, "policy"), s);
  }
  const std::string s = "I can’t do anything about it.";
  check_span(only_dont(coach(s), "policy"), s, "I can’t do anything about it", 0);
  // 'd reads as "would" or "had": "if you'd read" = "if you had read".
  CHECK(has_dont(coach("If you'd read the sign you'd know."), "customer-fault"));
  CHECK(coach("I'd like to offer you a free coffee.").components ==
        std::vector<std::string>{"repair"});
}

TEST_CASE("coach: but/however only count right after an apology") {
  CHECK(coach("We have it in blue, but not in red.").donts.empty());
  CHECK(coach("However, I can get it by Friday.").donts.empty());
  // Opening the next sentence still undoes it; later on it is a new thought.
  CHECK(has_dont(coach("I'm sorry. But we were told six."), "but-after-apology"));
  CHECK_FALSE(has_dont(coach("I'm sorry about that. Let me look, but I think we can fix it."),
                       "but-after-apology"));
  CHECK_FALSE(has_dont(coach("I'm sorry. Here is your receipt. But the shop shuts at six."),
                       "but-after-apology"));
  // "but" before the apology does not count.
  CHECK(coach("It's small but good. I'm sorry.").donts.empty());
  // A non-apology is no apology, so its "but" has nothing to undo.
  const auto r = coach("Sorry you feel that way, but we close now.");
  CHECK_FALSE(has_dont(r, "but-after-apology"));
  CHECK(has_dont(r, "non-apology"));
}

TEST_CASE("coach: case does not matter") {
  const std::string s = "IT MUST HAVE BEEN THE KITCHEN. I'M SORRY!";
  const auto r = coach(s);
  check_span(only_dont(r, "blame"), s, "IT MUST HAVE BEEN THE KITCHEN", 0);
  CHECK(r.apology);
  CHECK(coach("THANK YOU FOR TELLING US").thanks);
}

TEST_CASE("coach: false positives the rules avoid") {
  CHECK(coach("I'll make sure it doesn't happen again.").donts.empty());
  CHECK(coach("I'll make sure it never happens again.").components ==
        std::vector<std::string>{"repentance"});
  const auto thanks_to = coach("Thanks to the delay, you missed the show.");
  CHECK_FALSE(thanks_to.thanks);
  CHECK(coach("Our policy is to refund you in full.").donts.empty());
  CHECK(coach("It's our policy to refund you in full.").donts.empty());
  CHECK(has_dont(coach("It's our policy not to refund opened items."), "policy"));
  CHECK(has_dont(coach("That's against policy."), "policy"));
  CHECK(coach("You should have received an email from us.").donts.empty());
  CHECK(coach("You shouldn't have had to wait.").donts.empty());
  CHECK(coach("It's not your fault at all.").donts.empty());
  CHECK(coach("It must have been frustrating.").donts.empty());
  CHECK(coach("I'll call head office for you.").donts.empty());
  CHECK(has_dont(coach("Call head office."), "policy"));
  // "not our fault" names nobody, so it is no blame; the "our fault" inside
  // it is no ownership either.
  const auto r = coach("It's not our fault.");
  CHECK(r.donts.empty());
  CHECK_FALSE(r.ownership);
  CHECK(has_dont(coach("It's not our fault, it's the courier's."), "blame"));
  // A match never crosses punctuation.
  CHECK_FALSE(has_dont(coach("Sorry. You feel cold? Let me close the door."), "non-apology"));
}

TEST_CASE("coach: UTF-8 around matches keeps byte offsets into the original text") {
  const std::string s = "Es tut mir leid — I'm sorry, but… «it's our policy»";
  const auto r = coach(s);
  CHECK(r.apology);
  check_span(only_dont(r, "but-after-apology"), s, "but", s.find("but"));
  check_span(only_dont(r, "policy"), s, "it's our policy", s.find("it's"));
  // Non-ASCII letters are word characters: "überbusy" is not "busy".
  CHECK(coach("Wir sind überbusy.").donts.empty());
  // Invalid bytes are punctuation, never part of a span.
  const std::string bad = "\xff\xfeI'm sorry\xc3, but\xe2\x82 it's our policy\xf0";
  const auto rb = coach(bad);
  CHECK(rb.apology);
  check_span(only_dont(rb, "policy"), bad, "it's our policy", bad.find("it's"));
  // Apostrophes of every kind, and letters from other scripts next to a match.
  const std::string g = "Ωmega: ça va — the kitchen’s fault, désolé.";
  check_span(only_dont(coach(g), "blame"), g, "the kitchen’s fault", g.find("the kitchen"));
}

TEST_CASE("coach: an empty or wordless text finds nothing") {
  for (const char* s : {"", "   ", "…!?—", "\n\n"}) {
    const auto r = coach(s);
    CHECK(r.donts.empty());
    CHECK(r.positives.empty());
    CHECK_FALSE((r.apology || r.ownership || r.ask || r.thanks));
  }
}

TEST_CASE("coach: a 1 MB text is coached in one pass") {
  std::string big;
  const std::string chunk =
      "I'm sorry, but it's our policy. The kitchen messed up. Thank you for telling us. ";
  while (big.size() < (1u << 20)) big += chunk;
  const auto r = coach(big);
  const std::size_t copies = big.size() / chunk.size();
  CHECK(r.donts.size() == copies * 3);  // but, policy, blame in every copy
  CHECK(r.apology);
  CHECK(r.thanks);
  CHECK(r.donts.back().offset > big.size() - chunk.size());
  // Worst cases for the matcher, kept smaller so the debug build stays quick:
  // one huge word, and one long sentence of trigger words with no punctuation.
  CHECK(coach(std::string(1u << 20, 'a')).donts.empty());
  std::string words;
  while (words.size() < (1u << 18)) words += "sorry but the kitchen it is our ";
  CHECK(coach(words).donts.size() > 1000);
}

TEST_CASE("coach: the report as JSON is exact and compact") {
  const auto r = coach("Sorry, but \"no\".");
  CHECK(
      coach_report_to_json(r) ==
      R"({"apology":true,"ownership":false,"ask":false,"thanks":false,"donts":[{"rule":"but-after-apology","kind":"but-after-apology","text":"but","suggestion":")" +
          r.donts[0].suggestion +
          R"(","offset":7,"length":3}],"language":"en","components":["regret"],"score":0,"order":"incomplete","order_note":"no ownership, no ask"})");
  CHECK(
      coach_report_to_json(CoachReport{}) ==
      R"({"apology":false,"ownership":false,"ask":false,"thanks":false,"donts":[],"language":"","components":[],"score":0,"order":"","order_note":""})");
  CoachReport q;
  q.donts.push_back({"r", "blame", 1, 2, "a\"b\n", "say “this”"});
  CHECK(
      coach_report_to_json(q) ==
      R"({"apology":false,"ownership":false,"ask":false,"thanks":false,"donts":[{"rule":"r","kind":"blame","text":"a\"b\n","suggestion":"say “this”","offset":1,"length":2}],"language":"","components":[],"score":0,"order":"","order_note":""})");
}

TEST_CASE("coach: a business's rules merge over the built-ins") {
  const auto extra = load_coach_rules(rules_json(R"(
    {"id":"blame-bakery","kind":"blame","patterns":["[the|our] bakery [forgot|messed up]"],
     "suggestion":"Own it: 'We forgot — I'm sorry.'"},
    {"id":"policy-rules","kind":"policy","patterns":["house rules"],"suggestion":"Say what you can do."},
    {"id":"excuse-busy","disabled":true})"));
  REQUIRE_MESSAGE(extra.ok(), extra.error().message());
  const CoachRules merged = merge_coach_rules(builtin_coach_rules(), extra.value());
  CHECK(merged.language == "en");
  CHECK(merged.rules.size() == builtin_coach_rules().rules.size());  // +1 new, -1 disabled

  // Added.
  const auto r = coach_text("The bakery forgot your cake.", merged);
  REQUIRE(r.donts.size() == 1);
  CHECK(r.donts[0].rule == "blame-bakery");
  CHECK(r.donts[0].text == "The bakery forgot");
  CHECK(coach("The bakery forgot your cake.").donts.empty());
  // Replaced: the old patterns are gone, the new one counts.
  CHECK(coach_text("Rules are rules.", merged).donts.empty());
  CHECK(coach_text("Those are the house rules.", merged).donts.size() == 1);
  // Disabled.
  CHECK(has_dont(coach("We're really busy."), "excuse"));
  CHECK(coach_text("We're really busy.", merged).donts.empty());
}

TEST_CASE("coach: rules edited by hand are recompiled, never matched stale") {
  CoachRules rules = builtin_coach_rules();
  CHECK(has_dont(coach_text("Rules are rules.", rules), "policy"));
  rules.rules.push_back({"own-house", "ownership", {"house fault"}, "", {}, "", false, "", {}});
  CHECK(coach_text("That is a house fault.", rules).ownership);
  CoachRules bare;
  bare.rules.push_back({"x", "thanks", {"cheers"}, "", {}, "", false, "", {}});
  CHECK(coach_text("Cheers!", bare).thanks);
  REQUIRE(compile_coach_rules(bare).ok());
  CHECK(coach_text("cheers", bare).thanks);
}

TEST_CASE("coach: pattern syntax — wildcards, alternatives, optional words, prefixes") {
  const auto rules = load_coach_rules(rules_json(R"(
    {"id":"a","kind":"policy","patterns":["we * [do not|never] [give|offer] refund*"],"suggestion":"s"},
    {"id":"b","kind":"excuse","patterns":["[really|very]? busy today"],"suggestion":"s"},
    {"id":"c","kind":"blame","patterns":["the [night shift|new guy] 's fault"],"suggestion":"s"})"));
  REQUIRE_MESSAGE(rules.ok(), rules.error().message());
  CHECK(coach_text("We really don't give refunds.", rules.value()).donts.size() == 1);
  CHECK(coach_text("We never give refunds.", rules.value()).donts.empty());  // * needs a word
  CHECK(coach_text("we just never offer refunding", rules.value()).donts.size() == 1);
  CHECK(coach_text("busy today", rules.value()).donts.size() == 1);
  CHECK(coach_text("Very busy today", rules.value()).donts[0].text == "Very busy today");
  CHECK(coach_text("the night-shift's fault", rules.value()).donts.size() == 1);
  CHECK(coach_text("the new guy’s fault", rules.value()).donts.size() == 1);
  CHECK(coach_text("the new, guy's fault", rules.value()).donts.empty());
}

TEST_CASE("coach: bad rule files give errors with a JSON path") {
  const auto err = [](std::string_view json) {
    const auto r = load_coach_rules(json);
    REQUIRE_FALSE(r.ok());
    return r.error().message();
  };
  const auto rule = [&](std::string_view one) { return err(rules_json(one)); };
  CHECK(err("{").find("not valid JSON") == 0);
  CHECK(err("[]") == "not a Mend coach rule file: expected a JSON object");
  CHECK(err(R"({"format":"mend-book","version":1})") ==
        "format: not a Mend coach rule file (expected \"mend-coach-rules\")");
  CHECK(err(R"({"format":"mend-coach-rules","version":2,"language":"en","rules":[]})") ==
        "version: version 2 is newer than this app understands (1); update Mend");
  CHECK(err(R"({"format":"mend-coach-rules","version":1,"rules":[]})") ==
        R"(missing required field "language")");
  CHECK(err(R"({"format":"mend-coach-rules","version":"1","language":"en","rules":[]})") ==
        "version: must be a whole number, not a string");
  CHECK(err(R"({"format":"mend-coach-rules","version":1,"language":"","rules":[]})") ==
        R"(language: must be a language code such as "en")");
  CHECK(err(R"({"format":"mend-coach-rules","version":1,"language":"en","rules":{}})") ==
        "rules: must be an array, not an object");
  CHECK(err(R"({"format":"mend-coach-rules","version":1,"language":"en","rules":[],"x":1})") ==
        R"(unknown key "x")");
  CHECK(rule("7") == "rules[0]: must be an object, not a number");
  CHECK(rule(R"({"id":"a","kind":"rant","patterns":["x"],"suggestion":"s"})")
            .find("rules[0].kind: unknown kind \"rant\"") == 0);
  CHECK(rule(R"({"id":"a","kind":"blame","patterns":["x"],"suggestion":"s"},
                {"id":"b","kind":"blame","patterns":["y",""],"suggestion":"s"})") ==
        "rules[1].patterns[1]: empty pattern");
  CHECK(rule(R"({"id":"a","kind":"blame","patterns":["x"],"suggestion":"s"},
                {"id":"a","kind":"blame","patterns":["y"],"suggestion":"s"})") ==
        "rules[1].id: duplicate id \"a\" (also rules[0])");
  CHECK(rule(R"({"id":"a","kind":"blame","patterns":["x"]})") ==
        "rules[0].suggestion: a don't needs a suggestion (a better phrasing)");
  CHECK(load_coach_rules(rules_json(R"({"id":"a","kind":"thanks","patterns":["cheers"]})")).ok());
  CHECK(rule(R"({"id":"a","kind":"blame","patterns":["x"],"sugestion":"s"})") ==
        R"(rules[0]: unknown key "sugestion")");
  CHECK(rule(R"({"id":"a","patterns":["x"],"suggestion":"s"})") ==
        R"(rules[0]: missing required field "kind")");
  CHECK(rule(R"({"id":"a","kind":"blame","patterns":["x",3],"suggestion":"s"})") ==
        "rules[0].patterns[1]: must be a string, not a number");
  CHECK(rule(R"({"id":"a","kind":"blame","patterns":[],"suggestion":"s"})") ==
        "rules[0].patterns: needs at least one pattern");
  CHECK(rule(R"({"id":"a b","kind":"blame","patterns":["x"],"suggestion":"s"})")
            .find("rules[0].id: ") == 0);
  CHECK(rule(R"({"id":"a","kind":"blame","patterns":["x"],"suggestion":"s","after":"lunch"})") ==
        "rules[0].after: unknown kind \"lunch\"");
  // Pattern syntax.
  const auto pat = [&](std::string_view p) {
    return rule(R"({"id":"a","kind":"blame","suggestion":"s","patterns":["ok", ")" +
                std::string(p) + R"("]})");
  };
  CHECK(pat("[the|a kitchen") == "rules[0].patterns[1]: unclosed '[' at character 1");
  CHECK(pat("the] kitchen") == "rules[0].patterns[1]: ']' without '[' at character 4");
  CHECK(pat("[a|[b]]") == "rules[0].patterns[1]: '[' inside [...] at character 4");
  CHECK(pat("[a||b]") == "rules[0].patterns[1]: empty alternative in [...] at character 1");
  CHECK(pat("a | b") ==
        "rules[0].patterns[1]: '|' only separates alternatives inside [...] at character 3");
  CHECK(pat("? a") == "rules[0].patterns[1]: '?' must follow a word or [...] at character 1");
  CHECK(pat("ap*ology") == "rules[0].patterns[1]: '*' is a whole word or ends one (\"apolog*\")");
  CHECK(pat("sorry, but").find("rules[0].patterns[1]: unsupported character ','") == 0);
  CHECK(pat("* *?") == "rules[0].patterns[1]: pattern needs at least one required word");
  CHECK(pat("a? b? c? d? e? f? g? h") ==
        "rules[0].patterns[1]: too many optional parts (at most 6)");
  CHECK(rule(R"({"id":"a","kind":"blame","suggestion":"s","patterns":["x"],"except":["[y"]})") ==
        "rules[0].except[0]: unclosed '[' at character 1");
  // Invalid UTF-8 and deep nesting are errors, not crashes.
  CHECK(err("{\"format\":\"mend-coach-rules\",\"version\":1,\"language\":\"\xff\"}")
            .find("not valid JSON") == 0);
  CHECK(err(std::string(100000, '[')).find("not valid JSON") == 0);
}

TEST_CASE("coach: a disabled rule in a file only needs its id") {
  const auto r = load_coach_rules(rules_json(R"({"id":"policy-rules","disabled":true})"));
  REQUIRE_MESSAGE(r.ok(), r.error().message());
  CHECK(r->rules.size() == 1);
  CHECK(coach_text("Rules are rules.", r.value()).donts.empty());
}
