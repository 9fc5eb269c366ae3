#include <doctest/doctest.h>

#include "core/base/ids.hpp"
#include "core/case/case_state.hpp"
#include "core/case/workflow.hpp"
#include "core/compensation/authority.hpp"
#include "core/json/book_json.hpp"
#include "core/model/lookup.hpp"

using namespace mend;

namespace {

constexpr TimeMs kT0 = 1767268800000;  // 2026-01-01T12:00:00Z
constexpr TimeMs kHour = kMsPerHour;

struct Shop {
  Book book;
  SeededRandom rnd{21};
  TimeMs now = kT0;

  Shop() {
    book.roles.push_back(
        Role{"staff", "Staff", 2000, 3000, false});  // 20.00 per case, 30.00 per day
    book.roles.push_back(Role{"supervisor", "Supervisor", 5000, 20000, false});
    book.roles.push_back(Role{"manager", "Manager", 20000, 100000, true});
    book.staff.push_back(Staff{"ann", "Ann", "staff", ""});
    book.staff.push_back(Staff{"sue", "Sue", "supervisor", ""});
    book.staff.push_back(Staff{"max", "Max", "manager", ""});
    book.staff.push_back(Staff{"mia", "Mia", "manager", ""});
    book.catalog.push_back(
        CatalogItem{"dessert", "Free dessert", "gesture", 500, 900, {}, {}, {}, 3, {}, true});
    book.catalog.push_back(
        CatalogItem{"voucher", "Voucher", "voucher", 1500, 2500, {}, {}, {}, {}, 4000, true});
    book.catalog.push_back(
        CatalogItem{"refund", "Refund", "refund", 2500, 2500, {}, {}, {}, {}, {}, true});
    book.catalog.push_back(
        CatalogItem{"old", "Old thing", "gift", 100, 100, {}, {}, {}, {}, {}, false});
  }
  std::string open(std::string segment = "regular") {
    std::string id = new_id(now, rnd);
    Opened o;
    o.customer.name = "Ada";
    o.customer.segment = std::move(segment);
    o.category = "billing";
    o.playbook_id = "heard";
    REQUIRE(append_event(book, Event{new_id(now, rnd), id, now, "ann", o}).ok());
    return id;
  }
  Event event(const std::string& case_id, std::string actor, Payload p) {
    now += 1000;
    return Event{new_id(now, rnd), case_id, now, std::move(actor), std::move(p)};
  }
  Status grant(const std::string& case_id, const std::string& actor, const std::string& item,
               int qty = 1, std::string approval = "") {
    const CatalogItem* it = find_item(book, item);
    return append_event(
        book, event(case_id, actor, Granted{item, qty, it->cost * qty, it->value * qty, approval}));
  }
  std::string approve(const std::string& case_id, std::string requester, std::string approver,
                      Cents amount, std::string item = "") {
    Event e =
        event(case_id, approver, Approval{requester, approver, item, amount, "valued customer"});
    std::string id = e.id;
    REQUIRE(append_event(book, e).ok());
    return id;
  }
  AuthorityCheck check(const std::string& case_id, const std::string& actor,
                       const std::string& item, int qty = 1) {
    return check_grant(book, *find_case(book, case_id), actor, *find_item(book, item), qty, now);
  }
  std::string last_event_id(const std::string& case_id) {
    return find_case(book, case_id)->events.back().id;
  }
};

}  // namespace

TEST_CASE(
    "authority: within the per-case limit, then over it needs approval and says by how much") {
  Shop s;
  auto c = s.open();
  auto first = s.check(c, "ann", "voucher");
  CHECK(first.within());
  CHECK(first.cost == 1500);
  REQUIRE(s.grant(c, "ann", "voucher").ok());

  auto second = s.check(c, "ann", "dessert");  // 15 + 5 = 20: exactly at the limit is fine
  CHECK(second.within());
  REQUIRE(s.grant(c, "ann", "dessert").ok());

  auto third = s.check(c, "ann", "dessert");
  CHECK(third.needs_approval());
  CHECK(third.over_by == 500);
  REQUIRE_FALSE(third.reasons.empty());
  CHECK(third.reasons[0] == "over the Staff per-case limit of 20.00 by 5.00");
  auto refused = s.grant(c, "ann", "dessert");
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().where == "approval_id");
  CHECK(refused.error().why.find("per-case limit") != std::string::npos);

  // A supervisor has a larger limit of her own.
  CHECK(s.check(c, "sue", "dessert").within());
}

