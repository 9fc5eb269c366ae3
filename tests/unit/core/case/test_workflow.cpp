#include <doctest/doctest.h>

#include "core/base/ids.hpp"
#include "core/case/case_state.hpp"
#include "core/case/workflow.hpp"
#include "core/model/lookup.hpp"
#include "core/playbook/playbooks.hpp"

using namespace mend;

namespace {

constexpr TimeMs kT0 = 1767225600000;  // 2026-01-01T00:00:00Z

struct Desk {
  Book book;
  SeededRandom rnd{11};
  std::string case_id;
  TimeMs now = kT0;

  Desk() {
    book.roles.push_back(Role{"staff", "Staff", 2000, 5000, false});
    book.roles.push_back(Role{"manager", "Manager", 20000, 100000, true});
    book.staff.push_back(Staff{"ann", "Ann", "staff", ""});
    book.staff.push_back(Staff{"max", "Max", "manager", ""});
    book.catalog.push_back(CatalogItem{
        "dessert", "Free dessert", "gesture", 300, 800, {"kids"}, {}, {}, {}, {}, true});
  }
  Event event(Payload p, std::string actor = "ann") {
    now += 1000;
    return Event{new_id(now, rnd), case_id, now, std::move(actor), std::move(p)};
  }
  Status open(const std::string& playbook = "three-step", int version = 1) {
    case_id = new_id(now, rnd);
    Opened o;
    o.customer.name = "Ada";
    o.customer.contact = "ada@example.com";
    o.category = "broken-promise";
    o.severity = 3;
    o.taken_by = "ann";
    o.playbook_id = playbook;
    o.playbook_version = version;
    return append_event(book, event(o));
  }
  Status add(Payload p, std::string actor = "ann") {
    return append_event(book, event(std::move(p), std::move(actor)));
  }
  CaseState state() const { return fold_case(*find_case(book, case_id)); }
};

}  // namespace

TEST_CASE("workflow: opening creates the case; bad openings are refused") {
  Desk d;
  REQUIRE(d.open().ok());
  REQUIRE(d.book.cases.size() == 1);
  CHECK(d.book.cases.id(0) == d.case_id);

  Desk bad;
  auto r = bad.open("no-such-playbook");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().why.find("unknown playbook") != std::string::npos);
  CHECK(bad.book.cases.empty());

  // A second Opened for an existing case is refused.
  Opened o;
  o.category = "x";
  o.customer.name = "A";
  o.playbook_id = "heard";
  Event again = d.event(o);
  CHECK_FALSE(append_event(d.book, again).ok());

  Opened sev = o;
  sev.severity = 9;
  Desk d2;
  d2.case_id = new_id(kT0, d2.rnd);
  CHECK(append_event(d2.book, d2.event(sev)).error().where == "severity");
}

TEST_CASE("workflow: strict order refuses ownership before apology and names the step") {
  Desk d;
  REQUIRE(d.open("three-step").ok());
  auto r = d.add(StepDone{"own", "", ""});
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().why.find("\"Apologise\"") != std::string::npos);
  CHECK(r.error().why.find("before \"Take ownership\"") != std::string::npos);
  auto r2 = d.add(StepDone{"ask", "a refund", ""});
  REQUIRE_FALSE(r2.ok());
  CHECK(r2.error().why.find("do \"Apologise\"") != std::string::npos);

  CHECK(d.add(StepDone{"apologise", "", ""}).ok());
  auto r3 = d.add(StepDone{"ask", "a refund", ""});
  REQUIRE_FALSE(r3.ok());
  CHECK(r3.error().why.find("do \"Take ownership\"") != std::string::npos);
  CHECK(d.add(StepDone{"own", "", ""}).ok());
  CHECK(d.add(StepDone{"ask", "a refund", ""}).ok());
  CHECK(d.state().steps.size() == 3);
}

TEST_CASE("workflow: a non-strict playbook accepts any order") {
  Desk d;
  REQUIRE(d.open("heard").ok());
  CHECK(d.add(StepDone{"apologise", "", ""}).ok());
  CHECK(d.add(StepDone{"hear", "they waited an hour", ""}).ok());
}

