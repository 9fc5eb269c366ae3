// The built-in playbooks and default vocabularies in Malay: every built-in
// has a translation of the same shape (so a case's steps and stored choices
// are the English ones whatever the screen shows), and only labels a
// business left as Mend's defaults are translated.
#include <doctest/doctest.h>

#include "core/model/vocabulary.hpp"
#include "core/playbook/playbooks.hpp"

namespace mend {

TEST_CASE("translations: every built-in playbook has a Malay version of the same shape") {
  REQUIRE_FALSE(builtin_playbooks().empty());
  for (const Playbook& english : builtin_playbooks()) {
    CAPTURE(english.id);
    const Playbook& malay = shown_playbook(english, "ms");
    CHECK(&malay != &english);
    CHECK(malay.id == english.id);
    CHECK(malay.summary != english.summary);  // acronym names (HEARD, LATTE) stay
    REQUIRE(malay.steps.size() == english.steps.size());
    for (std::size_t i = 0; i < malay.steps.size(); ++i) {
      CHECK(malay.steps[i].id == english.steps[i].id);
      CHECK(malay.steps[i].choices.size() == english.steps[i].choices.size());
      CHECK(malay.steps[i].target_seconds == english.steps[i].target_seconds);
    }
    CHECK(&shown_playbook(english, "en") == &english);
  }
}

TEST_CASE("translations: a choice made on a Malay screen is stored as the English choice") {
  const Playbook* english = nullptr;
  const Step* stored = nullptr;
  for (const Playbook& p : builtin_playbooks())
    for (const Step& s : p.steps)
      if (!stored && s.choices.size() >= 2) {
        english = &p;
        stored = &s;
      }
  REQUIRE(stored != nullptr);
  const Step* shown = find_step(shown_playbook(*english, "ms"), stored->id);
  REQUIRE(shown != nullptr);
  CHECK(shown->choices[1] != stored->choices[1]);
  CHECK(stored_choice(*shown, *stored, shown->choices[1]) == stored->choices[1]);
  CHECK(shown_choice(*stored, *shown, stored->choices[1]) == shown->choices[1]);
  CHECK(stored_choice(*shown, *stored, "something else") == "something else");
}

TEST_CASE(
    "translations: default vocabulary labels read in Malay, a business's own words as written") {
  Vocabulary v = default_vocabulary();
  REQUIRE_FALSE(v.failure_kinds.empty());
  const Term& kind = v.failure_kinds.front();
  const std::string malay = shown_term_label(v.failure_kinds, kind.id, "ms");
  CHECK(malay != kind.label);
  CHECK(shown_term_label(v.failure_kinds, kind.id, "en") == kind.label);
  v.failure_kinds.front().label = "Our own words";
  CHECK(shown_term_label(v.failure_kinds, kind.id, "ms") == "Our own words");
  CHECK(shown_term_label(v.failure_kinds, "not-listed", "ms") == "Not listed");
}

}  // namespace mend
