// The built-in playbooks. Guidance is written for a counter clerk with an
// upset customer in front of them: short, concrete, kind, and free of the
// phrases that undo an apology ("sorry, but", "our policy", "mistakes were made").
#include "core/playbook/playbooks.hpp"

namespace mend {
namespace {

// Step targets in seconds.
constexpr int kMinute = kSecondsPerMinute;
constexpr int kHour = kSecondsPerHour;
constexpr int kDay = kSecondsPerDay;

Step step(std::string id, std::string title, std::string guidance, std::vector<std::string> phrases,
          int target_seconds, Record record = Record::Nothing,
          std::vector<std::string> choices = {}, bool required = true) {
  Step s;
  s.id = std::move(id);
  s.title = std::move(title);
  s.guidance = std::move(guidance);
  s.phrases = std::move(phrases);
  s.record = record;
  s.choices = std::move(choices);
  s.required = required;
  s.target_seconds = target_seconds;
  return s;
}

Playbook playbook(std::string id, std::string name, std::string summary, bool strict,
                  std::vector<Step> steps) {
  Playbook p;
  p.id = std::move(id);
  p.version = 1;
  p.name = std::move(name);
  p.summary = std::move(summary);
  p.builtin = true;
  p.strict_order = strict;
  p.steps = std::move(steps);
  return p;
}

// Shared steps, worded once so every school apologises the same good way.
Step apologise(std::string id = "apologise", std::string title = "Apologise") {
  return step(std::move(id), std::move(title),
              "Say sorry first, plainly, and stop there: no \"but\", no explanation yet. Look at "
              "the customer "
              "and use their name if you know it. An explanation given before the apology sounds "
              "like an excuse.",
              {"I am so sorry.", "I'm really sorry this happened to you.",
               "I'm sorry, this is not the "
               "experience you should have had."},
              kMinute);
}

Step listen(std::string id, std::string title) {
  return step(std::move(id), std::move(title),
              "Let the customer tell the whole story without interrupting. Nod, keep eye contact, "
              "and write down "
              "what happened in their own words: the date and time are recorded for you. Ask one "
              "open question "
              "if something is unclear, then repeat it back to check you have it right.",
              {"Please tell me what happened.", "Take your time, I'm listening.",
               "So, if I have it right, ... Is that correct?"},
              2 * kMinute, Record::Note);
}

Step empathise(std::string id = "empathise", std::string title = "Empathise") {
  return step(
      std::move(id), std::move(title),
      "Show you understand how it feels from their side: the wasted time, the disappointment, the "
      "trouble it caused. Name the feeling without judging it. Never say \"I understand, but...\" "
      "or "
      "\"sorry you feel that way\".",
      {"That must have been really frustrating.", "I can see why you're upset; I would be too.",
       "You came here expecting it to work, and it didn't."},
      2 * kMinute);
}

Step thank(std::string id = "thank", std::string title = "Thank them") {
  return step(
      std::move(id), std::move(title),
      "Thank the customer for telling you. Most unhappy customers simply leave without a word; "
      "this one "
      "gave you the chance to put it right and to fix the cause for everyone else.",
      {"Thank you for telling us.", "Thank you for giving us the chance to make this right.",
       "Thank you for your patience while we sorted it out."},
      kDay);
}

Step resolve(std::string id, std::string title) {
  return step(std::move(id), std::move(title),
              "Fix the problem now if you can; if you cannot, offer the best alternative and say "
              "exactly when it "
              "will be done. Decide in the customer's favour within your authority rather than "
              "passing them up "
              "the chain. Record what you did or promised.",
              {"Here is what I'm going to do right now.",
               "I'll have this sorted by ...; I'll call you myself.", "Would this work for you?"},
              kDay, Record::Note);
}

std::vector<Playbook> make_builtins() {
  std::vector<Playbook> all;

  all.push_back(
      playbook("three-step", "Apologise, own, ask",
               "Three steps in this exact order: sorry, it's my fault, what can I do.", true,
               {apologise(),
                step("own", "Take ownership",
                     "Say it is yours to fix, even if someone else caused it. The customer does "
                     "not care whose fault it "
                     "was inside the business. Never blame a colleague, another department, the "
                     "system or the customer.",
                     {"That's our mistake, and it's my job to put it right.",
                      "It's my fault, and I'm going to fix it."},
                     2 * kMinute),
                step("ask", "Ask how to make it better",
                     "Ask what would make it right, then listen to the whole answer. Write down "
                     "what they ask for in "
                     "their words. If you can give it within your authority, say yes now.",
                     {"What can I do to make it better?", "What would put this right for you?"},
                     5 * kMinute, Record::Note)}));

  all.push_back(playbook(
      "four-step", "Apology, solution, value-add, root cause",
      "Say sorry, fix it, add something that means a lot to them, then make sure it cannot happen "
      "again.",
      false,
      {step("apology", "Sincere apology",
            "Apologise sincerely and personally, without excuses or \"but\". Sincerity shows in "
            "the specifics: "
            "say what went wrong and that it should not have happened.",
            {"I'm sorry: your order was late and you were kept waiting. That should not have "
             "happened."},
            kMinute),
       resolve("solution", "Solution or best alternative"),
       step("value-add", "Add value",
            "Add something that costs the business little but is worth a lot to this customer. "
            "Look at what "
            "they care about and at the recommended items; a thoughtful small gesture beats a big "
            "generic one.",
            {"And because you had to come back, I'd like you to have this with our compliments.",
             "I've also ... for you; I hope it makes up a little for the trouble."},
            kDay, Record::Note),
       step("root-cause", "Root cause analysis",
            "Once the customer is looked after, find out why it happened: ask \"why?\" until you "
            "reach "
            "something the business can change. Record the cause and the corrective action in the "
            "analysis.",
            {"(to the team) What made this possible, and what would stop it next time?"}, 3 * kDay,
            Record::Note)}));

  all.push_back(
      playbook("eight-step", "Eight steps",
               "Listen, respect, empathise, solve together, offer, apologise, tell them they "
               "matter, and follow up until it is resolved.",
               false,
               {listen("listen", "Listen and record"),
                step("respect", "Be respectful",
                     "Stay calm and courteous whatever the tone. Use their name, keep your voice "
                     "low and even, and "
                     "never argue about who is right.",
                     {"You're right to bring this to me.", "Thank you for your patience with me."},
                     2 * kMinute),
                empathise("empathise", "Put yourself in their place"),
                step("solve", "Seek solutions and ask them",
                     "Look for ways to solve it and ask the customer which they prefer. People "
                     "accept a fix they helped "
                     "choose. Record what they would like.",
                     {"Here are two things I can do. Which would suit you better?",
                      "What would help most right now?"},
                     10 * kMinute, Record::Note),
                step("offer", "Make an offer",
                     "Make a concrete offer within your authority (see the recommended items); if "
                     "it is more than you "
                     "may give, ask a manager now rather than making the customer come back.",
                     {"I'd like to offer you ...", "Would that put things right for you?"}, kHour),
                apologise("apologise", "Apologise sincerely"),
                step("matter", "Tell them they matter",
                     "Tell the customer plainly that they and their business matter to you. Mean "
                     "it; if they have been "
                     "with you a long time, say so.",
                     {"You matter to us, and I want you to leave happy.",
                      "We value you as a customer; thank you for "
                      "sticking with us."},
                     kDay),
                step("follow-up", "Follow up until resolved",
                     "Check back later that the fix held and the customer is satisfied. Book the "
                     "follow-up before they "
                     "leave, and record how it ended.",
                     {"I'll call you on ... to make sure everything is working.",
                      "Is everything still all right?"},
                     3 * kDay, Record::Choice,
                     {"resolved to their satisfaction", "follow-up booked",
                      "customer declined a follow-up"})}));

  all.push_back(playbook(
      "four-skills", "Four skills", "Act quickly, take responsibility, be empowered, compensate.",
      false,
      {step("act-quickly", "Act quickly",
            "Start now, at the point of contact, by you. Every minute the customer waits costs "
            "loyalty; do not "
            "pass them to someone else if you can act yourself.",
            {"Let me sort this out for you right now."}, kMinute),
       step("take-responsibility", "Take responsibility",
            "No blame and no excuses. Thank the customer for pointing out the problem; they did "
            "you a favour.",
            {"Thank you for pointing this out. It's on us, and I'll fix it."}, 2 * kMinute),
       step("be-empowered", "Be empowered",
            "Decide fast and in the customer's favour within your known authority. Over your "
            "limit? Ask a "
            "manager for approval straight away, while the customer is still here.",
            {"I can do that for you right now.",
             "Let me get that approved for you; it'll take a minute."},
            10 * kMinute, Record::Choice,
            {"decided within my authority", "asked a manager to approve",
             "could not decide at this desk"}),
       step("compensate", "Compensate with something of value",
            "Give something the customer values: a fair refund, a replacement, or a gesture that "
            "fits what "
            "they care about. Record it as a grant so the cost and value are counted.",
            {"I'd like you to have this to make up for the trouble."}, kDay, Record::Note)}));

  Playbook fix = playbook(
      "fix-and-surprise", "Fix and surprise",
      "Fix it fast, then within 24 hours do something unexpected, personal and relevant to this "
      "customer.",
      false,
      {step("fix-fast", "Fix it fast",
            "Solve the actual problem first and as fast as you can: a surprise on top of an "
            "unfixed problem "
            "feels like a bribe. Record what you fixed.",
            {"Let me fix this for you right now.", "It's done; here is what I changed."}, kHour,
            Record::Note),
       step("know-them", "Find out what matters to them",
            "Learn what this customer cares about: their time, their children, a special occasion, "
            "their "
            "business. Check the intake tags and ask naturally; record what you learn.",
            {"Is this for a special occasion?", "What would make the rest of your day easier?"},
            2 * kHour, Record::Note),
       step("surprise", "Surprise them",
            "Within 24 hours do something they did not expect that is personal, relevant and "
            "compelling to "
            "them. Spend more where the customer is worth more, within the segment's budget.",
            {"We noticed ..., so we thought you might like this.",
             "A small thank-you from the whole team."},
            kDay, Record::Note),
       step("confirm", "Confirm it landed",
            "Check the fix held and the surprise was welcome. Note their reaction; it tells you "
            "what works for "
            "this segment.",
            {"I just wanted to check everything is still working for you."}, 3 * kDay,
            Record::Nothing, {}, false)});
  fix.recovery_seconds = kDay;
  all.push_back(std::move(fix));

  all.push_back(
      playbook("heard", "HEARD", "Hear, empathise, apologise, resolve, diagnose.", false,
               {listen("hear", "Hear"), empathise(), apologise(), resolve("resolve", "Resolve"),
                step("diagnose", "Diagnose",
                     "After the customer is looked after, find out why it happened, without blame. "
                     "Record the cause and what will change so it does not happen again.",
                     {"(to the team) What would have prevented this?"}, 3 * kDay, Record::Note)}));

  all.push_back(playbook(
      "heart", "H.E.A.R.T.", "Hear, empathise, apologise, respond, thank.", false,
      {listen("hear", "Hear"), empathise(), apologise(), resolve("respond", "Respond"), thank()}));

  all.push_back(playbook(
      "learn", "L.E.A.R.N.", "Listen, empathise, apologise, resolve, notify.", false,
      {listen("listen", "Listen"), empathise(), apologise(), resolve("resolve", "Resolve"),
       step("notify", "Notify",
            "Tell the people who can stop it happening again: the team, the manager or the "
            "supplier. Record "
            "whom you told.",
            {"(to the team) Heads up: this happened today, here is what we did."}, 3 * kDay,
            Record::Choice,
            {"told the team", "logged it for the manager", "reported it to the supplier"})}));

  all.push_back(
      playbook("blast", "BLAST", "Believe, listen, apologise, satisfy, thank.", false,
               {step("believe", "Believe",
                     "Start from the assumption that the customer is telling the truth. Do not ask "
                     "for proof before you "
                     "have listened, and never suggest they misunderstood.",
                     {"I believe you, and I'm going to help."}, kMinute),
                listen("listen", "Listen"), apologise(), resolve("satisfy", "Satisfy"), thank()}));

  all.push_back(playbook(
      "latte", "LATTE", "Listen, acknowledge, take action, thank, explain.", false,
      {listen("listen", "Listen"),
       step("acknowledge", "Acknowledge",
            "Repeat the problem back in your own words and acknowledge that it is a real problem "
            "for them.",
            {"So your order arrived cold and an hour late. That's not acceptable, and I'm sorry."},
            2 * kMinute),
       resolve("take-action", "Take action"), thank(),
       step("explain", "Explain",
            "Once it is fixed, briefly explain what went wrong and what you are changing. An "
            "explanation after "
            "the fix builds trust; before it, it sounds like an excuse.",
            {"What happened was ...; we've changed ... so it won't happen again."}, kDay,
            Record::Note)}));

  return all;
}

}  // namespace

const std::vector<Playbook>& builtin_playbooks() {
  static const std::vector<Playbook> all = make_builtins();
  return all;
}

}  // namespace mend
