// Book export: shape, determinism, every field round-trips, range export.
// Also defines the shared fixture (mendtest::full_book) the other book tests use.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>

#include "core/book_json.hpp"
#include "core/book_json_fields.hpp"
#include "core/ids.hpp"
#include "core/time_iso.hpp"

using namespace mend;

namespace mendtest {

// Exported books go to $MEND_EXPORT_DIR (when set) for the schema check.
void save_export(const std::string& name, const std::string& json) {
  const char* dir = std::getenv("MEND_EXPORT_DIR");
  if (!dir || !*dir) return;
  std::ofstream(std::string(dir) + "/" + name, std::ios::binary) << json;
}

// A book with every event kind and every field set to a non-default value.
Book full_book() {
  SeededRandom rnd(42);
  const TimeMs t0 = 1'795'000'000'000;  // 2026-11-19
  Book b;
  b.settings.business_name = "Café \"Zur Post\" — Ünïcode ✓";
  b.settings.currency = "CHF";
  b.settings.first_response_seconds = 90;
  b.settings.recovery_seconds = 12 * 3600;
  b.settings.follow_up_seconds = 2 * 24 * 3600;
  b.settings.utc_offset_minutes = -330;
  b.settings.segment_budgets = {{"regular", 1500}, {"vip", 9000}};
  b.settings.tier_annual_value = {{"low", 10000}, {"top", 5'000'000}};

  CatalogItem coffee{"coffee",       "Free coffee",      "gesture", 80,     450, {"time", "warmth"},
                     {"long-delay"}, {"regular", "new"}, 120,       50'000, true};
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
    o.category = "long-delay";
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
  add(c1, t0 + 9000, "ana", FollowUpScheduled{t0 + 3 * 86'400'000 + 123, "call back"});
  add(c1, t0 + 10000, "ana", FollowUpDone{"happy again"});
  add(c1, t0 + 11000, "ana", Outcome{Verdict::Delighted, Retention::Retained});
  add(c1, t0 + 12000, "max", Analysis{"understaffed", "second cook on Fridays"});
  add(c1, t0 + 13000, "max", Closed{"done"});
  add(c1, t0 + 14000, "max", Reopened{"customer called again"});
  add(c1, t0 + 15000, "ana", Outcome{Verdict::NotResolved, Retention::Lost});
  add(c1, t0 + 16000, "ana", Outcome{Verdict::Satisfied, Retention::Unknown});

  Case c2 = make_case(t0 + 86'400'000, "three-step", 1);
  add(c2, t0 + 86'400'000 + 5, "kiosk", Note{""});
  Case c3 = make_case(t0 - 86'400'000, "", 1);  // before the range used below
  b.cases = {c3, c1, c2};
  std::sort(b.cases.begin(), b.cases.end(),
            [](const Case& x, const Case& y) { return x.id < y.id; });
  return b;
}

}  // namespace mendtest

using mendtest::full_book;

TEST_CASE("json export: top-level shape and key order") {
  const std::string json = export_book(Book{});
  CHECK(json.rfind(R"({"format":"mend-book","version":1,"settings":{"business_name":)", 0) == 0);
  CHECK(json.find(R"("catalog":[],"roles":[],"staff":[],"playbooks":[],"cases":[]})") !=
        std::string::npos);
  CHECK(json.find("exported_at") == std::string::npos);
  mendtest::save_export("empty.json", json);
}

TEST_CASE("json export: events are flat objects with type and ISO times") {
  const Book b = full_book();
  const std::string json = export_book(b);
  mendtest::save_export("full.json", json);
  const Event& opened = b.cases[1].events[0];
  const std::string head = R"({"id":")" + opened.id + R"(","case":")" + opened.case_id +
                           R"(","at":")" + format_iso(opened.at) +
                           R"(","actor":"ana","type":"opened","customer":{"name":)";
  CHECK(json.find(head) != std::string::npos);
  CHECK(json.find(R"("type":"outcome","verdict":"delighted","retention":"retained")") !=
        std::string::npos);
  CHECK(json.find(R"("verdict":"not-resolved","retention":"lost")") != std::string::npos);
  CHECK(json.find(R"("record":"choice")") != std::string::npos);
  CHECK(json.find(R"("segment_budgets":{"regular":1500,"vip":9000})") != std::string::npos);
  CHECK(json.find(R"("cost":2500)") != std::string::npos);
  CHECK(json.find("\\n") != std::string::npos);      // newline escaped
  CHECK(json.find("\\u0001") != std::string::npos);  // control character escaped
  CHECK(json.find("Zoë Ω") != std::string::npos);    // UTF-8 kept as is
  // Absent optionals are left out: refund has no stock, our-way v2 no clock overrides.
  CHECK(json.find(R"("stock":120)") != std::string::npos);
  CHECK(
      json.find(
          R"("id":"refund","name":"Full refund","category":"refund","cost":2500,"value":2500,"tags":[],"suits_categories":[],"suits_segments":[],"active":false})") !=
      std::string::npos);
}

