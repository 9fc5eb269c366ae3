// The over-compensation guard: a modest failure warrants at most twice the
// catalog's generous value in total; severe and repeat ones have no ceiling.
#include <doctest/doctest.h>

#include "core/compensation/guards.hpp"
#include "core/compensation/recommend.hpp"
#include "core/sample/sample.hpp"

using namespace mend;

TEST_CASE("guards: more is not better for a modest failure") {
  const Cents generous = 3000;
  CHECK_FALSE(over_compensates(0, 6000, 2, false, generous));  // exactly the ceiling: fine
  CHECK(over_compensates(0, 6001, 2, false, generous));
  CHECK(over_compensates(0, 12000, 1, false, generous));
  CHECK(over_compensates(5000, 1500, 2, false, generous));  // what the case already holds counts
  CHECK_FALSE(over_compensates(4000, 1500, 2, false, generous));
}

TEST_CASE("guards: a severe or repeat failure deserves generosity; an empty catalog never warns") {
  CHECK_FALSE(over_compensates(0, 100000, 2, true, 3000));
  CHECK_FALSE(over_compensates(0, 100000, 3, false, 3000));
  CHECK_FALSE(over_compensates(0, 100000, 5, false, 3000));
  CHECK_FALSE(over_compensates(0, 100000, 1, false, 0));
}

TEST_CASE("guards: in the sample catalog a room upgrade over-compensates a severity-2 delay") {
  const Book book = make_sample_setup();
  const Cents generous = generous_value(book.catalog);
  const CatalogItem* upgrade = nullptr;
  const CatalogItem* dessert = nullptr;
  for (const CatalogItem& i : book.catalog) {
    if (i.id == "room-upgrade") upgrade = &i;
    if (i.id == "dessert") dessert = &i;
  }
  REQUIRE(upgrade);
  REQUIRE(dessert);
  CHECK(over_compensates(0, upgrade->value, 2, false, generous));
  CHECK_FALSE(over_compensates(0, dessert->value, 2, false, generous));
}
