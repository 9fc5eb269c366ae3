// Book import: every error path names its JSON path and reason, errors are all
// reported (capped), and nothing is handed out when anything is wrong.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/base/ids.hpp"
#include "core/json/book_json.hpp"
#include "support/fixtures.hpp"

using namespace mend;

namespace {

// Exports the fixture, applies a text edit, imports, and returns all messages.
std::string replace_once(std::string s, std::string_view from, std::string_view to) {
  const auto at = s.find(from);
  REQUIRE_MESSAGE(at != std::string::npos, "fixture text not found: ", from);
  return s.replace(at, from.size(), to);
}

std::vector<std::string> errors_of(const std::string& json) {
  const auto r = import_book(json);
  CHECK_FALSE(r.ok());
  std::vector<std::string> out;
  for (const auto& e : r.errors) out.push_back(e.message());
  return out;
}

bool has(const std::vector<std::string>& errors, std::string_view text) {
  return std::any_of(errors.begin(), errors.end(),
                     [&](const std::string& e) { return e.find(text) != std::string::npos; });
}

std::string all(const std::vector<std::string>& errors) {
  std::string out;
  for (const auto& e : errors) out += e + "\n";
  return out;
}

#define CHECK_ERROR(errors, text)                        \
  do {                                                   \
    const auto& errs_ = (errors);                        \
    INFO(all(errs_));                                    \
    CHECK_MESSAGE(has(errs_, text), "expected: ", text); \
  } while (0)

const std::string& fixture() {
  static const std::string json = export_book(mendtest::full_book());
  return json;
}

// The n-th event object's id as exported (cases sorted, events sorted).
const Book& book() {
  static const Book b = mendtest::full_book();
  return b;
}

}  // namespace

TEST_CASE("json import: not a book, newer version, bad version") {
  CHECK_ERROR(errors_of("[]"), "not a Mend book");
  CHECK_ERROR(errors_of(R"({"format":"other","version":1})"), "not a Mend book");
  CHECK_ERROR(errors_of(R"({"version":1})"), "not a Mend book");
  CHECK_ERROR(errors_of(R"({"format":"mend-book","version":2})"),
              "made by a newer Mend (version 2); this Mend reads version 1");
  CHECK_ERROR(errors_of(replace_once(fixture(), R"("version":1)", R"("version":7)")),
              "made by a newer Mend (version 7)");
  CHECK_ERROR(errors_of(R"({"format":"mend-book","version":0})"), "version: must be 1");
  CHECK_ERROR(errors_of(R"({"format":"mend-book","version":"1"})"), "version");
  CHECK_ERROR(errors_of(R"({"format":"mend-book"})"), "version");
  CHECK_ERROR(errors_of(""), "empty");
}

TEST_CASE("json import: syntax errors give byte offset, line and column") {
  const auto errors = errors_of("{\n  \"format\": \"mend-book\",\n  \"version\": 1,,\n}");
  CHECK_ERROR(errors, "not valid JSON");
  CHECK_ERROR(errors, "line 3, column 16");
  CHECK_ERROR(errors,
              "not valid JSON: Missing a name for object member at byte 42 (line 3, column 16)");
  CHECK_ERROR(errors_of(fixture().substr(0, fixture().size() / 2)), "not valid JSON");
}

TEST_CASE("json import: a minimal book and a UTF-8 BOM are accepted") {
  const std::string minimal = export_book(Book{});
  CHECK(import_book(minimal).ok());
  CHECK(import_book("\xEF\xBB\xBF" + minimal).ok());
  CHECK(import_book(fixture()).ok());
}