TEST_CASE("json export: deterministic, and independent of case and event order") {
  const Book b = full_book();
  const std::string once = export_book(b);
  CHECK(export_book(b) == once);
  Book shuffled = b;
  std::reverse(shuffled.cases.begin(), shuffled.cases.end());
  std::reverse(shuffled.cases[0].events.begin(), shuffled.cases[0].events.end());
  CHECK(export_book(shuffled) == once);
}

TEST_CASE("json export: round trip keeps every field of every event kind") {
  const Book b = full_book();
  const auto r = import_book(export_book(b));
  std::string errors;
  for (const auto& e : r.errors) errors += e.message() + "\n";
  INFO(errors);
  REQUIRE(r.errors.empty());
  REQUIRE(r.ok());
  // Every payload kind is present in the fixture.
  std::vector<bool> seen(std::variant_size_v<Payload>, false);
  for (const auto& c : b.cases)
    for (const auto& e : c.events) seen[e.payload.index()] = true;
  CHECK(std::all_of(seen.begin(), seen.end(), [](bool s) { return s; }));
  CHECK(r.book->settings == b.settings);
  CHECK(r.book->catalog == b.catalog);
  CHECK(r.book->roles == b.roles);
  CHECK(r.book->staff == b.staff);
  CHECK(r.book->playbooks == b.playbooks);
  CHECK(r.book->cases == b.cases);
  CHECK(*r.book == b);
  CHECK(export_book(*r.book) == export_book(b));
}

TEST_CASE("json export: range keeps cases opened in [from, to) and everything else") {
  const Book b = full_book();
  const TimeMs t0 = 1'795'000'000'000;
  const auto r = import_book(export_book_range(b, t0, t0 + 86'400'000));
  REQUIRE(r.ok());
  REQUIRE(r.book->cases.size() == 1);
  CHECK(r.book->cases[0].events.size() == 17);
  CHECK(r.book->catalog == b.catalog);
  CHECK(r.book->playbooks == b.playbooks);
  CHECK(r.book->settings == b.settings);
  const auto all = import_book(export_book_range(b, t0 - 86'400'000, t0 + 2 * 86'400'000));
  REQUIRE(all.ok());
  CHECK(all.book->cases.size() == 3);
  mendtest::save_export("range.json", export_book_range(b, t0, t0 + 86'400'000));
}

#if __has_include("core/sample.hpp")
#include "core/sample.hpp"
TEST_CASE("json export: a sample book of 200 cases round-trips and is deterministic") {
  const Book b = make_sample_book(200, 7);
  const std::string json = export_book(b);
  mendtest::save_export("sample-200.json", json);
  CHECK(json == export_book(make_sample_book(200, 7)));
  const auto r = import_book(json);
  std::string errors;
  for (std::size_t i = 0; i < r.errors.size() && i < 10; ++i)
    errors += r.errors[i].message() + "\n";
  INFO(errors);
  REQUIRE(r.errors.empty());
  CHECK(*r.book == b);
}
#endif