TEST_CASE("workflow: unknown, repeated, note-less and choice-less steps are refused") {
  Desk d;
  REQUIRE(d.open("learn").ok());
  auto unknown = d.add(StepDone{"dance", "", ""});
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.error().why.find("no step \"dance\"") != std::string::npos);

  auto no_note = d.add(StepDone{"listen", "", ""});
  REQUIRE_FALSE(no_note.ok());
  CHECK(no_note.error().where == "note");
  CHECK(d.add(StepDone{"listen", "cold food", ""}).ok());
  CHECK(d.add(StepDone{"listen", "again", ""}).error().why.find("already done") !=
        std::string::npos);

  auto bad_choice = d.add(StepDone{"notify", "", "told nobody"});
  REQUIRE_FALSE(bad_choice.ok());
  CHECK(bad_choice.error().where == "choice");
  CHECK(bad_choice.error().why.find("\"told the team\"") != std::string::npos);
  CHECK(d.add(StepDone{"notify", "", "told the team"}).ok());
}

TEST_CASE(
    "workflow: closing lists the required steps not done; closed accepts only a reasoned reopen") {
  Desk d;
  REQUIRE(d.open("three-step").ok());
  REQUIRE(d.add(StepDone{"apologise", "", ""}).ok());
  auto r = d.add(Closed{"bye"});
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().why.find("\"Take ownership\", \"Ask how to make it better\"") !=
        std::string::npos);
  CHECK(r.error().why.find("Apologise") == std::string::npos);

  REQUIRE(d.add(StepDone{"own", "", ""}).ok());
  REQUIRE(d.add(StepDone{"ask", "replacement", ""}).ok());
  REQUIRE(d.add(Closed{"sorted"}).ok());
  CHECK_FALSE(d.state().open);

  auto note = d.add(Note{"late note"});
  REQUIRE_FALSE(note.ok());
  CHECK(note.error().why.find("closed") != std::string::npos);
  CHECK(d.add(Reopened{""}).error().where == "reason");
  CHECK(d.add(Reopened{"the fix did not hold"}).ok());
  CHECK(d.state().open);
  CHECK(d.state().reopen_count == 1);
  CHECK_FALSE(d.add(Reopened{"again"}).ok());  // already open
  CHECK(d.add(Note{"now it's fine"}).ok());
}

TEST_CASE("workflow: optional steps do not block closing") {
  Desk d;
  REQUIRE(d.open("fix-and-surprise").ok());
  REQUIRE(d.add(StepDone{"fix-fast", "replaced", ""}).ok());
  REQUIRE(d.add(StepDone{"know-them", "birthday", ""}).ok());
  REQUIRE(d.add(StepDone{"surprise", "cake", ""}).ok());
  CHECK(d.add(Closed{""}).ok());  // "confirm" is optional
}

TEST_CASE("workflow: ids, times, actors and case ids are checked") {
  Desk d;
  REQUIRE(d.open().ok());
  Event e = d.event(Note{"hi"});
  Event dup = e;
  REQUIRE(append_event(d.book, e).ok());
  CHECK(append_event(d.book, dup).error().why.find("already exists") != std::string::npos);

  Event bad_id = d.event(Note{"hi"});
  bad_id.id = "not-an-id";
  CHECK(append_event(d.book, bad_id).error().where == "id");

  Event early = d.event(Note{"hi"});
  early.at = kT0 - 1;
  CHECK(append_event(d.book, early).error().where == "at");

  Event nobody = d.event(Note{"hi"});
  nobody.actor = "";
  CHECK(append_event(d.book, nobody).error().where == "actor");

  Event orphan = d.event(Note{"hi"});
  orphan.case_id = new_id(kT0, d.rnd);
  CHECK(append_event(d.book, orphan).error().why.find("no case") != std::string::npos);

  CHECK(d.add(Note{""}).error().where == "text");
  CHECK(d.add(Analysis{"", "x"}).error().where == "root_cause");
  CHECK(d.add(Offer{"", ""}).error().where == "text");
  CHECK(d.add(Offer{"caviar", ""}).error().where == "item_id");
  CHECK(d.add(FollowUpScheduled{kT0 - 5, ""}).error().where == "due");
  CHECK(d.add(Offer{"dessert", "a dessert"}).ok());
}

