// Shared test fixtures: one definition each, used by every suite that needs them.
#include "support/fixtures.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "core/base/ids.hpp"
#include "core/json/book_json.hpp"
#include "core/json/book_json_parts.hpp"

using namespace mend;

namespace mendtest {

std::vector<Case> cases_of(const Book& book) {
  return {book.cases.begin(), book.cases.end()};
}

CaseTable table_of(const std::vector<Case>& cases) {
  CaseTable t;
  for (const Case& c : cases) t.add_case(c);
  return t;
}

std::string export_with_cases(const Book& book, const std::vector<Case>& cases) {
  Book rest = book;
  rest.cases = {};
  std::string json = export_book(rest);
  json::Writer w;
  w.begin_array();
  for (const Case& c : cases) {
    w.begin_object();
    w.field("id", c.id);
    w.key("events");
    w.begin_array();
    for (const Event& e : c.events) bookjson::write_event(w, e);
    w.end_array();
    w.end_object();
  }
  w.end_array();
  const std::string empty = R"("cases":[])";
  const auto at = json.rfind(empty);
  json.replace(at, empty.size(), R"("cases":)" + w.str());
  return json;
}

// Exported books go to $MEND_EXPORT_DIR (when set) for the schema check.
void save_export(const std::string& name, const std::string& json) {
  const char* dir = std::getenv("MEND_EXPORT_DIR");
  if (!dir || !*dir) return;
  std::ofstream(std::string(dir) + "/" + name, std::ios::binary) << json;
}

std::string read_test_data(const std::string& relative_path) {
  std::ifstream in(std::string(MEND_TESTDATA_DIR) + "/" + relative_path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// A book with every event kind and every field set to a non-default value.
Book full_book() {
  SeededRandom rnd(42);
  const TimeMs t0 = 1'795'000'000'000;  // 2026-11-19
  Book b;
  b.settings.business_name = "Café \"Zur Post\" — Ünïcode ✓";
  b.settings.currency = "CHF";
  b.settings.first_response_seconds = 90;
  b.settings.recovery_seconds = 12 * kSecondsPerHour;
  b.settings.follow_up_seconds = 2 * kSecondsPerDay;
  b.settings.utc_offset_minutes = -330;
  b.settings.segment_budgets = {{"regular", 1500}, {"vip", 9000}};
  b.settings.tier_annual_value = {{"low", 10000}, {"top", 5'000'000}};
  b.settings.vocabulary = default_vocabulary(Trade::Restaurant);
  b.settings.vocabulary.failure_kinds.push_back(Term{"cold-food", "Kalt serviert — «froid»", true});
  b.settings.vocabulary.value_tiers.clear();  // an empty list is a list too
  b.settings.anonymise_after_months = 18;
  b.settings.pseudonym_key = "5eed5eed5eed5eed5eed5eed5eed5eed";

  CatalogItem coffee{"coffee",  "Free coffee",      "gesture", 80,     450, {"time", "warmth"},
                     {"delay"}, {"regular", "new"}, 120,       50'000, true};
  CatalogItem refund{"refund", "Full refund", "refund",     2500, 2500, {}, {},
                     {},       std::nullopt,  std::nullopt, false};
  b.catalog = {coffee, refund};
  b.roles = {{"staff", "Staff", 2000, 5000, false}, {"manager", "Manager", 20000, 100000, true}};
  b.staff = {{"ana", "Ana", "staff", ""}, {"max", "Max Mustermann", "manager", "9f86d081884c7d65"}};

  Playbook own;
  own.id = "our-way";
  own.version = 1;
  own.name = "Our way";
  own.summary = "Listen, fix, thank.";
  own.strict_order = true;
  own.steps = {{"listen",
                "Listen",
                "Let them finish.",
                {"Tell me what happened."},
                Record::Note,
                {},
                true,
                60},
               {"fix", "Fix", "Offer a fix.", {}, Record::Choice, {"replace", "refund"}, false, 0}};
  own.first_response_seconds = 30;
  own.recovery_seconds = 3600;
  own.follow_up_seconds = 86400;
  Playbook own2 = own;
  own2.version = 2;
  own2.name = "Our way (v2)";
  own2.first_response_seconds.reset();
  own2.recovery_seconds.reset();
  own2.follow_up_seconds.reset();
  b.playbooks = {own, own2};

  auto make_case = [&](TimeMs at, const std::string& playbook, int version) {
    Case c;
    c.id = new_id(at, rnd);
    Opened o;
    o.customer = {"Zoë Ω", "+41 79 555 01 02", "vip", "top", 27, {"time", "kids"}};
    o.channel = "counter";
    o.category = "delay";
    o.severity = 4;
    o.customer_words = "I waited 40 minutes!\nTwice.\t\"Unacceptable\" \\ \x01";
    o.customer_wants = "Food, now.";
    o.taken_by = "ana";
    o.playbook_id = playbook;
    o.playbook_version = version;
    o.reference = "M-7KQ2";
    c.events.push_back({new_id(at, rnd), c.id, at, "ana", o});
    return c;
  };
  Case c1 = make_case(t0, "our-way", 2);
  auto add = [&](Case& c, TimeMs at, std::string actor, Payload p) {
    Event e{new_id(at, rnd), c.id, at, std::move(actor), std::move(p)};
    c.events.push_back(e);
    return e.id;
  };
  add(c1, t0 + 1000, "ana", Note{"Customer calmer now"});
  add(c1, t0 + 2000, "ana", StepDone{"listen", "heard it all", ""});
  add(c1, t0 + 3000, "ana", StepDone{"fix", "", "replace"});
  add(c1, t0 + 4000, "ana", Offer{"coffee", "A coffee while you wait?"});
  const auto approval =
      add(c1, t0 + 5000, "max", Approval{"ana", "max", "refund", 2500, "second failure"});
  const auto grant = add(c1, t0 + 6000, "ana", Granted{"refund", 1, 2500, 2500, approval});
  add(c1, t0 + 7000, "max", GrantReversed{grant, "paid twice by mistake"});
  add(c1, t0 + 8000, "ana", Granted{"coffee", 2, 160, 900, ""});
  add(c1, t0 + 9000, "ana", FollowUpScheduled{t0 + 3 * kMsPerDay + 123, "call back"});
  add(c1, t0 + 10000, "ana", FollowUpDone{"happy again"});
  add(c1, t0 + 11000, "ana", Outcome{Verdict::Delighted, Retention::Retained});
  add(c1, t0 + 12000, "max", Analysis{"understaffed", "second cook on Fridays"});
  add(c1, t0 + 13000, "max", Closed{"done"});
  add(c1, t0 + 14000, "max", Reopened{"customer called again"});
  add(c1, t0 + 15000, "ana", Outcome{Verdict::NotResolved, Retention::Lost});
  add(c1, t0 + 16000, "ana", Outcome{Verdict::Satisfied, Retention::Unknown});

  Case c2 = make_case(t0 + kMsPerDay, "three-step", 1);
  add(c2, t0 + kMsPerDay + 5, std::string(kKioskActor), Note{""});
  Case c3 = make_case(t0 - kMsPerDay, "", 1);  // before the range used below
  // A customer who asked to be forgotten: the table keeps the case redacted.
  Case c4 = make_case(t0 + 2 * kMsPerDay, "three-step", 1);
  add(c4, t0 + 2 * kMsPerDay + 7, "max", Anonymised{"request", "anon:0123456789abcdef01234567"});
  b.cases = table_of({c3, c1, c2, c4});
  return b;
}

}  // namespace mendtest