// ---- every model field has a JSON key ------------------------------------------------
// If a field is added to model.hpp but not to book_json_fields.hpp, this fails:
// the number of aggregate members (probed with brace initialisation) must equal
// the number of keys the codec visits.
namespace mendtest {
// Converts to anything; declared only, as it is used in unevaluated contexts
// (outside the anonymous namespace, so clang does not ask for a definition).
struct AnyField {
  template <class U>
  operator U() const;  // NOLINT
};
}  // namespace mendtest

namespace {

using mendtest::AnyField;

template <class T, std::size_t... I>
constexpr bool brace_constructible(std::index_sequence<I...>) {
  return requires {
    T{(static_cast<void>(I), AnyField{})...};
  };
}

template <class T, std::size_t N = 0>
constexpr std::size_t member_count() {
  if constexpr (N > 40) {
    return 0;
  } else if constexpr (brace_constructible<T>(std::make_index_sequence<N + 1>{})) {
    return member_count<T, N + 1>();
  } else {
    return N;
  }
}

struct KeyCounter {
  std::size_t keys = 0;
  void text(std::string_view, std::string&) { ++keys; }
  void key_id(std::string_view, std::string&) { ++keys; }
  void ulid(std::string_view, std::string&) { ++keys; }
  void ulid_or_empty(std::string_view, std::string&) { ++keys; }
  void integer(std::string_view, int&, int, int) { ++keys; }
  void money(std::string_view, Cents&) { ++keys; }
  void time(std::string_view, TimeMs&) { ++keys; }
  void flag(std::string_view, bool&) { ++keys; }
  void strings(std::string_view, std::vector<std::string>&) { ++keys; }
  void opt_integer(std::string_view, std::optional<int>&, int, int) { ++keys; }
  void opt_money(std::string_view, std::optional<Cents>&) { ++keys; }
  template <class E, std::size_t N>
  void enumeration(std::string_view, E&, const std::array<std::string_view, N>&) {
    ++keys;
  }
  template <class T>
  void object(std::string_view, T&) {
    ++keys;
  }
  template <class T>
  void list(std::string_view, std::vector<T>&) {
    ++keys;
  }
  void money_map(std::string_view, std::map<std::string, Cents>&) { ++keys; }
};

template <class T>
std::size_t codec_keys() {
  KeyCounter c;
  T value{};
  bookjson::fields(c, value);
  return c.keys;
}

}  // namespace

TEST_CASE("json export: every field of the model has a key in the codec") {
  CHECK(member_count<Customer>() == codec_keys<Customer>());
  CHECK(member_count<Opened>() == codec_keys<Opened>());
  CHECK(member_count<Note>() == codec_keys<Note>());
  CHECK(member_count<StepDone>() == codec_keys<StepDone>());
  CHECK(member_count<Offer>() == codec_keys<Offer>());
  CHECK(member_count<Approval>() == codec_keys<Approval>());
  CHECK(member_count<Granted>() == codec_keys<Granted>());
  CHECK(member_count<GrantReversed>() == codec_keys<GrantReversed>());
  CHECK(member_count<FollowUpScheduled>() == codec_keys<FollowUpScheduled>());
  CHECK(member_count<FollowUpDone>() == codec_keys<FollowUpDone>());
  CHECK(member_count<Outcome>() == codec_keys<Outcome>());
  CHECK(member_count<Analysis>() == codec_keys<Analysis>());
  CHECK(member_count<Closed>() == codec_keys<Closed>());
  CHECK(member_count<Reopened>() == codec_keys<Reopened>());
  CHECK(member_count<Step>() == codec_keys<Step>());
  CHECK(member_count<Playbook>() == codec_keys<Playbook>());
  CHECK(member_count<CatalogItem>() == codec_keys<CatalogItem>());
  CHECK(member_count<Role>() == codec_keys<Role>());
  CHECK(member_count<Staff>() == codec_keys<Staff>());
  CHECK(member_count<Settings>() == codec_keys<Settings>());
  // Hand-written in the codec: id, case, at, actor + payload; id + events; the six parts.
  CHECK(member_count<Event>() == 5);
  CHECK(member_count<Case>() == 2);
  CHECK(member_count<Book>() == 6);
  // And every payload kind has a type name.
  CHECK(std::variant_size_v<Payload> == bookjson::kEventTypes.size());
}
