// Anonymising (issue 9 part 4): what is removed and what stays, that the
// dashboard's numbers do not move, that a book holds an anonymised case only
// redacted however its events arrive (added, merged, loaded, stored), and
// the rules of the retention clock and of a customer's request.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "core/analytics/analytics.hpp"
#include "core/base/ids.hpp"
#include "core/base/text.hpp"
#include "core/base/time_iso.hpp"
#include "core/bytes/event_bytes.hpp"
#include "core/case/case_state.hpp"
#include "core/case/workflow.hpp"
#include "core/json/book_json.hpp"
#include "core/model/lookup.hpp"
#include "core/privacy/anonymise.hpp"
#include "core/sample/sample.hpp"
#include "core/store/memory_store.hpp"
#include "core/store/record_codec.hpp"
#include "core/store/redact_stored.hpp"
#include "support/fixtures.hpp"

using namespace mend;

namespace {

constexpr TimeMs kNow = 1'798'761'600'000;  // 2027-01-01T00:00:00Z, a year after the sample's start

// Anonymises cases of the book through the workflow, as the app does; returns the events.
std::vector<Event> anonymise(Book& book, const std::vector<std::size_t>& cases,
                             std::string_view reason, std::string_view token, TimeMs at,
                             SeededRandom& random) {
  if (book.settings.pseudonym_key.empty()) book.settings.pseudonym_key = new_pseudonym_key(random);
  std::vector<std::string> ids;
  for (std::size_t i : cases) ids.emplace_back(book.cases.id(i));
  std::vector<Event> out;
  for (const std::string& id : ids) {
    Event e = anonymising_event(book, *book.cases.index_of(id), reason, token, new_id(at, random),
                                at, std::string(kRetentionActor));
    REQUIRE(append_event(book, e).ok());
    out.push_back(std::move(e));
  }
  return out;
}

// The customer-facing text of every case, for "none of it is left" checks.
std::set<std::string> personal_strings(const Book& book, const std::vector<std::size_t>& cases) {
  std::set<std::string> out;
  for (std::size_t i : cases) {
    const Case c = book.cases.at(i);
    const Opened& o = std::get<Opened>(c.events.front().payload);
    for (const std::string* s : {&o.customer.name, &o.customer.contact, &o.customer_words})
      if (s->size() >= 4) out.insert(*s);
  }
  return out;
}

// Everything the dashboard shows, but the names and contacts it lists.
void check_same_numbers(const Analytics& a, const Analytics& b) {
  CHECK(a.cases == b.cases);
  CHECK(a.open == b.open);
  CHECK(a.closed == b.closed);
  REQUIRE(a.categories.size() == b.categories.size());
  for (std::size_t i = 0; i < a.categories.size(); ++i) {
    CHECK(a.categories[i].label == b.categories[i].label);
    CHECK(a.categories[i].count == b.categories[i].count);
  }
  REQUIRE(a.root_causes.size() == b.root_causes.size());
  for (std::size_t i = 0; i < a.root_causes.size(); ++i)
    CHECK(a.root_causes[i].count == b.root_causes[i].count);
  CHECK(a.first_response_times == b.first_response_times);
  CHECK(a.recovery_times == b.recovery_times);
  CHECK(a.first_response.within_target == b.first_response.within_target);
  CHECK(a.recovery.within_target == b.recovery.within_target);
  CHECK(a.total_cost == b.total_cost);
  CHECK(a.total_value == b.total_value);
  CHECK(a.grants == b.grants);
  CHECK(a.approved_grants == b.approved_grants);
  CHECK(a.outcomes.satisfied == b.outcomes.satisfied);
  CHECK(a.outcomes.delighted == b.outcomes.delighted);
  CHECK(a.outcomes.retained == b.outcomes.retained);
  CHECK(a.outcomes.lost == b.outcomes.lost);
  CHECK(a.repeat_failures == b.repeat_failures);
  CHECK(a.retained_customers == b.retained_customers);
  CHECK(a.revenue_kept == b.revenue_kept);
  // The same customers with the same cases (listed in another order where
  // their contacts, which break ties, became pseudonyms).
  auto groups = [](const Analytics& x) {
    std::set<std::vector<std::string>> out;
    for (const RepeatCustomer& r : x.repeat_customers) out.insert(r.case_ids);
    return out;
  };
  CHECK(groups(a) == groups(b));
}

}  // namespace

