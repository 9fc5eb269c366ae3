#include <doctest/doctest.h>

#include <algorithm>

#include "core/base/ids.hpp"
#include "core/case/case_state.hpp"
#include "core/case/workflow.hpp"
#include "core/compensation/recommend.hpp"

using namespace mend;

namespace {

constexpr TimeMs kT0 = 1767268800000;

// The recommendation of `item_id`; fails the test when it is missing, so a
// check about it cannot pass by its absence.
const Recommendation& item_in(const std::vector<Recommendation>& list, const std::string& item_id) {
  for (const Recommendation& r : list)
    if (r.item_id == item_id) return r;
  FAIL("no recommendation for ", item_id);
  return list.front();
}

bool has_reason(const Recommendation& r, const std::string& part) {
  for (const auto& s : r.reasons) {
    if (s.find(part) != std::string::npos) return true;
  }
  return false;
}

struct Counter {
  Book book;
  SeededRandom rnd{41};
  std::string case_id;
  Counter() {
    book.roles.push_back(Role{"staff", "Staff", 1000, 5000, false});
    book.staff.push_back(Staff{"ann", "Ann", "staff", ""});
    auto item = [](std::string id, Cents cost, Cents value, std::vector<std::string> tags,
                   std::vector<std::string> cats, std::vector<std::string> segs) {
      CatalogItem i;
      i.id = std::move(id);
      i.name = i.id;
      i.cost = cost;
      i.value = value;
      i.tags = std::move(tags);
      i.suits_categories = std::move(cats);
      i.suits_segments = std::move(segs);
      return i;
    };
    book.catalog.push_back(item("kids-pack", 200, 800, {"kids"}, {"delay"}, {}));
    book.catalog.push_back(item("priority", 0, 1500, {"time"}, {"delay", "repair"}, {}));
    book.catalog.push_back(item("refund", 3000, 3000, {"price"}, {"billing"}, {}));
    book.catalog.push_back(item("vip-lounge", 500, 4000, {"quiet"}, {}, {"vip"}));
    book.catalog.push_back(item("mug", 300, 300, {}, {}, {}));
    CatalogItem gone = item("gone", 100, 900, {"time", "kids"}, {"delay"}, {});
    gone.stock = 0;
    book.catalog.push_back(gone);
    CatalogItem off = item("off", 1, 9999, {"time", "kids"}, {}, {});
    off.active = false;
    book.catalog.push_back(off);

    case_id = new_id(kT0, rnd);
    Opened o;
    o.customer.name = "Ada";
    o.customer.segment = "regular";
    o.customer.cares_about = {"time", "kids"};
    o.category = "delay";
    o.severity = 2;
    o.playbook_id = "heard";
    REQUIRE(append_event(book, Event{new_id(kT0, rnd), case_id, kT0, "ann", o}).ok());
  }
  std::vector<Recommendation> run() { return recommend(book, book.cases.at(0), "ann", kT0 + 1000); }
};

std::vector<std::string> ids(const std::vector<Recommendation>& rs) {
  std::vector<std::string> out;
  for (const auto& r : rs) out.push_back(r.item_id);
  return out;
}

}  // namespace

TEST_CASE("recommend: order, scores and reasons") {
  Counter c;
  auto rs = c.run();
  // priority: time(30) + delay(25) + free(30) + within(20) = 105
  // kids-pack: kids(30) + delay(25) + ratio 4.0 (40 -> capped 30) + within(20) = 105; tie -> by id
  // mug: any(5) + ratio 1.0 (10) + within(20) = 35
  // vip-lounge: any(5) - other segment(15) + 30 + within(20) = 40
  // refund: other failures(-20) + 10 - approval(10) = -20
  // gone: unavailable, last. off: inactive, not listed.
  CHECK(ids(rs) ==
        std::vector<std::string>{"kids-pack", "priority", "vip-lounge", "mug", "refund", "gone"});
  CHECK(rs[0].score == 105);
  CHECK(rs[1].score == 105);
  CHECK(rs[2].score == 40);
  CHECK(rs[3].score == 35);
  CHECK(rs[4].score == -20);
  CHECK(has_reason(rs[0], "matches what the customer cares about: kids"));
  CHECK(has_reason(rs[0], "suits delay failures"));
  CHECK(has_reason(rs[0], "(4.0x)"));
  CHECK(has_reason(rs[1], "costs the business nothing"));
  CHECK(has_reason(rs[2], "meant for other segments (vip)"));
  CHECK(rs[4].authority == Authority::NeedsApproval);
  CHECK(has_reason(rs[4], "needs approval: over the Staff per-case limit of 10.00 by 20.00"));
  CHECK_FALSE(rs[5].available);
  CHECK(has_reason(rs[5], "out of stock"));
  // The fit comes first; authority and stock follow, for screens that show
  // those on their own line to leave out.
  for (const Recommendation& r : rs) {
    REQUIRE(r.fit_reasons < r.reasons.size());
    for (std::size_t i = 0; i < r.fit_reasons; ++i)
      CHECK(r.reasons[i].find("authority") == std::string::npos);
    const std::string& next = r.reasons[r.fit_reasons];
    const bool about_authority = next.find("authority") != std::string::npos ||
                                 next.find("approval") != std::string::npos ||
                                 next.find("cannot be granted") != std::string::npos;
    CHECK(about_authority);
  }
}