TEST_CASE("authority: a manager's approval lets the grant through and is recorded") {
  Shop s;
  auto c = s.open();
  REQUIRE(s.grant(c, "ann", "voucher").ok());
  auto ap = s.approve(c, "ann", "max", 2500, "refund");
  REQUIRE(s.grant(c, "ann", "refund", 1, ap).ok());
  CaseState st = fold_case(*find_case(s.book, c));
  REQUIRE(st.grants.size() == 2);
  CHECK(st.grants[1].approval_id == ap);
  CHECK(st.grants[1].approved_by == "max");
  CHECK(st.grants[1].actor == "ann");
  // Approved grants do not use up Ann's own allowance.
  CHECK(s.check(c, "ann", "dessert").per_case_used == 1500);

  // The same approval cannot be used twice.
  auto reuse = s.grant(c, "ann", "refund", 1, ap);
  REQUIRE_FALSE(reuse.ok());
  CHECK(reuse.error().why.find("already used") != std::string::npos);
}

TEST_CASE("authority: approvals that do not match are refused with the reason") {
  Shop s;
  auto c = s.open();
  REQUIRE(s.grant(c, "ann", "voucher").ok());

  auto small = s.approve(c, "ann", "max", 1000);
  auto r1 = s.grant(c, "ann", "refund", 1, small);
  REQUIRE_FALSE(r1.ok());
  CHECK(r1.error().why.find("covers 10.00 but the grant costs 25.00") != std::string::npos);

  auto for_sue = s.approve(c, "sue", "max", 5000);
  auto r2 = s.grant(c, "ann", "refund", 1, for_sue);
  REQUIRE_FALSE(r2.ok());
  CHECK(r2.error().why.find("requested by sue") != std::string::npos);

  auto other_item = s.approve(c, "ann", "max", 5000, "voucher");
  CHECK(s.grant(c, "ann", "refund", 1, other_item).error().why.find("for item voucher") !=
        std::string::npos);

  CHECK(s.grant(c, "ann", "refund", 1, "01ARZ3NDEKTSV4RRFFQ69G5FAV")
            .error()
            .why.find("no approval") != std::string::npos);

  // Only a role that can approve may approve, and never one's own request.
  auto by_sue = append_event(s.book, s.event(c, "sue", Approval{"ann", "sue", "", 5000, ""}));
  REQUIRE_FALSE(by_sue.ok());
  CHECK(by_sue.error().why.find("may not approve") != std::string::npos);
  CHECK_FALSE(append_event(s.book, s.event(c, "max", Approval{"max", "max", "", 5000, ""})).ok());
  // A manager's over-limit grant is approved by another manager.
  auto other = s.approve(c, "max", "mia", 30000);
  CHECK(s.grant(c, "max", "refund", 9, other).ok());
}

TEST_CASE(
    "authority: the per-day limit counts the actor's grants across cases on the business day") {
  Shop s;
  auto c1 = s.open();
  auto c2 = s.open();
  auto c3 = s.open();
  REQUIRE(s.grant(c1, "ann", "voucher").ok());  // 15 today
  REQUIRE(s.grant(c2, "ann", "voucher").ok());  // 30 today: at the daily limit
  auto over = s.check(c3, "ann", "dessert");
  CHECK(over.needs_approval());
  CHECK(over.per_day_used == 3000);
  CHECK(over.reasons[0].find("per-day limit of 30.00 by 5.00") != std::string::npos);
  CHECK_FALSE(s.grant(c3, "ann", "dessert").ok());
  auto ap = s.approve(c3, "ann", "max", 500);
  CHECK(s.grant(c3, "ann", "dessert", 1, ap).ok());

  // The next business day starts fresh (UTC here; 12:00 + 13h = 01:00 next day).
  s.now += 13 * kHour;
  CHECK(s.check(c3, "ann", "dessert").within());
}

