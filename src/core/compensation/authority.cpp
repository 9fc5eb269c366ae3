#include "core/compensation/authority.hpp"

#include <algorithm>

namespace mend {
namespace {

constexpr int kMaxQuantity = 10000;
// With these bounds, cost x quantity and any sum of grants stay far from overflow.
constexpr Cents kMaxUnitCents = 100'000'000'000;  // one billion in major units

}  // namespace

std::int64_t business_day(const Settings& settings, TimeMs at) {
  return floor_div(at + settings.utc_offset_minutes * kMsPerMinute, kMsPerDay);
}

void Ledger::add_grant(const Settings& settings, const std::string& actor, TimeMs at,
                       const std::string& item_id, int quantity, Cents cost, bool approved) {
  ItemUse& u = items[item_id];
  u.quantity += quantity;
  u.cost += cost;
  // A free grant uses no allowance; leaving it out keeps the map canonical.
  if (!approved && cost != 0) own_per_day[{actor, business_day(settings, at)}] += cost;
}

void Ledger::remove_grant(const Settings& settings, const std::string& actor, TimeMs at,
                          const std::string& item_id, int quantity, Cents cost, bool approved) {
  if (auto u = items.find(item_id); u != items.end()) {
    u->second.quantity -= quantity;
    u->second.cost -= cost;
    if (u->second.quantity <= 0) items.erase(u);  // every live grant has quantity >= 1
  }
  if (approved || cost == 0) return;
  if (auto d = own_per_day.find({actor, business_day(settings, at)}); d != own_per_day.end()) {
    d->second -= cost;
    if (d->second == 0) own_per_day.erase(d);  // costs are never negative
  }
}

namespace {

// Whether c holds a reversal of grant_id other than the event with id
// `except_id`. By id, not address: callers pass their own copy of the event.
bool reversed_in(const Case& c, std::string_view grant_id, std::string_view except_id = {}) {
  return std::any_of(c.events.begin(), c.events.end(), [&](const Event& e) {
    const auto* r = std::get_if<GrantReversed>(&e.payload);
    return r && r->grant_id == grant_id && e.id != except_id;
  });
}

}  // namespace

void Ledger::apply_event(const Settings& settings, const Case& c, const Event& e) {
  if (const auto* g = std::get_if<Granted>(&e.payload)) {
    if (reversed_in(c, e.id)) return;
    add_grant(settings, e.actor, e.at, g->item_id, g->quantity, g->cost, !g->approval_id.empty());
  } else if (const auto* r = std::get_if<GrantReversed>(&e.payload)) {
    if (reversed_in(c, r->grant_id, e.id)) return;  // taken out already
    for (const Event& ge : c.events) {
      const auto* g = std::get_if<Granted>(&ge.payload);
      if (g && ge.id == r->grant_id)
        return remove_grant(settings, ge.actor, ge.at, g->item_id, g->quantity, g->cost,
                            !g->approval_id.empty());
    }
  }
}

Ledger Ledger::from_book(const Book& book) {
  Ledger l;
  for (const Case& c : book.cases) l.add_case(book.settings, c);
  return l;
}

void Ledger::add_case(const Settings& settings, const Case& c) {
  std::vector<const std::string*> reversed;
  for (const Event& e : c.events) {
    if (const auto* r = std::get_if<GrantReversed>(&e.payload)) reversed.push_back(&r->grant_id);
  }
  for (const Event& e : c.events) {
    const auto* g = std::get_if<Granted>(&e.payload);
    if (!g) continue;
    if (std::any_of(reversed.begin(), reversed.end(),
                    [&](const std::string* id) { return *id == e.id; }))
      continue;
    add_grant(settings, e.actor, e.at, g->item_id, g->quantity, g->cost, !g->approval_id.empty());
  }
}

std::optional<int> remaining_stock(const Ledger& ledger, const CatalogItem& item) {
  if (!item.stock) return std::nullopt;
  auto it = ledger.items.find(item.id);
  return *item.stock - (it == ledger.items.end() ? 0 : it->second.quantity);
}

std::optional<Cents> remaining_budget(const Ledger& ledger, const CatalogItem& item) {
  if (!item.budget) return std::nullopt;
  auto it = ledger.items.find(item.id);
  return *item.budget - (it == ledger.items.end() ? 0 : it->second.cost);
}

std::optional<int> remaining_stock(const Book& book, const CatalogItem& item) {
  if (!item.stock) return std::nullopt;
  return remaining_stock(Ledger::from_book(book), item);
}

std::optional<Cents> remaining_budget(const Book& book, const CatalogItem& item) {
  if (!item.budget) return std::nullopt;
  return remaining_budget(Ledger::from_book(book), item);
}

AuthorityCheck check_grant(const Book& book, const Case& c, const std::string& actor,
                           const CatalogItem& item, int quantity, TimeMs at) {
  return check_grant(book, Ledger::from_book(book), fold_case(c), actor, item, quantity, at);
}

AuthorityCheck check_grant(const Book& book, const Ledger& ledger, const CaseState& state,
                           const std::string& actor, const CatalogItem& item, int quantity,
                           TimeMs at) {
  AuthorityCheck r;
  auto refuse = [&](std::string why) {
    r.verdict = Authority::Refused;
    r.reasons.push_back(std::move(why));
  };
  if (quantity < 1 || quantity > kMaxQuantity) {
    refuse("quantity must be between 1 and " + std::to_string(kMaxQuantity));
    return r;
  }
  if (item.cost < 0 || item.value < 0 || item.cost > kMaxUnitCents || item.value > kMaxUnitCents) {
    refuse("\"" + item.name + "\" has an impossible cost or value in the catalog");
    return r;
  }
  r.cost = item.cost * quantity;
  r.value = item.value * quantity;

  r.stock_left = remaining_stock(ledger, item);
  r.budget_left = remaining_budget(ledger, item);

  if (!item.active) refuse("\"" + item.name + "\" is not offered any more");
  if (r.stock_left && *r.stock_left < quantity)
    refuse("\"" + item.name + "\" is out of stock (" + std::to_string(std::max(0, *r.stock_left)) +
           " left)");
  if (r.budget_left && *r.budget_left < r.cost)
    refuse("\"" + item.name + "\" is over its budget (" +
           format_cents(std::max<Cents>(0, *r.budget_left)) + " left)");
  const Role* role = role_of(book, actor);
  if (!role) {
    refuse("\"" + actor + "\" is not a member of staff with a role, so has no authority to grant");
    return r;
  }
  if (r.refused()) return r;

  for (const GrantRecord& g : state.grants) {
    if (!g.reversed && g.approval_id.empty() && g.actor == actor) r.per_case_used += g.cost;
  }
  auto day = ledger.own_per_day.find({actor, business_day(book.settings, at)});
  r.per_day_used = day == ledger.own_per_day.end() ? 0 : day->second;
  r.per_case_limit = role->per_case_limit;
  r.per_day_limit = role->per_day_limit;

  auto over = [&](Cents used_so_far, Cents limit, const std::string& what) {
    // A grant that costs nothing adds nothing to a limit already passed.
    Cents excess = used_so_far + r.cost - limit;
    if (excess <= 0 || r.cost == 0) return;
    r.verdict = Authority::NeedsApproval;
    r.over_by = std::max(r.over_by, excess);
    r.reasons.push_back("over the " + what + " of " + format_cents(limit) + " by " +
                        format_cents(excess));
  };
  over(r.per_case_used, r.per_case_limit, role->name + " per-case limit");
  over(r.per_day_used, r.per_day_limit, role->name + " per-day limit");
  auto seg = book.settings.segment_budgets.find(state.customer.segment);
  if (seg != book.settings.segment_budgets.end()) {
    r.segment_budget = seg->second;
    r.segment_used = state.total_cost;
    over(state.total_cost, seg->second,
         "\"" + state.customer.segment + "\" recovery budget per case");
  }
  return r;
}

Status check_approval(const Book& book, const Case& c, const CaseState& state,
                      const std::string& approval_id, const std::string& actor,
                      const std::string& item_id, Cents cost, TimeMs at) {
  const ApprovalRecord* a = state.find_approval(approval_id);
  if (!a) return Error{"approval_id", "no approval with id " + approval_id + " in case " + c.id};
  const Approval& ap = a->approval;
  if (a->at > at) return Error{"approval_id", "the approval is dated after the grant"};
  if (ap.requested_by != actor)
    return Error{"approval_id",
                 "the approval was requested by " + ap.requested_by + ", not by " + actor};
  const Role* role = role_of(book, ap.approved_by);
  if (!role || !role->can_approve)
    return Error{"approval_id", ap.approved_by + " may not approve grants"};
  // An approval given before its approver was retired is refused too: a
  // grant is checked when it is made, and they no longer work here then.
  if (const Staff* approver = find_staff(book, ap.approved_by); approver && approver->retired)
    return Error{"approval_id",
                 approver->name + " no longer works here (retired): their approval can't be used"};
  if (ap.approved_by == actor) return Error{"approval_id", "nobody can approve their own grant"};
  if (!ap.item_id.empty() && ap.item_id != item_id)
    return Error{"approval_id", "the approval is for item " + ap.item_id + ", not " + item_id};
  if (ap.amount < cost)
    return Error{"approval_id", "the approval covers " + format_cents(ap.amount) +
                                    " but the grant costs " + format_cents(cost)};
  // One approval, one grant, even once that grant is reversed: a manager
  // agreed to one decision, and a new grant is a new decision.
  for (const GrantRecord& g : state.grants) {
    if (g.approval_id == approval_id)
      return Error{"approval_id", "the approval is already used by grant " + g.event_id};
  }
  return ok_status();
}

}  // namespace mend
