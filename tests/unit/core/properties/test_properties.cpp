// Properties that must hold for every book, checked on generated ones with
// fixed seeds (a failure names its seed, so it can be replayed): the codec
// round-trips, merging is a union (commutative, associative, idempotent on
// events), a case folds the same whatever order its events arrived in, its
// clocks depend on nothing but its events and now, and no sequence of grants
// passes an authority limit without a matching approval.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "core/base/ids.hpp"
#include "core/case/case_state.hpp"
#include "core/case/clocks.hpp"
#include "core/case/workflow.hpp"
#include "core/compensation/authority.hpp"
#include "core/json/book_json.hpp"
#include "core/model/lookup.hpp"
#include "core/sample/sample.hpp"

using namespace mend;

namespace {

constexpr int kSeeds = 12;

template <class T>
void shuffle(std::vector<T>& v, SeededRandom& r) {
  for (std::size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[r.below(i)]);
}

std::vector<Event> all_events(const Book& book) {
  std::vector<Event> out;
  for (const Case& c : book.cases) out.insert(out.end(), c.events.begin(), c.events.end());
  return out;
}

// The book with no cases: settings, catalog, staff, roles, playbooks.
Book setup_of(const Book& book) {
  Book b = book;
  b.cases = CaseTable{};
  return b;
}

// A book holding a random share of `book`'s events: whole cases or parts of
// them, each part with its case's Opened (as any device that has a case has).
Book random_part(const Book& book, SeededRandom& r) {
  Book part = setup_of(book);
  for (const Case& c : book.cases) {
    if (r.below(3) == 0) continue;
    part.cases.add_event(c.events.front());
    for (std::size_t i = 1; i < c.events.size(); ++i)
      if (r.below(2) == 0) part.cases.add_event(c.events[i]);
  }
  return part;
}

Book merged(const Book& a, const Book& b) {
  MergeResult m = merge_books(a, b, MergePolicy::Refuse);
  REQUIRE(m.ok());
  return *m.book;
}

// A string with what breaks codecs: quotes, escapes, controls, non-ASCII.
std::string awkward_text(SeededRandom& r) {
  static const std::vector<std::string> pieces = {
      "a",     " ",    "\"",      "\\", "/",         "\n",           "\t",        "\x01",
      "é",     "ß",    "日本",    "😀",  "e\xCC\x81", "\xE2\x80\x8F", "</script>", "{}",
      "[1,2]", "null", "\\u0000", "0",  "-1e308",    "%s%n",         "''",        "\r\n"};
  std::string out;
  const std::size_t n = r.below(12);
  for (std::size_t i = 0; i < n; ++i) out += pieces[r.below(pieces.size())];
  return out;
}

bool same_clock(const Clock& a, const Clock& b) {
  return a.started == b.started && a.due == b.due && a.stopped == b.stopped &&
         a.remaining == b.remaining && a.status == b.status;
}

}  // namespace

TEST_CASE("property: import(export(book)) == book for generated books, awkward text included") {
  for (int seed = 1; seed <= kSeeds; ++seed) {
    INFO("seed ", seed);
    SeededRandom r(static_cast<std::uint64_t>(seed) * 7919);
    Book book =
        make_sample_book(5 + static_cast<int>(r.below(40)), static_cast<std::uint64_t>(seed));
    book.settings.business_name = awkward_text(r);
    for (CatalogItem& item : book.catalog) item.name = awkward_text(r);
    // Words in every note of a few cases.
    Book awkward = setup_of(book);
    for (Case c : book.cases) {
      for (Event& e : c.events)
        if (auto* note = std::get_if<Note>(&e.payload)) note->text = awkward_text(r);
      awkward.cases.add_case(c);
    }
    const std::string json = export_book(awkward);
    const ImportResult back = import_book(json);
    REQUIRE(back.ok());
    CHECK(*back.book == awkward);
    CHECK(export_book(*back.book) == json);  // and the text is stable
  }
}

TEST_CASE("property: merging is commutative, associative and idempotent on events") {
  for (int seed = 1; seed <= kSeeds; ++seed) {
    INFO("seed ", seed);
    SeededRandom r(static_cast<std::uint64_t>(seed) * 104729);
    const Book whole = make_sample_book(20 + static_cast<int>(r.below(30)),
                                        static_cast<std::uint64_t>(seed) + 100);
    const Book a = random_part(whole, r);
    const Book b = random_part(whole, r);
    const Book c = random_part(whole, r);
    CHECK(merged(a, b) == merged(b, a));
    CHECK(merged(merged(a, b), c) == merged(a, merged(b, c)));
    CHECK(merged(a, a) == a);
    CHECK(merged(merged(a, b), b) == merged(a, b));
    // Nothing is invented: every merged event is one of the whole book's.
    const std::vector<Event> events = all_events(merged(merged(a, b), c));
    for (const Event& e : events) CHECK(whole.cases.has_event(e.case_id, e.id));
  }
}