TEST_CASE("authority: business days follow the UTC offset") {
  Settings utc;
  Settings ny;
  ny.utc_offset_minutes = -300;
  const TimeMs late_evening_ny = 1767229200000;  // 2026-01-01T01:00Z = 2025-12-31 20:00 in New York
  CHECK(business_day(utc, late_evening_ny) == business_day(utc, 1767225600000));
  CHECK(business_day(ny, late_evening_ny) == business_day(utc, 1767225600000) - 1);
  CHECK(business_day(utc, -1) == -1);  // floor, not truncation
}

TEST_CASE("authority: stock decreases with grants and a reversal restores it") {
  Shop s;
  auto c = s.open();
  const CatalogItem& dessert = *find_item(s.book, "dessert");
  CHECK(*remaining_stock(s.book, dessert) == 3);
  REQUIRE(s.grant(c, "sue", "dessert", 2).ok());
  CHECK(*remaining_stock(s.book, dessert) == 1);
  auto too_many = s.check(c, "sue", "dessert", 2);
  CHECK(too_many.refused());
  CHECK(too_many.reasons[0].find("out of stock (1 left)") != std::string::npos);
  CHECK_FALSE(s.grant(c, "sue", "dessert", 2).ok());

  const std::string gid = s.last_event_id(c);
  CHECK(append_event(s.book, s.event(c, "sue", GrantReversed{gid, ""})).error().where == "reason");
  REQUIRE(
      append_event(s.book, s.event(c, "sue", GrantReversed{gid, "customer left before dessert"}))
          .ok());
  CHECK(*remaining_stock(s.book, dessert) == 3);
  CHECK(fold_case(*find_case(s.book, c)).total_cost == 0);
  auto again = append_event(s.book, s.event(c, "sue", GrantReversed{gid, "twice"}));
  CHECK(again.error().why.find("already reversed") != std::string::npos);
  CHECK(append_event(s.book, s.event(c, "sue", GrantReversed{"nope", "x"})).error().where ==
        "grant_id");
  CHECK(s.grant(c, "sue", "dessert", 3).ok());
  CHECK(*remaining_stock(s.book, dessert) == 0);
  CHECK(remaining_stock(s.book, *find_item(s.book, "refund")) == std::nullopt);
}

TEST_CASE("authority: item budget, inactive items, unknown actors and bad quantities are refused") {
  Shop s;
  auto c1 = s.open();
  auto c2 = s.open();
  REQUIRE(s.grant(c1, "sue", "voucher", 2).ok());  // 30.00 of the 40.00 budget
  CHECK(*remaining_budget(s.book, *find_item(s.book, "voucher")) == 1000);
  auto over = s.check(c2, "sue", "voucher");
  CHECK(over.refused());
  CHECK(over.reasons[0].find("over its budget (10.00 left)") != std::string::npos);

  auto inactive = s.check(c2, "sue", "old");
  CHECK(inactive.refused());
  CHECK(inactive.reasons[0].find("not offered") != std::string::npos);
  CHECK(s.check(c2, "stranger", "refund").refused());
  CHECK(s.check(c2, "sue", "refund", 0).refused());
  CHECK(s.check(c2, "sue", "refund", 1000000).refused());

  // The recorded cost must be the catalog's.
  auto cheap = append_event(s.book, s.event(c2, "sue", Granted{"refund", 1, 1, 2500, ""}));
  CHECK(cheap.error().where == "cost");
}