TEST_CASE("anonymise: pseudonyms are keyed, stable and kept as they are by normalise_contact") {
  const std::string p = pseudonym("00112233445566778899aabbccddeeff", "+4179555");
  CHECK(is_pseudonym(p));
  CHECK(p.size() == kPseudonymPrefix.size() + 24);
  CHECK(p == pseudonym("00112233445566778899aabbccddeeff", "+4179555"));
  CHECK(p != pseudonym("ffeeddccbbaa99887766554433221100", "+4179555"));
  CHECK(p != pseudonym("00112233445566778899aabbccddeeff", "+4179556"));
  CHECK(normalise_contact(p) == p);
  CHECK_FALSE(is_pseudonym("+41 79 555"));
  SeededRandom random(1);
  const std::string t1 = new_request_token(random), t2 = new_request_token(random);
  CHECK(is_pseudonym(t1));
  CHECK(t1 != t2);
  CHECK(new_pseudonym_key(random).size() == 32);
}

TEST_CASE("anonymise: a redacted event keeps its numbers, terms and times, not its words") {
  const Book book = mendtest::full_book();
  Case c = book.cases.at(1);  // every kind of event
  const Case before = c;
  for (Event& e : c.events) redact(e, "anon:0123");
  const CaseState a = fold_case(before), b = fold_case(c);
  CHECK(b.customer.name.empty());
  CHECK(b.customer.contact == "anon:0123");
  CHECK(b.customer_words.empty());
  CHECK(b.customer_wants.empty());
  CHECK(b.customer.segment == a.customer.segment);
  CHECK(b.customer.value_tier == a.customer.value_tier);
  CHECK(b.customer.cares_about == a.customer.cares_about);
  CHECK(b.category == a.category);
  CHECK(b.severity == a.severity);
  CHECK(b.total_cost == a.total_cost);
  CHECK(b.total_value == a.total_value);
  CHECK(b.outcome == a.outcome);
  CHECK(b.analysis == a.analysis);
  CHECK(b.closed_at == a.closed_at);
  CHECK(b.steps.size() == a.steps.size());
  for (std::size_t i = 0; i < c.events.size(); ++i) {
    CHECK(c.events[i].id == before.events[i].id);
    CHECK(c.events[i].at == before.events[i].at);
    CHECK(c.events[i].actor == before.events[i].actor);
    CHECK(c.events[i].payload.index() == before.events[i].payload.index());
  }
  const std::string json =
      export_book(Book{book.settings, {}, {}, {}, {}, mendtest::table_of({c})});
  for (const char* gone :
       {"Zoë", "79 555", "waited 40", "calmer", "heard it all", "while you wait", "second failure",
        "paid twice", "call back", "happy again", "called again"})
    CHECK_MESSAGE(json.find(gone) == std::string::npos, gone);
  CHECK(json.find("understaffed") != std::string::npos);  // the root cause stays
}