TEST_CASE("json import: field errors name the path") {
  const Case case0 = book().cases.at(0);
  const Event& first = case0.events[0];
  std::string json = replace_once(fixture(), R"("at":")", R"("at":"yesterday)");
  CHECK_ERROR(errors_of(json), "cases[0].events[0].at: not an ISO-8601 time");
  json = replace_once(fixture(), R"("severity":4)", R"("severity":9)");
  CHECK_ERROR(errors_of(json), "cases[0].events[0].severity: must be between 1 and 5");
  json = replace_once(fixture(), R"("severity":4)", R"("severity":"4")");
  CHECK_ERROR(errors_of(json), "cases[0].events[0].severity: must be a whole number, not a string");
  json = replace_once(fixture(), R"("severity":4)", R"("severity":4.5)");
  CHECK_ERROR(errors_of(json), "severity: must be a whole number");
  json = replace_once(fixture(), R"("severity":4)", R"("severity":4.0)");
  CHECK(import_book(json).ok());  // whole, as in JSON Schema
  json = replace_once(fixture(), R"("cost":80)", R"("cost":-80)");
  CHECK_ERROR(errors_of(json), "catalog[0].cost: must not be negative");
  json = replace_once(fixture(), R"("cost":80)", R"("cost":9007199254740992)");
  CHECK_ERROR(errors_of(json), "catalog[0].cost: is too large");
  json = replace_once(fixture(), R"("cost":80)", R"("cost":18446744073709551616)");
  CHECK_ERROR(errors_of(json), "catalog[0].cost: is too large");
  json = replace_once(fixture(), R"("cost":80)", R"("cost":1e300)");
  CHECK_ERROR(errors_of(json), "catalog[0].cost: is too large");
  json = replace_once(fixture(), R"("stock":120)", R"("stock":-1)");
  CHECK_ERROR(errors_of(json), "catalog[0].stock: must not be negative");
  json = replace_once(fixture(), R"("quantity":2)", R"("quantity":0)");
  CHECK_ERROR(errors_of(json), "quantity: is too small (at least 1)");
  json = replace_once(fixture(), R"("verdict":"delighted")", R"("verdict":"happy")");
  CHECK_ERROR(errors_of(json),
              R"(verdict: must be one of "not-resolved", "satisfied", "delighted", not "happy")");
  json = replace_once(fixture(), R"("active":true)", R"("active":1)");
  CHECK_ERROR(errors_of(json), "catalog[0].active: must be true or false, not a number");
  json = replace_once(fixture(), R"("tags":["time")", R"("tags":[7)");
  CHECK_ERROR(errors_of(json), "catalog[0].tags[0]: must be a string, not a number");
  json = replace_once(fixture(), R"("id":")" + first.id, R"("id":"not-an-id)");
  CHECK_ERROR(errors_of(json), "cases[0].events[0].id: not a valid id");
  json = replace_once(fixture(), R"("type":"note")", R"("type":"gossip")");
  CHECK_ERROR(errors_of(json), R"(type: unknown event type "gossip")");
  json = replace_once(fixture(), R"("roles":[)", R"("roles":[7,)");
  CHECK_ERROR(errors_of(json), "roles[0]: must be an object, not a number");
  json = replace_once(fixture(), R"("settings":{)", R"("settings":[],"x":{)");
  CHECK_ERROR(errors_of(json), "settings: must be an object, not an array");
  json = replace_once(fixture(), R"("vip":9000)", R"("vip":-9000)");
  CHECK_ERROR(errors_of(json), "settings.segment_budgets.vip: must not be negative");
  json = replace_once(fixture(), R"("utc_offset_minutes":-330)", R"("utc_offset_minutes":-3300)");
  CHECK_ERROR(errors_of(json), "settings.utc_offset_minutes: is too small");
  json = replace_once(fixture(), R"("record":"choice")", R"("record":"poem")");
  CHECK_ERROR(errors_of(json), "playbooks[0].steps[1].record: must be one of");
}

