// Book export: shape, determinism, every field round-trips, range export.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>

#include "core/base/ids.hpp"
#include "core/base/time_iso.hpp"
#include "core/json/book_json.hpp"
#include "core/json/book_json_fields.hpp"
#include "core/sample/sample.hpp"
#include "support/fixtures.hpp"

using namespace mend;

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
  const Case c1 = b.cases.at(1);
  const Event& opened = c1.events[0];
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
  // Cases and events added in reverse order: the table keeps them sorted.
  std::vector<Case> reversed = mendtest::cases_of(b);
  std::reverse(reversed.begin(), reversed.end());
  std::reverse(reversed[0].events.begin(), reversed[0].events.end());
  Book shuffled = b;
  shuffled.cases = mendtest::table_of(reversed);
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
  const auto r = import_book(export_book_range(b, t0, t0 + kMsPerDay));
  REQUIRE(r.ok());
  REQUIRE(r.book->cases.size() == 1);
  CHECK(r.book->cases.event_count(0) == 17);
  CHECK(r.book->catalog == b.catalog);
  CHECK(r.book->playbooks == b.playbooks);
  CHECK(r.book->settings == b.settings);
  const auto all = import_book(export_book_range(b, t0 - kMsPerDay, t0 + 2 * kMsPerDay));
  REQUIRE(all.ok());
  CHECK(all.book->cases.size() == 3);
  mendtest::save_export("range.json", export_book_range(b, t0, t0 + kMsPerDay));
}

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
  void defaulted_flag(std::string_view, bool&, bool) { ++keys; }
  void defaulted_text(std::string_view, std::string&) { ++keys; }
  void strings(std::string_view, std::vector<std::string>&) { ++keys; }
  void opt_integer(std::string_view, std::optional<int>&, int, int) { ++keys; }
  void defaulted_integer(std::string_view, int&, int, int) { ++keys; }
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
  void defaulted_object(std::string_view, T&) {
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
  CHECK(member_count<Term>() == codec_keys<Term>());
  CHECK(member_count<Vocabulary>() == codec_keys<Vocabulary>());
  // Hand-written in the codec: id, case, at, actor + payload; id + events; the six parts.
  CHECK(member_count<Event>() == 5);
  CHECK(member_count<Case>() == 2);
  CHECK(member_count<Book>() == 6);
  // And every payload kind has a type name.
  CHECK(std::variant_size_v<Payload> == bookjson::kEventTypes.size());
}
