// Empowerment within known limits: what a member of staff may grant on their
// own, what needs a manager, and what cannot be granted at all.
//
// Definitions:
// - Authority used (per case, per day) counts the actor's live grants made on
//   their own authority; grants backed by an Approval were authorised by the
//   approver and do not use up the actor's allowance.
// - The business day is the UTC day shifted by Settings::utc_offset_minutes.
//   All of the actor's own-authority grants dated that business day count,
//   whatever the case.
// - The segment budget counts every live grant in the case, approved or not:
//   it is the business's plan for how much one recovery of that segment costs.
// - Stock and budget of an item are allotments; what is left is derived:
//   allotted minus live (non-reversed) grants across the whole book.
// - An approval matches a grant when it is in the same case, not later than
//   the grant, requested_by is the granting actor, approved_by is a staff
//   member whose role can_approve (and not the requester), its item is the
//   grant's item (or empty), its amount covers the grant's cost, and no other
//   grant ever used it (a reversed one included: a new grant is a new decision).
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/base/money.hpp"  // format_cents, which lived here before
#include "core/base/result.hpp"
#include "core/case/case_state.hpp"
#include "core/model/lookup.hpp"  // find_staff, role_of and find_item, which lived here before
#include "core/model/model.hpp"

namespace mend {

enum class Authority { Within, NeedsApproval, Refused };

struct AuthorityCheck {
  Authority verdict = Authority::Within;
  std::vector<std::string> reasons;  // why approval is needed or why it is refused
  Cents cost = 0;                    // of this grant
  Cents value = 0;
  Cents per_case_used = 0, per_case_limit = 0;
  Cents per_day_used = 0, per_day_limit = 0;
  std::optional<Cents> segment_used, segment_budget;  // nullopt: no budget for the segment
  Cents over_by = 0;                 // the largest excess over any limit, when approval is needed
  std::optional<int> stock_left;     // before this grant; nullopt = unlimited
  std::optional<Cents> budget_left;  // before this grant; nullopt = unlimited
  bool within() const { return verdict == Authority::Within; }
  bool needs_approval() const { return verdict == Authority::NeedsApproval; }
  bool refused() const { return verdict == Authority::Refused; }
};

struct ItemUse {
  int quantity = 0;
  Cents cost = 0;
  bool operator==(const ItemUse&) const = default;
};

// Totals of live (non-reversed) grants across the whole book: what each
// item has used of its stock and budget, and what each member of staff has
// granted on their own authority per business day. Built once with
// from_book, then kept current with apply_event as events are appended, so
// checking a grant never rescans the book. Entries that come to nothing are
// dropped, so a ledger kept current equals one built afresh.
struct Ledger {
  std::map<std::string, ItemUse, std::less<>> items;                  // live grants by item
  std::map<std::pair<std::string, std::int64_t>, Cents> own_per_day;  // (actor, business day)

  // O(book): every event of every case, decoded one case at a time.
  static Ledger from_book(const Book& book);
  // The live grants of one case, for a pass over the book that decodes each
  // case once for several purposes (from_book is add_case for every case).
  void add_case(const Settings& settings, const Case& c);
  // O(events of c): `c` is the case after `e` was appended to it. Granted
  // adds; GrantReversed takes the reversed grant (found in c) back out. Events
  // may arrive in any order (a merge): a grant whose reversal is already in c
  // adds nothing, and a grant is taken out once however often it is reversed.
  // Business days follow `settings`; rebuild with from_book when the
  // business's UTC offset changes.
  void apply_event(const Settings& settings, const Case& c, const Event& e);
  // One grant's use, as apply_event records it (the sample generator keeps
  // its own conservative ledger with it).
  void add_grant(const Settings& settings, const std::string& actor, TimeMs at,
                 const std::string& item_id, int quantity, Cents cost, bool approved);
  bool operator==(const Ledger&) const = default;

 private:
  void remove_grant(const Settings& settings, const std::string& actor, TimeMs at,
                    const std::string& item_id, int quantity, Cents cost, bool approved);
};

std::int64_t business_day(const Settings& settings, TimeMs at);

// What is left of an item's stock or budget (nullopt = unlimited).
std::optional<int> remaining_stock(const Ledger& ledger, const CatalogItem& item);
std::optional<Cents> remaining_budget(const Ledger& ledger, const CatalogItem& item);
// Conveniences for the CLI and tests: they rebuild the ledger, O(book).
std::optional<int> remaining_stock(const Book& book, const CatalogItem& item);
std::optional<Cents> remaining_budget(const Book& book, const CatalogItem& item);

// `state` is the case folded (the app keeps it); the ledger is current.
AuthorityCheck check_grant(const Book& book, const Ledger& ledger, const CaseState& state,
                           const std::string& actor, const CatalogItem& item, int quantity,
                           TimeMs at);
// Convenience for the CLI and tests: folds the case and rebuilds the ledger, O(book).
AuthorityCheck check_grant(const Book& book, const Case& c, const std::string& actor,
                           const CatalogItem& item, int quantity, TimeMs at);

// Whether `approval_id` names an approval that covers this grant (rules above).
Status check_approval(const Book& book, const Case& c, const CaseState& state,
                      const std::string& approval_id, const std::string& actor,
                      const std::string& item_id, Cents cost, TimeMs at);

}  // namespace mend