TEST_CASE("workflow: events are kept sorted by id even when appended out of order") {
  Desk d;
  REQUIRE(d.open("heard").ok());
  Event later = d.event(Note{"later"});
  d.now -= 1500;
  Event earlier = d.event(Note{"earlier"});
  REQUIRE(earlier.id < later.id);
  REQUIRE(append_event(d.book, later).ok());
  REQUIRE(append_event(d.book, earlier).ok());
  const auto ev = d.book.cases.at(0).events;
  for (std::size_t i = 1; i < ev.size(); ++i) CHECK(ev[i - 1].id < ev[i].id);

  // Cases too.
  Desk many;
  for (int i = 0; i < 5; ++i) REQUIRE(many.open().ok());
  for (std::size_t i = 1; i < many.book.cases.size(); ++i)
    CHECK(many.book.cases.id(i - 1) < many.book.cases.id(i));
}

TEST_CASE("workflow: a case keeps the playbook version it started with") {
  Desk d;
  Playbook p;
  p.id = "ours";
  p.name = "Ours";
  p.strict_order = true;
  p.steps.push_back(Step{"sorry", "Say sorry", "g", {"Sorry."}, Record::Nothing, {}, true, 60});
  REQUIRE(create_playbook(d.book, p).ok());
  REQUIRE(d.open("ours", 1).ok());
  const std::string v1_case = d.case_id;
  p.steps.insert(p.steps.begin(),
                 Step{"smile", "Smile", "g", {":)"}, Record::Nothing, {}, true, 60});
  REQUIRE(edit_playbook(d.book, p).ok());

  // The v1 case still has only "sorry", so it may be done and closed at once.
  CHECK(d.add(StepDone{"sorry", "", ""}).ok());
  CHECK(d.add(Closed{""}).ok());

  REQUIRE(d.open("ours", 2).ok());
  auto r = d.add(StepDone{"sorry", "", ""});
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().why.find("\"Smile\"") != std::string::npos);
  CHECK(find_case(d.book, v1_case).has_value());
}

TEST_CASE("workflow: next_steps shows what to do and what blocks closing") {
  Desk d;
  REQUIRE(d.open("three-step").ok());
  NextSteps n = next_steps(d.book, *find_case(d.book, d.case_id));
  CHECK(n.next == "apologise");
  CHECK(n.missing_required.size() == 3);
  REQUIRE(d.add(StepDone{"apologise", "", ""}).ok());
  n = next_steps(d.book, *find_case(d.book, d.case_id));
  CHECK(n.next == "own");
  CHECK(n.pending == std::vector<std::string>{"own", "ask"});
}

TEST_CASE("workflow: after a reopen each step can be done once more; closing counts every round") {
  Desk d;
  REQUIRE(d.open("three-step").ok());
  REQUIRE(d.add(StepDone{"apologise", "", ""}).ok());
  REQUIRE(d.add(StepDone{"own", "", ""}).ok());
  REQUIRE(d.add(StepDone{"ask", "a new cake", ""}).ok());
  CHECK(d.add(StepDone{"apologise", "", ""}).error().why.find("already done") != std::string::npos);
  REQUIRE(d.add(Closed{"sorted"}).ok());
  REQUIRE(d.add(Reopened{"the cake was wrong again"}).ok());

  REQUIRE(d.add(StepDone{"apologise", "", ""}).ok());
  CHECK_FALSE(d.add(StepDone{"apologise", "", ""}).ok());  // once per round
  auto no_note = d.add(StepDone{"ask", "", ""});
  CHECK(no_note.error().where == "note");  // a step done again asks for its record again
  REQUIRE(d.add(StepDone{"ask", "money back", ""}).ok());
  const CaseState s = d.state();
  CHECK(s.steps.size() == 5);  // the audit trail keeps both rounds
  CHECK(s.round_start == 3);
  REQUIRE(s.step_record("ask") != nullptr);
  CHECK(s.step_record("ask")->note == "money back");
  CHECK(s.step_record("own") == nullptr);  // not done again yet
  CHECK(s.step_done("own"));               // but done: closing does not ask for it again
  CHECK(d.add(Closed{"refunded"}).ok());   // as books written before rounds existed did
  REQUIRE(d.add(Reopened{"and again"}).ok());
  CHECK(d.add(StepDone{"own", "", ""}).ok());
}