TEST_CASE("anonymise: the table keeps an anonymised case redacted however its events arrive") {
  const Book book = mendtest::full_book();
  const Case original = book.cases.at(1);
  Event anonymised{"", original.id, original.events.back().at + 1000, "max",
                   Anonymised{"request", "anon:00000000000000000000abcd"}};
  SeededRandom random(7);
  anonymised.id = new_id(anonymised.at, random);

  SUBCASE("the Anonymised event added to a held case redacts what it holds") {
    CaseTable t;
    t.add_case(original);
    CHECK(t.add_event(anonymised));
    const Case c = t.at(0);
    CHECK(c.events.size() == original.events.size() + 1);
    CHECK(std::get<Opened>(c.events.front().payload).customer.name.empty());
    CHECK(std::get<Opened>(c.events.front().payload).customer.contact ==
          "anon:00000000000000000000abcd");
  }
  SUBCASE("an original event added to an anonymised case is kept redacted") {
    CaseTable t;
    Case first_only{original.id, {original.events.front(), anonymised}};
    t.add_case(first_only);
    CHECK(t.add_event(original.events[1]));  // a note
    const Case c = t.at(0);
    CHECK(std::get<Note>(c.events[1].payload).text.empty());
    // The original of a held event changes nothing.
    CHECK_FALSE(t.add_event(original.events.front()));
    CHECK(std::get<Opened>(t.at(0).events.front().payload).customer.name.empty());
  }
  SUBCASE("a bulk load joining a chunk and a journal") {
    CaseTable::Bulk bulk;
    bulk.add_case(original);
    bulk.add_case(Case{original.id, {anonymised}});
    const CaseTable t = std::move(bulk).finish();
    REQUIRE(t.size() == 1);
    CHECK(std::get<Opened>(t.at(0).events.front().payload).customer.name.empty());
  }
}

TEST_CASE("anonymise: retention leaves the dashboard's numbers as they were") {
  Book book = make_sample_book(400, 5);
  SeededRandom random(3);
  book.settings.anonymise_after_months = 6;
  book.settings.pseudonym_key = new_pseudonym_key(random);
  const std::vector<std::size_t> due = due_for_retention(book, kNow);
  REQUIRE(due.size() > 50);
  const std::set<std::string> personal = personal_strings(book, due);
  const Analytics before = analyse_book(book, 0, kNow);
  const Analytics before_half = analyse_book(book, months_before(kNow, 9), kNow);
  REQUIRE(before.repeat_customers.size() > 3);

  anonymise(book, due, kAnonymisedForRetention, {}, kNow, random);
  CHECK(due_for_retention(book, kNow).empty());  // none twice
  check_same_numbers(before, analyse_book(book, 0, kNow));
  check_same_numbers(before_half, analyse_book(book, months_before(kNow, 9), kNow));

  // Nothing personal of those cases is left in an export, and the export
  // reads back as the same book.
  const std::string json = export_book(book);
  for (const std::string& s : personal) {
    // A name shared with a customer whose recent case is kept may remain.
    bool kept_elsewhere = false;
    for (std::size_t i = 0; i < book.cases.size(); ++i) {
      const Case c = book.cases.at(i);
      const Opened& o = std::get<Opened>(c.events.front().payload);
      kept_elsewhere = kept_elsewhere || o.customer.name == s || o.customer.contact == s ||
                       o.customer_words == s;
    }
    if (!kept_elsewhere) CHECK_MESSAGE(json.find(s) == std::string::npos, s);
  }
  const ImportResult back = import_book(json);
  REQUIRE(back.ok());
  CHECK(*back.book == book);
}

TEST_CASE("anonymise: the retention clock counts calendar months from the closing") {
  CHECK(format_iso(months_before(parse_iso("2027-03-31T10:00:00Z").value(), 1)) ==
        "2027-02-28T10:00:00.000Z");
  CHECK(format_iso(months_before(parse_iso("2028-03-31T00:00:00Z").value(), 1)) ==
        "2028-02-29T00:00:00.000Z");
  CHECK(format_iso(months_before(parse_iso("2027-01-15T00:00:00Z").value(), 13)) ==
        "2025-12-15T00:00:00.000Z");
  Book book = make_sample_book(200, 9);
  book.settings.anonymise_after_months = 0;
  CHECK(due_for_retention(book, kNow).empty());  // off
  book.settings.anonymise_after_months = 3;
  const TimeMs cut = months_before(kNow, 3);
  for (std::size_t i : due_for_retention(book, kNow)) {
    const CaseState s = fold_case(book.cases.at(i));
    CHECK_FALSE(s.open);
    REQUIRE(s.closed_at);
    CHECK(*s.closed_at < cut);
  }
  // Every closed case before the cut is due; none after.
  std::size_t closed_before = 0;
  for (const Case& c : book.cases) {
    const CaseState s = fold_case(c);
    closed_before += !s.open && s.closed_at && *s.closed_at < cut;
  }
  CHECK(due_for_retention(book, kNow).size() == closed_before);
}

