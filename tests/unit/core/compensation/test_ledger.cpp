// The ledger kept current event by event equals the one built from the whole
// book: in time order (the app), out of order (a merge), and with a grant
// reversed twice (a file from elsewhere).
#include <doctest/doctest.h>

#include <algorithm>

#include "core/base/ids.hpp"
#include "core/case/workflow.hpp"
#include "core/compensation/authority.hpp"
#include "core/model/lookup.hpp"
#include "core/sample/sample.hpp"

using namespace mend;

namespace {

constexpr TimeMs kT0 = 1767268800000;  // 2026-01-01T12:00:00Z

std::vector<Event> in_time_order(const Book& book) {
  std::vector<Event> all;
  for (const Case& c : book.cases) all.insert(all.end(), c.events.begin(), c.events.end());
  std::sort(all.begin(), all.end(), [](const Event& x, const Event& y) { return x.id < y.id; });
  return all;
}

// A case of one item granted twice (once approved) and reversed.
struct Grants {
  Book book;
  SeededRandom rnd{31};
  Case c;
  Grants() {
    book.catalog.push_back(
        CatalogItem{"tea", "Tea", "gesture", 300, 900, {}, {}, {}, 10, 5000, true});
    book.catalog.push_back(CatalogItem{"nap", "Nap", "service", 0, 500, {}, {}, {}, {}, {}, true});
    c.id = new_id(kT0, rnd);
    Opened o;
    o.customer.name = "Ada";
    o.category = "delay";
    add(kT0, "ann", o);
  }
  std::string add(TimeMs at, std::string actor, Payload p) {
    c.events.push_back(Event{new_id(at, rnd), c.id, at, std::move(actor), std::move(p)});
    return c.events.back().id;
  }
};

// Applies the events of g.c in the given order to a ledger, each time with the
// case as it stands once that event is in (events kept sorted by id).
Ledger apply_in(const Grants& g, const std::vector<std::size_t>& order) {
  Ledger l;
  Case partial{g.c.id, {}};
  for (const std::size_t i : order) {
    const Event& e = g.c.events[i];
    const auto at = std::upper_bound(partial.events.begin(), partial.events.end(), e,
                                     [](const Event& a, const Event& b) { return a.id < b.id; });
    const auto stored = partial.events.insert(at, e);
    const std::size_t index = static_cast<std::size_t>(stored - partial.events.begin());
    l.apply_event(g.book.settings, partial, partial.events[index]);
  }
  return l;
}

Ledger from_case(const Grants& g) {
  Book b = g.book;
  b.cases.add_case(g.c);
  return Ledger::from_book(b);
}

}  // namespace

TEST_CASE("ledger: appending every event of a 2,000-case sample keeps it equal to from_book") {
  const Book sample = make_sample_book(2000, 5);
  Book replay = make_sample_setup();
  Ledger ledger = Ledger::from_book(replay);
  std::size_t n = 0, grants = 0, reversals = 0;
  for (const Event& e : in_time_order(sample)) {
    grants += std::holds_alternative<Granted>(e.payload);
    reversals += std::holds_alternative<GrantReversed>(e.payload);
    const Status st = append_event(replay, e, ledger);
    REQUIRE_MESSAGE(st.ok(), st.error().message());
    if (++n % 4000 == 0) REQUIRE(ledger == Ledger::from_book(replay));
  }
  CHECK(grants > 500);
  CHECK(reversals > 10);
  CHECK(replay == sample);
  CHECK(ledger == Ledger::from_book(sample));
  CHECK_FALSE(ledger.items.empty());
  CHECK_FALSE(ledger.own_per_day.empty());
}

TEST_CASE("ledger: apply_event alone, in time order, equals from_book") {
  const Book sample = make_sample_book(500, 6);
  Book grown = make_sample_setup();
  Ledger ledger;
  for (const Event& e : in_time_order(sample)) {
    REQUIRE(grown.cases.add_event(e));  // time order is id order: each is appended
    if (std::holds_alternative<Opened>(e.payload)) continue;
    const std::optional<Case> c = find_case(grown, e.case_id);
    REQUIRE(c);
    // A copy, as the app passes its own event, not the case's element: the
    // ledger must recognise the event by id, not by address.
    const Event copy = e;
    ledger.apply_event(grown.settings, *c, copy);
  }
  CHECK(ledger == Ledger::from_book(sample));
}

TEST_CASE("ledger: grants and reversals in any order, and a grant reversed twice") {
  Grants g;
  const std::string own = g.add(kT0 + 1000, "ann", Granted{"tea", 2, 600, 1800, ""});
  const std::string approval =
      g.add(kT0 + 2000, "max", Approval{"ann", "max", "tea", 900, "regular"});
  g.add(kT0 + 3000, "ann", Granted{"tea", 3, 900, 2700, approval});
  g.add(kT0 + 4000, "ann", Granted{"nap", 1, 0, 500, ""});
  g.add(kT0 + 5000, "max", GrantReversed{own, "declined"});
  const Ledger expected = from_case(g);
  REQUIRE(expected.items.at("tea").quantity == 3);
  CHECK(expected.items.at("tea").cost == 900);
  CHECK(expected.items.at("nap").quantity == 1);
  CHECK(expected.own_per_day.empty());  // the own grant is reversed; the nap cost nothing

  const std::vector<std::size_t> forward{0, 1, 2, 3, 4, 5};
  const std::vector<std::size_t> backward{5, 4, 3, 2, 1, 0};
  const std::vector<std::size_t> reversal_first{0, 5, 2, 3, 1, 4};
  CHECK(apply_in(g, forward) == expected);
  CHECK(apply_in(g, backward) == expected);
  CHECK(apply_in(g, reversal_first) == expected);

  // Reversed again (a file from elsewhere): still taken out once.
  g.add(kT0 + 6000, "max", GrantReversed{own, "declined, said twice"});
  CHECK(from_case(g) == expected);
  CHECK(apply_in(g, {0, 1, 2, 3, 4, 5, 6}) == expected);
  CHECK(apply_in(g, {6, 0, 1, 2, 3, 4, 5}) == expected);
  CHECK(apply_in(g, {0, 1, 2, 3, 4, 6, 5}) == expected);
}

TEST_CASE("ledger: remaining stock and budget from a ledger, or rebuilt from the book") {
  Grants g;
  g.add(kT0 + 1000, "ann", Granted{"tea", 4, 1200, 3600, ""});
  Book b = g.book;
  b.cases.add_case(g.c);
  const Ledger l = Ledger::from_book(b);
  const CatalogItem& tea = b.catalog[0];
  const CatalogItem& nap = b.catalog[1];
  CHECK(remaining_stock(l, tea) == 6);
  CHECK(remaining_budget(l, tea) == 3800);
  CHECK(remaining_stock(l, nap) == std::nullopt);
  CHECK(remaining_budget(l, nap) == std::nullopt);
  CHECK(remaining_stock(b, tea) == remaining_stock(l, tea));
  CHECK(remaining_budget(b, tea) == remaining_budget(l, tea));
}