TEST_CASE("authority: the segment budget per case needs approval when exceeded") {
  Shop s;
  s.book.settings.segment_budgets["new"] = 2000;
  auto c = s.open("new");
  REQUIRE(s.grant(c, "sue", "voucher").ok());
  auto over = s.check(c, "sue", "dessert", 2);  // 15 + 10 > 20 (within Sue's 50.00 per case)
  CHECK(over.needs_approval());
  REQUIRE(over.segment_budget);
  CHECK(*over.segment_budget == 2000);
  CHECK(over.over_by == 500);
  CHECK(over.reasons[0].find("\"new\" recovery budget") != std::string::npos);
  auto regular = s.open("regular");
  CHECK(s.check(regular, "sue", "dessert", 2).within());
}

TEST_CASE("authority: an approval must come before its grant, from the same case, and only once") {
  Shop s;
  auto c1 = s.open();
  auto c2 = s.open();
  REQUIRE(s.grant(c1, "ann", "voucher").ok());
  REQUIRE(s.grant(c2, "ann", "voucher").ok());

  // Approved in another case: refused, naming why.
  const std::string elsewhere = s.approve(c1, "ann", "max", 2500, "refund");
  const Status from_c1 = s.grant(c2, "ann", "refund", 1, elsewhere);
  REQUIRE_FALSE(from_c1.ok());
  CHECK(from_c1.error().where == "approval_id");
  INFO(from_c1.error().why);
  CHECK(from_c1.error().why.find("no approval") != std::string::npos);

  // Dated after the grant that cites it (a clock set wrong on one device).
  const std::string later = s.approve(c2, "ann", "max", 2500, "refund");
  const TimeMs approved_at = s.now;
  const CatalogItem* refund = find_item(s.book, "refund");
  const Event early{new_id(approved_at - 500, s.rnd), c2, approved_at - 500, "ann",
                    Granted{"refund", 1, refund->cost, refund->value, later}};
  const Status before = append_event(s.book, early);
  REQUIRE_FALSE(before.ok());
  INFO(before.error().why);
  CHECK(before.error().why.find("after") != std::string::npos);

  // Used, reversed, used again: an approval allows one grant, even a reversed one.
  REQUIRE(s.grant(c2, "ann", "refund", 1, later).ok());
  const std::string granted = s.last_event_id(c2);
  REQUIRE(append_event(s.book, s.event(c2, "ann", GrantReversed{granted, "wrong item"})).ok());
  const Status again = s.grant(c2, "ann", "refund", 1, later);
  REQUIRE_FALSE(again.ok());
  CHECK(again.error().why.find("already used") != std::string::npos);
}

TEST_CASE("authority: a reversed grant frees the allowance it used, per case and per day") {
  Shop s;
  auto c1 = s.open();
  auto c2 = s.open();
  REQUIRE(s.grant(c1, "ann", "voucher").ok());
  REQUIRE(s.grant(c2, "ann", "voucher").ok());  // 30.00 today: the daily limit
  CHECK(s.check(c2, "ann", "dessert").needs_approval());
  const std::string second = s.last_event_id(c2);
  REQUIRE(
      append_event(s.book, s.event(c2, "ann", GrantReversed{second, "customer declined"})).ok());
  const AuthorityCheck freed = s.check(c2, "ann", "dessert");
  CHECK(freed.within());
  CHECK(freed.per_day_used == 1500);
  CHECK(freed.per_case_used == 0);
}

TEST_CASE("authority: the per-day limit resets at the business's midnight, not UTC's") {
  Shop s;
  s.book.settings.utc_offset_minutes = -300;  // New York
  s.now = 1767240000000;                      // 2026-01-01T04:00Z = 23:00 on 31 Dec in New York
  auto c1 = s.open();
  auto c2 = s.open();
  REQUIRE(s.grant(c1, "ann", "voucher").ok());
  REQUIRE(s.grant(c2, "ann", "voucher").ok());  // the daily limit, on 31 Dec locally
  // 00:30 UTC's day is the same as before, but New York's day has turned.
  CHECK(s.check(c2, "ann", "dessert").needs_approval());
  s.now += 90 * kMsPerMinute;  // 05:30Z = 00:30 on 1 Jan in New York
  CHECK(s.check(c2, "ann", "dessert").within());
  // With no offset, the same instants are one UTC day: still over.
  s.book.settings.utc_offset_minutes = 0;
  CHECK(s.check(c2, "ann", "dessert").needs_approval());
}