TEST_CASE("json import: unknown, missing and duplicate keys") {
  std::string json = replace_once(fixture(), R"("channel":)", R"("chanel":"x","channel":)");
  CHECK_ERROR(errors_of(json), R"(cases[0].events[0]: unknown key "chanel")");
  json = replace_once(fixture(), R"("channel":"counter",)", "");
  CHECK_ERROR(errors_of(json), R"(cases[0].events[0]: missing required field "channel")");
  json = replace_once(fixture(), R"("channel":)", R"("channel":"phone","channel":)");
  CHECK_ERROR(errors_of(json), R"(cases[0].events[0]: duplicate key "channel")");
  json = replace_once(fixture(), R"("format":"mend-book",)",
                      R"("format":"mend-book","format":"mend-book",)");
  CHECK_ERROR(errors_of(json), R"(duplicate key "format")");
  json = replace_once(fixture(), R"("vip":9000)", R"("vip":9000,"vip":1)");
  CHECK_ERROR(errors_of(json), R"(settings.segment_budgets: duplicate key "vip")");
  json = replace_once(fixture(), R"("cases":[)", R"("extra":{"deep":[1,2]},"cases":[)");
  CHECK_ERROR(errors_of(json), R"(unknown key "extra")");
  // Keys in any order are fine.
  json = replace_once(fixture(), R"({"format":"mend-book","version":1,)",
                      R"({"version":1,"format":"mend-book",)");
  CHECK(import_book(json).ok());
}

TEST_CASE("json import: checks between records") {
  const Case c0 = book().cases.at(0);
  const Case c1 = book().cases.at(1);
  // An event listed under the wrong case.
  std::string json = replace_once(fixture(), R"("case":")" + c0.id, R"("case":")" + c1.id);
  CHECK_ERROR(errors_of(json), "cases[0].events[0].case: event belongs to case " + c1.id);
  SeededRandom rnd(1);
  const std::string stranger = new_id(1, rnd);
  json = replace_once(fixture(), R"("case":")" + c0.id, R"("case":")" + stranger);
  CHECK_ERROR(errors_of(json), "event belongs to unknown case " + stranger);
  // Duplicate case id.
  json = replace_once(fixture(), R"({"id":")" + c1.id + R"(","events")",
                      R"({"id":")" + c0.id + R"(","events")");
  CHECK_ERROR(errors_of(json), "cases[1].id: duplicate case id (also cases[0])");
  // Duplicate catalog id, unknown role, duplicate playbook version.
  json = replace_once(fixture(), R"("id":"refund","name")", R"("id":"coffee","name")");
  CHECK_ERROR(errors_of(json), "catalog[1].id: duplicate id (also catalog[0])");
  json = replace_once(fixture(), R"("role_id":"manager")", R"("role_id":"boss")");
  CHECK_ERROR(errors_of(json), R"(staff[1].role_id: unknown role "boss")");
  json = replace_once(fixture(), R"x("version":2,"name":"Our way (v2)")x",
                      R"x("version":1,"name":"Our way (v2)")x");
  CHECK_ERROR(errors_of(json),
              R"(playbooks[1].version: playbook "our-way" version 1 is defined twice)");
  json = replace_once(fixture(), R"("playbook_id":"three-step")", R"("playbook_id":"nine-step")");
  CHECK_ERROR(errors_of(json), R"(playbook_id: unknown playbook "nine-step" version 1)");
  json = replace_once(fixture(), R"("step_id":"listen")", R"("step_id":"")");
  CHECK_ERROR(errors_of(json), "step_id: must not be empty");
}