TEST_CASE("property: a case folds the same whatever order its events arrived in") {
  for (int seed = 1; seed <= kSeeds; ++seed) {
    INFO("seed ", seed);
    SeededRandom r(static_cast<std::uint64_t>(seed) * 31337);
    const Book book = make_sample_book(15, static_cast<std::uint64_t>(seed) + 200);
    std::vector<Event> events = all_events(book);
    shuffle(events, r);
    Book again = setup_of(book);
    for (const Event& e : events) again.cases.add_event(e);
    REQUIRE(again == book);
    for (std::size_t i = 0; i < book.cases.size(); ++i) {
      const CaseState x = fold_case(book.cases.at(i));
      const CaseState y = fold_case(again.cases.at(i));
      CHECK(x.open == y.open);
      CHECK(x.closed_at == y.closed_at);
      CHECK(x.steps.size() == y.steps.size());
      CHECK(x.total_cost == y.total_cost);
      CHECK(x.recovered_at == y.recovered_at);
      CHECK(x.first_response_at == y.first_response_at);
      CHECK(x.reopen_count == y.reopen_count);
    }
  }
}

TEST_CASE("property: a case's clocks depend on its events and now, nothing else in the book") {
  for (int seed = 1; seed <= kSeeds; ++seed) {
    INFO("seed ", seed);
    const Book book = make_sample_book(25, static_cast<std::uint64_t>(seed) + 300);
    SeededRandom r(static_cast<std::uint64_t>(seed));
    for (std::size_t i = 0; i < book.cases.size(); i += 3) {
      const Case c = book.cases.at(i);
      Book alone = setup_of(book);
      alone.cases.add_case(c);
      const TimeMs now = c.events.front().at + static_cast<TimeMs>(r.below(10 * kMsPerDay));
      const CaseClocks in_book = case_clocks(book, c, now);
      const CaseClocks by_itself = case_clocks(alone, c, now);
      CHECK(same_clock(in_book.first_response, by_itself.first_response));
      CHECK(same_clock(in_book.recovery, by_itself.recovery));
      CHECK(same_clock(in_book.follow_up, by_itself.follow_up));
    }
  }
}

TEST_CASE("property: no sequence of grants passes a limit without a matching approval") {
  for (int seed = 1; seed <= kSeeds; ++seed) {
    INFO("seed ", seed);
    SeededRandom r(static_cast<std::uint64_t>(seed) * 65537);
    Book book = make_sample_setup();
    book.settings.segment_budgets.clear();
    TimeMs now = kSampleStart;
    std::vector<std::string> cases;
    for (int i = 0; i < 4; ++i) {
      Opened o;
      o.customer.name = "Customer";
      o.category = "delay";
      o.playbook_id = "three-step";
      const std::string id = new_id(now, r);
      REQUIRE(append_event(book, Event{new_id(now, r), id, now, book.staff[0].id, o}).ok());
      cases.push_back(id);
    }
    // What each actor granted without approval: per case, and per business day.
    std::map<std::pair<std::string, std::string>, Cents> per_case;
    std::map<std::pair<std::string, std::int64_t>, Cents> per_day;
    std::map<std::string, std::pair<std::string, Cents>> unapproved;  // grant id -> actor, cost
    std::map<std::string, std::pair<std::string, std::string>> grant_key;
    int accepted = 0, approved = 0;
    for (int step = 0; step < 300; ++step) {
      now += static_cast<TimeMs>(r.below(3 * kMsPerHour));
      const std::string& case_id = cases[r.below(cases.size())];
      const Staff& actor = book.staff[r.below(book.staff.size())];
      const CatalogItem& item = book.catalog[r.below(book.catalog.size())];
      const int qty = 1 + static_cast<int>(r.below(2));
      std::string approval_id;
      if (r.below(4) == 0) {  // sometimes a manager approves first
        const Staff& boss = book.staff[r.below(book.staff.size())];
        Event ap{new_id(now, r), case_id, now, boss.id,
                 Approval{actor.id, boss.id, item.id, item.cost * qty, "test"}};
        if (append_event(book, ap).ok()) approval_id = ap.id;
        now += 1;
      }
      if (r.below(6) == 0 && !unapproved.empty()) {  // or a grant is reversed
        auto it = unapproved.begin();
        std::advance(it, static_cast<long>(r.below(unapproved.size())));
        const auto [grant_case, grant_day] = grant_key[it->first];
        Event rev{new_id(now, r), grant_case, now, it->second.first,
                  GrantReversed{it->first, "test"}};
        if (append_event(book, rev).ok()) {
          per_case[{it->second.first, grant_case}] -= it->second.second;
          per_day[{it->second.first, std::stoll(grant_day)}] -= it->second.second;
          unapproved.erase(it);
        }
        continue;
      }
      const Cents cost = item.cost * qty;
      Event g{new_id(now, r), case_id, now, actor.id,
              Granted{item.id, qty, cost, item.value * qty, approval_id}};
      if (!append_event(book, g).ok()) continue;
      ++accepted;
      if (!approval_id.empty()) {
        ++approved;
        continue;  // over the limit is allowed with a matching approval (checked by the core)
      }
      const Role* role = role_of(book, actor.id);
      REQUIRE(role);
      const std::int64_t day = business_day(book.settings, now);
      per_case[{actor.id, case_id}] += cost;
      per_day[{actor.id, day}] += cost;
      CHECK(per_case[{actor.id, case_id}] <= role->per_case_limit);
      CHECK(per_day[{actor.id, day}] <= role->per_day_limit);
      unapproved[g.id] = {actor.id, cost};
      grant_key[g.id] = {case_id, std::to_string(day)};
    }
    CHECK(accepted > 10);  // the walk did grant things, within limits and over them
    CHECK(approved > 0);
  }
}
