// Closing the loop: the "here is what we changed because of you" draft.
#include <doctest/doctest.h>

#include "core/coach/closing_loop.hpp"
#include "core/coach/coach.hpp"

using namespace mend;

TEST_CASE("closing the loop: the template's slots are filled, in the template's order") {
  CHECK(closing_loop_draft("Dear {name}, because of you we {action}. {business}", " Ana ",
                           "  now check every order twice.  ", "Harbour Cafe") ==
        "Dear Ana, because of you we now check every order twice. Harbour Cafe");
  // Another language may put the slots elsewhere, or twice; unknown braces stay.
  CHECK(closing_loop_draft("{business}: {action} ({name}, {name}) {other}", "Bo", "x...", "B") ==
        "B: x (Bo, Bo) {other}");
  CHECK(closing_loop_draft("{name}{action}{business}", "", "", "") == "");
  CHECK(closing_loop_draft("{", "a", "b", "c") == "{");
}

TEST_CASE("closing the loop: the English template reads as a good recovery to the coach") {
  const std::string draft = closing_loop_draft(
      "Dear {name}, thank you again for telling us what went wrong. Because of you, we have "
      "made a change: {action}. We are sorry it happened, and we hope you notice the "
      "difference next time. {business}",
      "Ana", "a second person now checks every takeaway order", "Harbour Cafe");
  const CoachReport report = coach_text(draft, builtin_coach_rules());
  CHECK(report.thanks);
  CHECK(report.apology);
  CHECK(report.donts.empty());
}
