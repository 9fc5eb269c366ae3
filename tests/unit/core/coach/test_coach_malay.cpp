// The Malay (Bahasa Melayu) rules, telling Malay from English, and choosing
// the rules by language.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/coach/coach.hpp"

using namespace mend;

namespace {

CoachReport ms(std::string_view text) {
  return coach_text(text, builtin_coach_rules("ms"));
}

using Kinds = std::vector<std::string>;

Kinds dont_kinds(const CoachReport& r) {
  Kinds kinds;
  for (const auto& f : r.donts) kinds.push_back(f.kind);
  return kinds;
}

}  // namespace

TEST_CASE("coach malay: the built-in rules load, with every check and don't") {
  const auto loaded = load_coach_rules(builtin_coach_rules_json("ms"));
  REQUIRE_MESSAGE(loaded.ok(), loaded.error().message());
  const CoachRules& rules = builtin_coach_rules("ms");
  CHECK(rules.language == "ms");
  for (const char* kind :
       {"apology", "ownership", "ask", "thanks", "blame", "excuse", "customer-fault",
        "but-after-apology", "non-apology", "policy", "repair", "repentance"}) {
    int n = 0;
    for (const auto& r : rules.rules) n += r.kind == kind ? 1 : 0;
    CHECK_MESSAGE(n >= 1, kind);
  }
  CHECK(&builtin_coach_rules() == &builtin_coach_rules("en"));
  CHECK(builtin_coach_rules("xx").language == "en");
}

TEST_CASE("coach malay: the good moves, with affixes and colloquial forms") {
  for (const char* s : {"Minta maaf.", "Mohon maaf.", "Saya minta maaf.", "Kami memohon maaf.",
                        "Maafkan kami.", "Kami amat kesal."})
    CHECK_MESSAGE(ms(s).apology, s);
  for (const char* s : {"Salah kami.", "Silap saya.", "Itu kesilapan kami.",
                        "Kami bertanggungjawab.", "Ini salah saya.", "Kami tersilap hantar saiz."})
    CHECK_MESSAGE(ms(s).ownership, s);
  for (const char* s : {"Apa yang boleh saya buat untuk memperbetulkannya?",
                        "Bagaimana kami boleh memperbetulkan keadaan ini?",
                        "Apa yang anda perlukan?", "Encik nak yang baru atau duit balik?"})
    CHECK_MESSAGE(ms(s).ask, s);
  CHECK(ms("Terima kasih kerana memberitahu kami.").thanks);
  CHECK(ms("Kami akan gantikan hari ini.").components == Kinds{"repair"});
  CHECK(ms("Kami akan pulangkan wang anda.").components == Kinds{"repair"});
  CHECK(ms("Perkara ini tidak akan berulang.").components == Kinds{"repentance"});
  CHECK(ms("Maafkan kami.").components == Kinds{"regret", "forgiveness"});
  // A plea for another chance is neither an ask nor a request for forgiveness.
  const auto plea = ms("Tolong beri kami peluang sekali lagi.");
  CHECK_FALSE(plea.ask);
  CHECK(plea.components.empty());
}

