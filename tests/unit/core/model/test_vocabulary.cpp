#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "core/model/model.hpp"
#include "core/model/vocabulary.hpp"

using namespace mend;

namespace {

constexpr Trade kTrades[] = {Trade::General,    Trade::Restaurant, Trade::Hotel,
                             Trade::RepairShop, Trade::Shop,       Trade::HotelAndRestaurant};

void check_list(const std::vector<Term>& terms) {
  CHECK_FALSE(terms.empty());
  std::set<std::string> ids;
  for (const Term& t : terms) {
    CHECK_FALSE(t.id.empty());
    CHECK_FALSE(t.label.empty());
    CHECK_FALSE(t.retired);  // a fresh business has nothing retired yet
    CHECK_MESSAGE(ids.insert(t.id).second, "duplicate id ", t.id);
  }
}

}  // namespace

TEST_CASE("vocabulary: every trade's defaults are complete, unique and offer the kiosk") {
  for (const Trade trade : kTrades) {
    CAPTURE(static_cast<int>(trade));
    const Vocabulary v = default_vocabulary(trade);
    check_list(v.failure_kinds);
    check_list(v.channels);
    check_list(v.segments);
    check_list(v.value_tiers);
    CHECK(find_term(v.channels, kKioskChannel) != nullptr);
    // Every trade can say "something else" rather than force a wrong kind.
    CHECK(find_term(v.failure_kinds, "other") != nullptr);
  }
}

TEST_CASE("vocabulary: the canonical ids replace the old screen's") {
  const Vocabulary v = default_vocabulary();
  for (const char* id : {"repair-redo", "delay", "rude-staff", "broken-promise", "billing"})
    CHECK_MESSAGE(find_term(v.failure_kinds, id) != nullptr, id);
  for (const char* old : {"redo-repair", "long-delay", "rude-moment"})
    CHECK_MESSAGE(find_term(v.failure_kinds, old) == nullptr, old);
}

TEST_CASE("vocabulary: a new book's settings carry the general defaults") {
  CHECK(Settings{}.vocabulary == default_vocabulary(Trade::General));
  CHECK(Book{}.settings.vocabulary == default_vocabulary());
}

TEST_CASE("vocabulary: term_label reads listed ids by label and unknown ids readably") {
  const Vocabulary v = default_vocabulary(Trade::Hotel);
  CHECK(term_label(v.failure_kinds, "room-not-ready") == "Room not ready");
  CHECK(term_label(v.channels, kKioskChannel) == "Kiosk");
  CHECK(term_label(v.failure_kinds, "wifi-down") == "Wifi down");
  CHECK(term_label(v.failure_kinds, "late_checkout") == "Late checkout");
  CHECK(term_label({}, "x") == "X");
  CHECK(term_label({}, "") == "");
  // A term listed without a label still reads as something.
  CHECK(term_label({Term{"no-label", "", false}}, "no-label") == "No label");
  CHECK(readable_id("long-delay") == "Long delay");
}