TEST_CASE("authority: nobody approves their own request, and the refusal says so") {
  Shop s;
  auto c = s.open();
  const Status own = append_event(s.book, s.event(c, "max", Approval{"max", "max", "", 5000, ""}));
  REQUIRE_FALSE(own.ok());
  INFO(own.error().why);
  CHECK(own.error().why.find("own") != std::string::npos);
}

// Two devices that shared a book and then worked apart: each granted the last
// dessert in stock. Both gifts happened, so a merge keeps both grants; the
// stock then reads one over (never wraps or hides it), and nothing more of
// the item can be granted anywhere.
TEST_CASE("authority: two devices that both gave the last unit in stock keep both after a merge") {
  Shop s;
  const std::string c = s.open();
  REQUIRE(s.grant(c, "ann", "dessert", 2).ok());  // 1 of 3 left
  const Book shared = s.book;
  REQUIRE(s.grant(c, "ann", "dessert").ok());  // device A gives the last one
  const Book a = s.book;
  s.book = shared;
  s.now += 60 * 1000;
  REQUIRE(s.grant(c, "sue", "dessert").ok());  // device B, not knowing, does too
  const Book b = s.book;
  const MergeResult merged = merge_books(a, b);
  REQUIRE(merged.ok());
  CHECK(merged.conflicts.empty());
  CHECK(merged.added.events == 1);
  s.book = *merged.book;
  CHECK(remaining_stock(s.book, *find_item(s.book, "dessert")) == -1);
  CHECK(fold_case(*find_case(s.book, c)).grants.size() == 3);
  const AuthorityCheck next = s.check(c, "max", "dessert");
  CHECK(next.refused());
  CHECK(next.stock_left == -1);
  REQUIRE_FALSE(next.reasons.empty());
}

// Each device used the same approval for a grant of its own. A merge keeps
// both (they happened); the approval then counts as used, so it backs no third
// grant, and the reason says so.
TEST_CASE("authority: one approval used on two devices covers nothing more after a merge") {
  Shop s;
  const std::string c = s.open();
  const std::string approval = s.approve(c, "ann", "max", 2500, "refund");
  const Book shared = s.book;
  REQUIRE(s.grant(c, "ann", "refund", 1, approval).ok());
  const Book a = s.book;
  s.book = shared;
  s.now += 60 * 1000;
  REQUIRE(s.grant(c, "ann", "refund", 1, approval).ok());
  const MergeResult merged = merge_books(a, s.book);
  REQUIRE(merged.ok());
  s.book = *merged.book;
  const Case merged_case = *find_case(s.book, c);
  const CaseState state = fold_case(merged_case);
  CHECK(state.grants.size() == 2);
  const Status third =
      check_approval(s.book, merged_case, state, approval, "ann", "refund", 2500, s.now + 1000);
  REQUIRE_FALSE(third.ok());
  CHECK(third.error().where == "approval_id");
}

// Found by the browser soak: past a limit, an item that costs nothing (a
// personal call from the manager) asked for an approval of 0.00, which no
// approval can be, so it could never be given. It adds nothing: no approval.
TEST_CASE("authority: past a limit, a grant that costs nothing needs no approval") {
  Shop s;
  s.book.catalog.push_back(
      CatalogItem{"call", "Personal call", "gesture", 0, 1000, {}, {}, {}, {}, {}, true});
  auto c = s.open();
  REQUIRE(s.grant(c, "ann", "voucher").ok());
  REQUIRE(s.grant(c, "ann", "dessert").ok());            // exactly at the 20.00 per-case limit
  CHECK(s.check(c, "ann", "dessert").needs_approval());  // anything that costs more asks
  const AuthorityCheck call = s.check(c, "ann", "call");
  CHECK(call.within());
  CHECK(call.over_by == 0);
  CHECK(s.grant(c, "ann", "call").ok());
}
