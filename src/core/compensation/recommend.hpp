// Ranks the compensation catalog for a case, saying why, so a clerk can
// decide fast and in the customer's favour within a known authority.
#pragma once
#include <string>
#include <vector>

#include "core/compensation/authority.hpp"
#include "core/model/model.hpp"

namespace mend {

struct Recommendation {
  std::string item_id;
  std::string name;
  int score = 0;  // higher is better; only the order is meaningful
  Authority authority = Authority::Within;
  bool available = true;  // false when refused (out of stock, over budget): listed last
  Cents cost = 0;
  Cents value = 0;
  std::vector<std::string> reasons;  // each says what raised or lowered the score
};

// Active items, best first: available before unavailable, then score, then
// id (so the order is stable for the same inputs). Points:
//   +30 per tag matching what the customer cares about
//   +25 suits the failure category (-20 meant for other failures, +5 any)
//   +15 suits the segment (-15 meant for other segments)
//   up to +30 for value-to-cost (10 per unit of ratio; free items get 30)
//   +10 generous item for a severe (4-5) failure or a repeat failure
//   +20 within the actor's authority, -10 needs approval
//   -20 already granted in this case
std::vector<Recommendation> recommend(const Book& book, const Case& c, const std::string& actor,
                                      TimeMs now);

}  // namespace mend