TEST_CASE("json import: events - first is opened, references within the case") {
  const Book& b = book();
  std::optional<Case> big;
  for (const auto& c : b.cases)
    if (c.events.size() > 10) big = c;
  REQUIRE(big);
  const auto& ev = big->events;
  auto find_type = [&](std::size_t index) {
    return std::find_if(ev.begin(), ev.end(),
                        [&](const Event& e) { return e.payload.index() == index; });
  };
  const auto approval = find_type(4);
  const auto grant = find_type(5);
  // A granted event whose approval_id points at the grant itself.
  std::string json = replace_once(fixture(), R"("approval_id":")" + approval->id,
                                  R"("approval_id":")" + grant->id);
  CHECK_ERROR(errors_of(json), "approval_id: refers to " + grant->id +
                                   ", which is not an approval event of this case");
  json = replace_once(fixture(), R"("grant_id":")" + grant->id, R"("grant_id":")" + approval->id);
  CHECK_ERROR(errors_of(json), "grant_id: refers to " + approval->id +
                                   ", which is not a granted event of this case");
  // Turning the opened event into a note leaves a case without "opened" first.
  // Books a table cannot hold (no events, an event twice) are written by hand.
  using mendtest::cases_of;
  using mendtest::export_with_cases;
  std::vector<Case> changed = cases_of(b);
  changed[0].events[0].payload = Note{"hello"};
  CHECK_ERROR(
      errors_of(export_with_cases(b, changed)),
      R"(cases[0].events[0].type: the first event of a case (by id) must be "opened", not "note")");
  changed = cases_of(b);
  changed[0].events.clear();
  CHECK_ERROR(errors_of(export_with_cases(b, changed)), "cases[0].events: a case needs at least");
  changed = cases_of(b);
  Event again = changed[1].events[0];
  again.id = changed[1].events.back().id;
  again.id.back() = again.id.back() == 'Z' ? 'Y' : 'Z';
  changed[1].events.push_back(again);
  CHECK_ERROR(errors_of(export_with_cases(b, changed)), "a case has one \"opened\" event");
  changed = cases_of(b);
  changed[1].events.push_back(changed[1].events[1]);
  CHECK_ERROR(errors_of(export_with_cases(b, changed)), "duplicate event id");
}

TEST_CASE("json import: events out of order are sorted") {
  // Every case and every case's events in reverse order.
  std::vector<Case> reversed = mendtest::cases_of(book());
  for (auto& c : reversed) std::reverse(c.events.begin(), c.events.end());
  std::reverse(reversed.begin(), reversed.end());
  const auto back = import_book(mendtest::export_with_cases(book(), reversed));
  REQUIRE(back.ok());
  CHECK(*back.book == book());
  // Swapped in the text export_book writes.
  std::string json = export_book(book());
  const auto r = import_book(json);
  REQUIRE(r.ok());
  CHECK(*r.book == book());
  // Swap two events in the text: the first two events of the big case.
  const Case c = book().cases.at(1);
  const std::string e0 = R"({"id":")" + c.events[1].id;
  const std::string e1 = R"({"id":")" + c.events[2].id;
  std::string swapped = json;
  const auto a = swapped.find(e0), z = swapped.find(e1);
  REQUIRE(a != std::string::npos);
  REQUIRE(z != std::string::npos);
  const std::string first = swapped.substr(a, z - a);  // event 1 and its comma
  swapped.erase(a, z - a);
  const auto end1 = swapped.find("},{", a);
  swapped.insert(end1 + 2, first);
  const auto sorted = import_book(swapped);
  std::string errs;
  for (const auto& e : sorted.errors) errs += e.message() + "\n";
  INFO(errs);
  REQUIRE(sorted.ok());
  CHECK(sorted.book->cases.at(1) == c);
}

TEST_CASE("json import: every error is reported, capped at 200 with a count") {
  Book b = book();
  std::string json = fixture();
  // 300 bad tags: each is its own error.
  std::string tags = R"("tags":[)";
  for (int i = 0; i < 300; ++i) tags += i ? ",1" : "1";
  json = replace_once(json, R"("tags":["time","warmth"])", tags + "]");
  const auto r = import_book(json);
  REQUIRE_FALSE(r.ok());
  REQUIRE(r.errors.size() == kMaxImportErrors + 1);
  CHECK(r.errors.back().why == "… and 100 more errors");
  CHECK(r.errors[199].where == "catalog[0].tags[199]");
}

