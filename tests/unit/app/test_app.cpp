// The app layer: commands from the views change the state only through the core.
#include <doctest/doctest.h>

#include "app/app.hpp"
#include "core/case/case_state.hpp"

using namespace mend;
using namespace mend::app;

namespace {
constexpr TimeMs kNow = 1795000000000;  // 2026-11-18

struct Fixture {
  SeededRandom random{7};
  App app{random};
  Fixture() { app.state().now = kNow; }
  AppState& state() { return app.state(); }
  void run(Command c) { app.apply({std::move(c)}); }
};
}  // namespace

TEST_CASE("app: New case starts an empty form and Cancel returns to the queue") {
  Fixture f;
  f.state().draft.customer_name = "left over";
  f.run(ShowScreen{Screen::NewCase});
  CHECK(f.state().screen == Screen::NewCase);
  CHECK(f.state().draft.customer_name.empty());
  f.run(ShowScreen{Screen::Queue});
  CHECK(f.state().screen == Screen::Queue);
}

TEST_CASE("app: an intake opens a case with the customer's words and a reference") {
  Fixture f;
  IntakeDraft d;
  d.customer_name = "Ana Silva";
  d.contact = "ana@example.com";
  d.category = "billing";
  d.severity = 4;
  d.customer_words = "You charged me twice.";
  f.run(SubmitIntake{d});
  REQUIRE(f.state().last_error.empty());
  REQUIRE(f.state().book.cases.size() == 1);
  const Case& c = f.state().book.cases.front();
  const Opened* opened = case_opened(c);
  REQUIRE(opened != nullptr);
  CHECK(opened->customer.name == "Ana Silva");
  CHECK(opened->category == "billing");
  CHECK(opened->severity == 4);
  CHECK(opened->customer_words == "You charged me twice.");
  CHECK(is_valid_reference(opened->reference));
  CHECK(c.events.front().at == kNow);
  CHECK(f.state().screen == Screen::CaseDetail);
  CHECK(f.state().selected_case == c.id);
  CHECK(f.state().last_notice == "Case " + opened->reference + " opened.");
}

TEST_CASE("app: an intake without name or contact is refused and nothing changes") {
  Fixture f;
  f.run(ShowScreen{Screen::NewCase});
  f.run(SubmitIntake{IntakeDraft{}});
  CHECK(f.state().book.cases.empty());
  CHECK(f.state().screen == Screen::NewCase);
  CHECK(f.state().last_error.find("name or a contact") != std::string::npos);
  f.run(DismissMessages{});
  CHECK(f.state().last_error.empty());
}

TEST_CASE("app: an intake the workflow refuses reports why and adds nothing") {
  Fixture f;
  IntakeDraft d;
  d.customer_name = "Bo";
  d.playbook_id = "no-such-playbook";
  f.run(SubmitIntake{d});
  CHECK(f.state().book.cases.empty());
  CHECK(f.state().last_error.rfind("Could not open the case: ", 0) == 0);
  CHECK(f.state().screen != Screen::CaseDetail);
}