TEST_CASE("recommend: the catalog's order changes nothing; grants and severity do") {
  Counter c;
  auto a = c.run();
  // Ties are broken by the items, not by where the catalog lists them.
  Counter reversed;
  std::reverse(reversed.book.catalog.begin(), reversed.book.catalog.end());
  auto b = reversed.run();
  REQUIRE(a.size() == b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    CHECK(a[i].item_id == b[i].item_id);
    CHECK(a[i].score == b[i].score);
    CHECK(a[i].reasons == b[i].reasons);
  }

  // After granting the kids pack, it drops below priority.
  REQUIRE(append_event(c.book, Event{new_id(kT0 + 500, c.rnd), c.case_id, kT0 + 500, "ann",
                                     Granted{"kids-pack", 1, 200, 800, ""}})
              .ok());
  auto after = c.run();
  CHECK(after[0].item_id == "priority");
  CHECK(has_reason(item_in(after, "kids-pack"), "already given"));

  // A severe failure favours generous items.
  Counter severe;
  Case worse = severe.book.cases.at(0);
  std::get<Opened>(worse.events[0].payload).severity = 5;
  severe.book.cases = CaseTable{};
  severe.book.cases.add_case(worse);
  auto sv = severe.run();
  const Recommendation& lounge = item_in(sv, "vip-lounge");
  CHECK(lounge.score == 50);
  CHECK(has_reason(lounge, "severe failure"));
}

TEST_CASE("recommend: with the app's ledger and folded case, the same as from the book") {
  Counter c;
  const Case k = c.book.cases.at(0);
  const auto from_book = c.run();
  const auto kept = recommend(c.book, Ledger::from_book(c.book), fold_case(k),
                              !prior_failures(c.book, k).empty(), "ann", kT0 + 1000);
  REQUIRE(kept.size() == from_book.size());
  for (std::size_t i = 0; i < kept.size(); ++i) {
    CHECK(kept[i].item_id == from_book[i].item_id);
    CHECK(kept[i].score == from_book[i].score);
    CHECK(kept[i].reasons == from_book[i].reasons);
  }
  // A repeat failure earns the generous items their bonus, as a severe one does.
  const auto repeat =
      recommend(c.book, Ledger::from_book(c.book), fold_case(k), true, "ann", kT0 + 1000);
  CHECK(has_reason(item_in(repeat, "vip-lounge"), "a generous gesture for a repeat failure"));
}

TEST_CASE("recommend: score_item is the one scoring, points from kRecommendWeights") {
  constexpr const RecommendWeights& w = kRecommendWeights;
  Customer ada;
  ada.segment = "regular";
  ada.cares_about = {"time", "kids"};
  CatalogItem item;
  item.id = "pack";
  item.cost = 100;
  item.value = 150;  // ratio 1.5: 15 points
  item.tags = {"kids", "time", "quiet"};
  item.suits_categories = {"delay"};
  item.suits_segments = {"vip"};
  const ItemFit fit{ada, "delay", 2, false, 10'000};
  std::vector<std::string> reasons;
  const int score = score_item(item, fit, &reasons);
  CHECK(score == 2 * w.per_matching_tag + w.suits_failure + w.meant_for_other_segments +
                     15 * w.per_unit_of_value_ratio / 10);
  CHECK(score_item(item, fit) == score);  // the reasons cost nothing when not asked for
  REQUIRE(reasons.size() == 4);
  CHECK(reasons[0] == "matches what the customer cares about: kids, time");
  CHECK(reasons[1] == "suits delay failures");
  CHECK(reasons[2] == "meant for other segments (vip)");
  CHECK(reasons[3] == "worth 1.50 to the customer for 1.00 (1.5x)");

  // Another failure, a severe one, and a generous item.
  const ItemFit severe{ada, "billing", w.severe_from, false, 150};
  CHECK(score_item(item, severe) ==
        2 * w.per_matching_tag + w.meant_for_other_failures + w.meant_for_other_segments +
            15 * w.per_unit_of_value_ratio / 10 + w.generous_when_deserved);
  // A free item gets the value cap; an item for anyone, the small "any" bonus.
  CatalogItem free_any;
  free_any.value = 500;
  CHECK(score_item(free_any, fit) == w.suits_any_failure + w.value_ratio_cap);
}

TEST_CASE("recommend: generous_value is the median value of the active catalog") {
  std::vector<CatalogItem> catalog(5);
  const Cents values[] = {900, 100, 500, 300, 99'999};
  for (std::size_t i = 0; i < catalog.size(); ++i) catalog[i].value = values[i];
  catalog[4].active = false;
  CHECK(generous_value(catalog) == 500);  // of 100, 300, 500, 900: the upper middle
  CHECK(generous_value({}) == 0);
}