TEST_CASE("json import: escaped strings are decoded, also within long unescaped runs") {
  Book b = book();
  // Escapes at every position of an 8-byte word, between runs longer than one.
  std::string name;
  for (int i = 0; i < 24; ++i)
    name += std::string(static_cast<std::size_t>(i % 9), static_cast<char>('a' + i % 26)) +
            "\"\\\n\t\x01/é";
  b.settings.business_name = name;
  b.settings.currency = "\"";
  const auto r = import_book(export_book(b));
  REQUIRE(r.ok());
  CHECK(r.book->settings.business_name == name);
  CHECK(*r.book == b);

  const std::string escaped =
      R"("business_name":"\u00e9t\u00E9 \ud83d\ude00 abcdefghijklmnop \"q\" \\ \/ \b\f\r tail of it")";
  const auto at = fixture().find(R"("business_name":")");
  REQUIRE(at != std::string::npos);
  const auto end = fixture().find(R"(","currency")", at);
  std::string json = fixture();
  json.replace(at, end + 1 - at, escaped);
  const auto u = import_book(json);
  REQUIRE(u.ok());
  CHECK(u.book->settings.business_name ==
        "\xC3\xA9t\xC3\xA9 \xF0\x9F\x98\x80 abcdefghijklmnop \"q\" \\ / \b\f\r tail of it");

  // A lone low surrogate after other escapes and a long run is still refused.
  json = fixture();
  json.replace(at, end + 1 - at, R"("business_name":"\u00e9 a long run of plain text \udc00 end")");
  CHECK_ERROR(errors_of(json), "unpaired UTF-16 surrogate");
  // ... and an escaped backslash before a "u" is no escape at all.
  json = fixture();
  json.replace(at, end + 1 - at, R"("business_name":"\\udc00")");
  const auto plain = import_book(json);
  REQUIRE(plain.ok());
  CHECK(plain.book->settings.business_name == "\\udc00");
}

TEST_CASE("json import: cases out of order are sorted") {
  const std::string json = fixture();
  const auto& cases = book().cases;
  REQUIRE(cases.size() >= 2);
  // Cut the text of each case out and put them back in reverse order.
  std::vector<std::size_t> starts;
  for (const Case& c : cases) {
    const auto at = json.find(R"({"id":")" + c.id + R"(","events")");
    REQUIRE(at != std::string::npos);
    starts.push_back(at);
  }
  const auto list_end = json.rfind("]}");
  REQUIRE(list_end != std::string::npos);
  std::vector<std::string> parts;
  for (std::size_t i = 0; i < starts.size(); ++i)
    parts.push_back(
        json.substr(starts[i], (i + 1 < starts.size() ? starts[i + 1] - 1 : list_end) - starts[i]));
  std::string reversed = json.substr(0, starts[0]);
  for (std::size_t i = parts.size(); i-- > 0;) reversed += parts[i] + (i ? "," : "");
  reversed += json.substr(list_end);
  REQUIRE(reversed != json);
  REQUIRE(reversed.size() == json.size());
  const auto r = import_book(reversed);
  std::string errs;
  for (const auto& e : r.errors) errs += e.message() + "\n";
  INFO(errs);
  REQUIRE(r.ok());
  CHECK(*r.book == book());
}

TEST_CASE("json import: a book from before can_manage lets its owner manage, nobody else") {
  Book b;
  b.roles = {Role{"staff", "Staff", 100, 200, false, false},
             Role{"owner", "Owner", 100, 200, true, true}};
  std::string json = export_book(b);
  // Export always writes the flag; the older form simply lacks it.
  json = replace_once(json, R"(,"can_manage":false)", "");
  json = replace_once(json, R"(,"can_manage":true)", "");
  const auto r = import_book(json);
  REQUIRE(r.ok());
  CHECK_FALSE(r.book->roles.at(0).can_manage);
  CHECK(r.book->roles.at(1).can_manage);
  // Written, it is read as written: an owner role may be denied it.
  b.roles.at(1).can_manage = false;
  CHECK_FALSE(import_book(export_book(b)).book->roles.at(1).can_manage);
  CHECK_ERROR(errors_of(replace_once(export_book(b), R"("can_manage":false)", R"("can_manage":1)")),
              "can_manage");
}