TEST_CASE("anonymise: a request forgets a customer for good, beyond the book's key") {
  Book book = make_sample_book(300, 11);
  SeededRandom random(5);
  book.settings.anonymise_after_months = 6;
  book.settings.pseudonym_key = new_pseudonym_key(random);
  // A repeat customer with cases on both sides of the retention cut.
  const Analytics a = analyse_book(book, 0, kNow);
  REQUIRE_FALSE(a.repeat_customers.empty());
  const std::string contact = a.repeat_customers.front().contact;
  const std::vector<std::size_t> theirs = cases_of_customer(book, contact);
  REQUIRE(theirs.size() >= 2);

  anonymise(book, due_for_retention(book, kNow), kAnonymisedForRetention, {}, kNow, random);
  // The book's key still links the retained pseudonym to the contact ...
  const std::string p = pseudonym(book.settings.pseudonym_key, normalise_contact(contact));
  std::vector<std::size_t> all;
  for (std::size_t i = 0; i < book.cases.size(); ++i) {
    const Case c = book.cases.at(i);
    const Opened& o = std::get<Opened>(c.events.front().payload);
    if (normalise_contact(o.customer.contact) == normalise_contact(contact) ||
        o.customer.contact == p)
      all.push_back(i);
  }
  REQUIRE(all.size() == theirs.size());
  // ... until the customer asks: one token linked to nothing replaces both.
  const std::string token = new_request_token(random);
  anonymise(book, all, kAnonymisedOnRequest, token, kNow + 1000, random);
  for (std::size_t i : all) {
    const Case c = book.cases.at(i);
    CHECK(std::get<Opened>(c.events.front().payload).customer.contact == token);
    CHECK(fold_case(c).anonymised_reason == kAnonymisedOnRequest);
  }
  const std::string json = export_book(book);
  CHECK(json.find(p) == std::string::npos);
  CHECK(json.find(normalise_contact(contact)) == std::string::npos);
  // Still one customer with as many cases: the counts stay.
  const Analytics after = analyse_book(book, 0, kNow);
  CHECK(after.repeat_failures == a.repeat_failures);
  // Nothing more on a forgotten case, and no retention over a request.
  const Case c = book.cases.at(all.front());
  Event note{new_id(kNow + 2000, random), c.id, kNow + 2000, "ana", Note{"hello"}};
  CHECK(append_event(book, note).error().where == "case_id");
  Event again = anonymising_event(book, all.front(), kAnonymisedForRetention, {},
                                  new_id(kNow + 3000, random), kNow + 3000, "retention");
  CHECK_FALSE(append_event(book, again).ok());
}

TEST_CASE("anonymise: an open case anonymised on request is closed by it") {
  Book book = mendtest::full_book();
  const std::size_t i = 2;  // the kiosk case: open
  REQUIRE(fold_case(book.cases.at(i)).open);
  SeededRandom random(2);
  const Event e = anonymising_event(book, i, kAnonymisedOnRequest, new_request_token(random),
                                    new_id(kNow, random), kNow, "max");
  REQUIRE(append_event(book, e).ok());
  const CaseState s = fold_case(book.cases.at(i));
  CHECK_FALSE(s.open);
  CHECK(s.closed_at == kNow);
  Event bad = e;
  bad.id = new_id(kNow + 1, random);
  std::get<Anonymised>(bad.payload).reason = "because";
  CHECK(append_event(book, bad).error().where == "case_id");  // anonymised already
}

