// The coach's checks as issue 13 defines them, the near-misses on each side
// of every definition, and the deliberate decisions on known false positives.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/coach/coach.hpp"

using namespace mend;

namespace {

CoachReport en(std::string_view text) {
  return coach_text(text, builtin_coach_rules("en"));
}

std::vector<std::string> dont_kinds(const CoachReport& r) {
  std::vector<std::string> kinds;
  for (const auto& f : r.donts) kinds.push_back(f.kind);
  return kinds;
}

using Kinds = std::vector<std::string>;

}  // namespace

TEST_CASE("coach checks: ask is asking the customer what would make it right") {
  for (const char* s : {"What can I do to make it better?", "What would put this right for you?",
                        "How can I make this right?", "What would you like us to do?",
                        "Would you prefer a replacement or a refund?", "Shall I change it?"})
    CHECK_MESSAGE(en(s).ask, s);
  // A plea, an open door and a promise to investigate ask nothing.
  for (const char* s : {"Please give us another chance.", "Let me know if you need anything else.",
                        "I will look into it.", "Can I get your booking reference, please?",
                        "Would you like to join our loyalty programme?"})
    CHECK_FALSE_MESSAGE(en(s).ask, s);
  // An offer that is no question is repair, not an ask.
  const auto offer = en("I'd like to offer you a refund.");
  CHECK_FALSE(offer.ask);
  CHECK(offer.components == Kinds{"repair"});
}

TEST_CASE("coach checks: ownership is accepting the failure as ours") {
  for (const char* s :
       {"It's my fault.", "We got this wrong.", "We let you down.", "That was our mistake.",
        "We should have called you.", "It wasn't your fault at all, it was ours."})
    CHECK_MESSAGE(en(s).ownership, s);
  for (const char* s : {"I don't know what happened.", "I will look into it.",
                        "Your order got mixed up.", "It's not our fault."})
    CHECK_FALSE_MESSAGE(en(s).ownership, s);
}

TEST_CASE("coach checks: blame names another party as the cause") {
  for (const char* s : {"Accounts sent you the wrong bill.", "The kitchen forgot.",
                        "The courier lost it.", "The system was down.", "My colleague mixed it up.",
                        "It must have been the new guy.", "The outage was caused by our supplier."})
    CHECK_MESSAGE(dont_kinds(en(s)) == Kinds{"blame"}, s);
  // Naming a party without making it the cause is no blame.
  CHECK(en("I've booked our courier to collect it tomorrow.").donts.empty());
  // Denying fault names nobody: no blame, and no ownership either.
  CHECK(en("It's not our fault.").donts.empty());
}

TEST_CASE("coach checks: the known false positives, decided") {
  // A comma inside the policy's exception: an "except" reads across commas.
  CHECK(en("Our policy, as always, is to refund you.").donts.empty());
  CHECK(en("It's our policy, of course, to refund you in full.").donts.empty());
  CHECK(dont_kinds(en("It's our policy not to refund opened items.")) == Kinds{"policy"});
  // "You should have seen…" is an excuse about us, not the customer's fault…
  CHECK(dont_kinds(en("You should have seen the queue this morning.")) == Kinds{"excuse"});
  // …but "you should have checked / seen the label" is.
  CHECK(dont_kinds(en("You should have checked the label.")) == Kinds{"customer-fault"});
  CHECK(dont_kinds(en("You should have seen the label.")) == Kinds{"customer-fault"});
  // "But" after an apology counts only when what follows defends or excuses:
  // going straight on to the fix does not take the apology back.
  CHECK(en("I'm sorry. But I will fix it right now.").donts.empty());
  CHECK(en("I'm sorry, that's on us. But the good news is we have another.").donts.empty());
  CHECK(en("I'm sorry your soup was not only late but cold.").donts.empty());
  CHECK(dont_kinds(en("I'm sorry. But we were told six.")) == Kinds{"but-after-apology"});
  // "I'm sorry to hear that" is sympathy: a non-apology, and no apology.
  const auto hear = en("I'm sorry to hear that.");
  CHECK_FALSE(hear.apology);
  CHECK(dont_kinds(hear) == Kinds{"non-apology"});
  // The passive "your order got mixed up" owns nothing, but it is no don't:
  // the coach reports the missing ownership. "Mistakes were made" is the
  // stock evasion and stays a non-apology.
  const auto passive = en("Sorry, your order got mixed up.");
  CHECK(passive.apology);
  CHECK_FALSE(passive.ownership);
  CHECK(passive.donts.empty());
  CHECK(dont_kinds(en("Mistakes were made.")) == Kinds{"non-apology"});
  // "Unfortunately" after an apology gives news; it takes nothing back. A
  // policy or excuse that follows is flagged by its own rule.
  CHECK(en("I'm sorry. Unfortunately the part is out of stock, so I'll order it today.")
            .donts.empty());
  CHECK(dont_kinds(en("I'm sorry. Unfortunately it's our policy.")) == Kinds{"policy"});
  // "Sorry for any inconvenience (this may have caused)" apologises for nothing.
  const auto any = en("We apologise for any inconvenience this may have caused.");
  CHECK_FALSE(any.apology);
  CHECK(dont_kinds(any) == Kinds{"non-apology"});
  // "Sorry, what was the name?" is no apology.
  CHECK_FALSE(en("Sorry, what was the name on the order?").apology);
}