TEST_CASE("coach malay: the don'ts") {
  CHECK(dont_kinds(ms("Itu salah pihak kurier.")) == Kinds{"blame"});
  CHECK(dont_kinds(ms("Dapur terlupa.")) == Kinds{"blame"});
  CHECK(dont_kinds(ms("Sistem rosak tadi.")) == Kinds{"blame"});
  CHECK(dont_kinds(ms("Sebab kami sibuk sangat.")) == Kinds{"excuse"});
  CHECK(dont_kinds(ms("Kami kekurangan kakitangan.")) == Kinds{"excuse"});
  CHECK(dont_kinds(ms("Anda sepatutnya semak dulu.")) == Kinds{"customer-fault"});
  CHECK(dont_kinds(ms("Itu salah anda.")) == Kinds{"customer-fault"});
  CHECK(ms("Bukan salah anda.").donts.empty());
  CHECK(dont_kinds(ms("Maaf, tetapi kedai dah tutup.")) == Kinds{"but-after-apology"});
  CHECK(dont_kinds(ms("Maaf tapi kedai dah tutup.")) == Kinds{"but-after-apology"});
  CHECK(dont_kinds(ms("Kami minta maaf, namun kedai dah tutup.")) == Kinds{"but-after-apology"});
  // "Tetapi" straight on to the fix does not take the apology back.
  CHECK(ms("Maaf, tetapi kami akan gantikan sekarang.").donts.empty());
  const auto feel = ms("Maaf jika anda rasa begitu.");
  CHECK_FALSE(feel.apology);
  CHECK(dont_kinds(feel) == Kinds{"non-apology"});
  // "Sorry for ANY inconvenience" is a non-apology; naming it plainly is an apology.
  CHECK(dont_kinds(ms("Maaf atas sebarang kesulitan.")) == Kinds{"non-apology"});
  const auto plain = ms("Maaf atas kesulitan yang dialami.");
  CHECK(plain.apology);
  CHECK(plain.donts.empty());
  CHECK(dont_kinds(ms("Itu polisi kami.")) == Kinds{"policy"});
  CHECK(dont_kinds(ms("Dasar syarikat tidak membenarkan pertukaran.")) == Kinds{"policy"});
  CHECK(ms("Polisi kami adalah untuk memulangkan wang anda.").donts.empty());
}

TEST_CASE("coach malay: telling Malay from English by function words") {
  CHECK(detect_coach_language("Saya minta maaf, ini salah kami.") == "ms");
  CHECK(detect_coach_language("Terima kasih.") == "ms");
  CHECK(detect_coach_language("Maaf tapi sistem rosak.") == "ms");
  CHECK(detect_coach_language("I'm sorry, that was our mistake.") == "en");
  CHECK(detect_coach_language("Thank you for telling us.") == "en");
  // No function words, or a tie: English.
  CHECK(detect_coach_language("") == "en");
  CHECK(detect_coach_language("Nasi lemak!") == "en");
  CHECK(detect_coach_language("Sorry, maaf.") == "en");
  // English with a Malay word or two stays English, and the other way round.
  CHECK(detect_coach_language("Sorry boss, the nasi lemak is finished, we will make more.") ==
        "en");
  CHECK(detect_coach_language("Maaf encik, saya check dulu dengan kitchen.") == "ms");
  // Malay speech with English's "sorry": the spoken Malay words decide.
  CHECK(detect_coach_language("Sorry ya, staf kami tak cukup hari ni.") == "ms");
  CHECK(detect_coach_language("Sorry encik, barang dah habis.") == "ms");
}

TEST_CASE("coach malay: \"sorry\" in Malay speech apologises; a shop short of staff is an excuse") {
  const CoachReport r = ms("Sorry ya, staf kami tak cukup hari ni.");
  CHECK(r.apology);
  CHECK(dont_kinds(r) == Kinds{"excuse"});
  CHECK(ms("Sori, kami silap.").apology);
  CHECK(dont_kinds(ms("Maaf, pekerja tak cukup malam tadi.")) == Kinds{"excuse"});
}

TEST_CASE("coach malay: choosing the rules by language, errors as values") {
  const auto auto_ms = coach_text_in("Saya minta maaf, itu salah kami.", "auto");
  REQUIRE(auto_ms.ok());
  CHECK(auto_ms->language == "ms");
  CHECK((auto_ms->apology && auto_ms->ownership));
  const auto forced = coach_text_in("Saya minta maaf.", "en");
  REQUIRE(forced.ok());
  CHECK(forced->language == "en");
  CHECK_FALSE(forced->apology);
  const auto bad = coach_text_in("x", "fr");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().message() == R"(unknown language "fr" (expected en, ms, or auto))");
  CHECK(coach_languages() == std::vector<std::string_view>{"en", "ms"});
}