TEST_CASE("anonymise: a book exported before the anonymisation merges back without its data") {
  Book ours = mendtest::full_book();
  const Book old_export = ours;
  SeededRandom random(4);
  const std::size_t i = 1;
  const Event e = anonymising_event(ours, i, kAnonymisedOnRequest, new_request_token(random),
                                    new_id(kNow, random), kNow, "max");
  REQUIRE(append_event(ours, e).ok());
  for (const Book* first : {static_cast<const Book*>(&ours), &old_export}) {
    const Book* second = first == &ours ? &old_export : &ours;
    const MergeResult m = merge_books(*first, *second, MergePolicy::Refuse);
    CHECK(m.conflicts.empty());
    REQUIRE(m.book);
    const Case c = m.book->cases.at(i);
    CHECK(std::get<Opened>(c.events.front().payload).customer.name.empty());
    CHECK(export_book(*m.book).find("calmer") == std::string::npos);
    CHECK(m.book->cases == ours.cases);
  }
}

TEST_CASE("anonymise: a store rewrites what it holds of the case in the same write") {
  const Book book = mendtest::full_book();
  const Case original = book.cases.at(1);
  store::MemoryStore memory;
  memory.write(store::batch_of(book), [](const Status& s) { CHECK(s.ok()); });
  memory.run_pending();
  SeededRandom random(6);
  const Event e = anonymising_event(book, 1, kAnonymisedOnRequest, "anon:0000000000000000000000ff",
                                    new_id(kNow, random), kNow, "max");
  memory.write(store::Batch{{e}, {}, {}}, [](const Status& s) { CHECK(s.ok()); });
  memory.run_pending();
  for (const Event& held : original.events) {
    const Event& stored = memory.events().at(held.id);
    if (const auto* o = std::get_if<Opened>(&stored.payload))
      CHECK(o->customer.contact == "anon:0000000000000000000000ff");
    if (const auto* n = std::get_if<Note>(&stored.payload)) CHECK(n->text.empty());
  }
  // The original sent again (an old backup imported) is no conflict and changes nothing.
  memory.write(store::Batch{{original.events.front()}, {}, {}},
               [](const Status& s) { CHECK(s.ok()); });
  memory.run_pending();
  CHECK(std::get<Opened>(memory.events().at(original.events.front().id).payload)
            .customer.name.empty());

  // IndexedDB's values: a pack and a journal event, rewritten by the same rule.
  const store::Redactions plan{{original.id, "anon:0000000000000000000000ff"}};
  std::string pack = bytes::pack_events(original.events);
  const std::optional<std::string> redacted = store::redact_pack(pack, plan);
  REQUIRE(redacted);
  CHECK(redacted->find("calmer") == std::string::npos);
  CHECK_FALSE(store::redact_pack(*redacted, plan));  // nothing left to do
  CHECK_FALSE(store::redact_pack(pack, store::Redactions{{"other", "anon:1"}}));
  const std::string note = store::encode_event(original.events[1]);
  const std::optional<std::string> note_redacted = store::redact_stored_event(note, plan);
  REQUIRE(note_redacted);
  CHECK(std::get<Note>(store::decode_event(*note_redacted)->payload).text.empty());
}

TEST_CASE("anonymise: the importer refuses an anonymisation the format does not allow") {
  const std::string json = export_book(mendtest::full_book());
  const std::string anonymised = "\"type\":\"anonymised\",\"reason\":\"request\"";
  REQUIRE(json.find(anonymised) != std::string::npos);
  auto replaced = [&](const std::string& from, const std::string& to) {
    std::string out = json;
    out.replace(out.rfind(from), from.size(), to);  // the last: the Anonymised event's
    return out;
  };
  const ImportResult bad_reason =
      import_book(replaced(anonymised, "\"type\":\"anonymised\",\"reason\":\"tidy\""));
  REQUIRE_FALSE(bad_reason.ok());
  CHECK(bad_reason.errors.front().where.find(".reason") != std::string::npos);
  const ImportResult bad_token = import_book(
      replaced("\"contact\":\"anon:0123456789abcdef01234567\"", "\"contact\":\"+41 79 555\""));
  REQUIRE_FALSE(bad_token.ok());
  CHECK(bad_token.errors.front().where.find(".contact") != std::string::npos);
}
