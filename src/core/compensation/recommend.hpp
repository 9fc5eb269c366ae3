// Ranks the compensation catalog for a case, saying why, so a clerk can
// decide fast and in the customer's favour within a known authority.
//
// Sections: 1. the points  2. scoring one item  3. ranking the catalog
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/case/case_state.hpp"
#include "core/compensation/authority.hpp"
#include "core/model/model.hpp"

namespace mend {

// ---- 1. the points -----------------------------------------------------------
// Every weight the recommender (and the sample generator, which chooses what a
// desk would grant) uses. Only the order of scores is meaningful.
struct RecommendWeights {
  // What the customer told us they care about makes a gesture personal: the
  // strongest signal, per matching tag.
  int per_matching_tag = 30;
  // An item meant for this kind of failure repairs the actual harm; a general
  // item fits a little; an item meant for other failures misreads the case.
  int suits_failure = 25;
  int suits_any_failure = 5;
  int meant_for_other_failures = -20;
  // Segment fit matters less than failure fit: it is about who, not what.
  int suits_segment = 15;
  int meant_for_other_segments = -15;
  // Value to the customer per unit of cost to the business, in points per
  // unit of ratio, capped so a cheap trinket cannot outrank a fitting fix; an
  // item that costs nothing gets the cap.
  int per_unit_of_value_ratio = 10;
  int value_ratio_cap = 30;
  // A severe (4-5) or repeat failure deserves a generous gesture: items
  // worth at least the catalog's median value.
  int generous_when_deserved = 10;
  int severe_from = 4;
  // Within the clerk's own authority it can be granted now, while the
  // customer is still there; needing a manager costs time.
  int within_authority = 20;
  int needs_approval = -10;
  // The same thing twice in one case feels like a formula, not an apology.
  int already_granted = -20;
};
inline constexpr RecommendWeights kRecommendWeights{};

// ---- 2. scoring one item ----------------------------------------------------------
// What scoring needs to know about the case: who, what went wrong, how badly.
struct ItemFit {
  const Customer& customer;
  std::string_view failure_kind;
  int severity = 2;
  bool repeat_failure = false;
  Cents generous_value = 0;  // see generous_value()
};

// The value at or above which an item counts as generous: the median value of
// the active catalog (0 when nothing is active).
Cents generous_value(const std::vector<CatalogItem>& catalog);

// How well an item fits the customer and the failure (tags, failure kind,
// segment, value for cost, generosity), before authority and what the case
// already holds. With `reasons`, appends a sentence for each point given or
// taken; without, allocates nothing.
int score_item(const CatalogItem& item, const ItemFit& fit,
               std::vector<std::string>* reasons = nullptr);

// ---- 3. ranking the catalog ---------------------------------------------------------
struct Recommendation {
  std::string item_id;
  std::string name;
  int score = 0;  // higher is better; only the order is meaningful
  Authority authority = Authority::Within;
  bool available = true;  // false when refused (out of stock, over budget): listed last
  Cents cost = 0;
  Cents value = 0;
  std::vector<std::string> reasons;  // each says what raised or lowered the score
  // The first fit_reasons of them are about the item's fit to this customer
  // and case; the rest repeat its authority and stock, which a screen that
  // shows those on their own line leaves out.
  std::size_t fit_reasons = 0;
};

// Active items, best first: available before unavailable, then score, then
// id (so the order is stable for the same inputs). score_item's points, plus
// authority (within / needs approval) and already granted in this case.
// `state` is the folded case; `repeat_failure` whether the customer was failed
// before (the app keeps both; see prior_failures).
std::vector<Recommendation> recommend(const Book& book, const Ledger& ledger,
                                      const CaseState& state, bool repeat_failure,
                                      const std::string& actor, TimeMs now);
// Convenience for the CLI and tests: folds the case, rebuilds the ledger and
// scans the book for earlier failures, so it costs O(book) per call.
std::vector<Recommendation> recommend(const Book& book, const Case& c, const std::string& actor,
                                      TimeMs now);

}  // namespace mend
