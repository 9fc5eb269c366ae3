// What removing a record does (delete, or retire when history names it), ids
// from names, and what a retired role or member of staff may no longer do.
#include <doctest/doctest.h>

#include "core/base/ids.hpp"
#include "core/case/workflow.hpp"
#include "core/model/editing.hpp"
#include "core/model/lookup.hpp"
#include "core/sample/sample.hpp"
#include "support/fixtures.hpp"

using namespace mend;

namespace {

constexpr TimeMs kT0 = 1767268800000;  // 2026-01-01T12:00:00Z

// The sample's setup with one case: opened (and taken) by `opener`,
// then one event by `actor` with `payload`.
Book with_one_case(const std::string& opener, const std::string& actor, Payload payload) {
  Book b = make_sample_setup();
  SeededRandom r(5);
  Opened o;
  o.customer.name = "Ada";
  o.category = "delay";
  o.taken_by = opener;
  o.playbook_id = "heard";
  Case c;
  c.id = new_id(kT0, r);
  c.events.push_back(Event{new_id(kT0, r), c.id, kT0, opener, o});
  c.events.push_back(Event{new_id(kT0 + 1, r), c.id, kT0 + 1, actor, std::move(payload)});
  b.cases.add_case(c);
  return b;
}

Removal removal(const Result<Removal>& r) {
  REQUIRE(r.ok());
  return r.value();
}

std::string where(const Result<Removal>& r) {
  REQUIRE_FALSE(r.ok());
  return r.error().where;
}

}  // namespace

TEST_CASE("editing: an item an event names is retired, one never used is deleted") {
  Book b = mendtest::full_book();
  b.catalog.push_back(CatalogItem{"tea", "Tea", "gesture", 1, 2, {}, {}, {}, {}, {}, true});
  CHECK(removal(removal_of_item(b, "coffee")) == Removal::Retire);  // offered and granted
  CHECK(removal(removal_of_item(b, "refund")) == Removal::Retire);  // approved and granted
  CHECK(removal(removal_of_item(b, "tea")) == Removal::Delete);
  CHECK(where(removal_of_item(b, "cake")) == "id");
  CHECK(removal_of_item(b, "cake").error().why == "No such item.");

  // Each kind of mention on its own is enough.
  CHECK(removal(removal_of_item(with_one_case("ana", "ana", Offer{"spa", "a spa?"}), "spa")) ==
        Removal::Retire);
  CHECK(removal(removal_of_item(with_one_case("ana", "kara", Approval{"ana", "kara", "spa", 9, ""}),
                                "spa")) == Removal::Retire);
  CHECK(removal(removal_of_item(with_one_case("ana", "ana", Granted{"spa", 1, 2500, 8000, ""}),
                                "spa")) == Removal::Retire);
  CHECK(removal(removal_of_item(with_one_case("ana", "ana", Note{"spa"}), "spa")) ==
        Removal::Delete);
}

TEST_CASE("editing: staff who acted, asked or approved are retired, others deleted") {
  Book b = mendtest::full_book();
  b.staff.push_back(Staff{"zed", "Zed", "staff", ""});
  CHECK(removal(removal_of_staff(b, "ana")) == Removal::Retire);
  CHECK(removal(removal_of_staff(b, "max")) == Removal::Retire);
  CHECK(removal(removal_of_staff(b, "zed")) == Removal::Delete);
  CHECK(where(removal_of_staff(b, "nobody")) == "id");
  CHECK(removal_of_staff(b, "nobody").error().why == "No such person.");

  const Book asked = with_one_case("ana", "kara", Approval{"ben", "kara", "", 900, ""});
  CHECK(removal(removal_of_staff(asked, "ben")) == Removal::Retire);   // requested_by
  CHECK(removal(removal_of_staff(asked, "kara")) == Removal::Retire);  // approved_by and actor
  CHECK(removal(removal_of_staff(asked, "ana")) == Removal::Retire);   // opened it
  CHECK(removal(removal_of_staff(asked, "chloe")) == Removal::Delete);
}

TEST_CASE("editing: the last one who can manage can't be removed, nor their role") {
  Book b = make_sample_setup();
  CHECK(where(removal_of_staff(b, "maya")) == "id");
  CHECK(removal(removal_of_staff(b, "kara")) == Removal::Delete);
  CHECK(where(removal_of_role(b, "owner")) == "id");
  b.staff.push_back(Staff{"olga", "Olga", "owner", ""});
  CHECK(removal(removal_of_staff(b, "maya")) == Removal::Delete);
  CHECK(where(removal_of_role(b, "owner")) == "id");  // Olga holds it too: nobody would be left
  for (Role& r : b.roles) r.can_manage = r.can_manage || r.id == "manager";
  CHECK(removal(removal_of_role(b, "owner")) == Removal::Retire);
}

TEST_CASE("editing: a role someone holds is retired, one nobody holds deleted") {
  Book b = make_sample_setup();
  b.roles.push_back(Role{"night", "Night porter", 100, 100});
  b.roles.push_back(Role{"temp", "Temp", 100, 100});
  b.staff.push_back(Staff{"nia", "Nia", "night", "", true});  // retired, still holds it
  CHECK(removal(removal_of_role(b, "supervisor")) == Removal::Retire);
  CHECK(removal(removal_of_role(b, "night")) == Removal::Retire);
  CHECK(removal(removal_of_role(b, "temp")) == Removal::Delete);
  CHECK(where(removal_of_role(b, "chef")) == "id");
}

TEST_CASE("editing: id_from_name") {
  CHECK(id_from_name("Free dessert", "item", {}) == "free-dessert");
  CHECK(id_from_name("  10% off -- next visit! ", "item", {}) == "10-off-next-visit");
  CHECK(id_from_name("?!", "item", {}) == "item");
  CHECK(id_from_name("", "role", {"role"}) == "role-2");
  CHECK(id_from_name("Free dessert", "item", {"free-dessert", "free-dessert-2"}) ==
        "free-dessert-3");
  CHECK(id_from_name("Ana", "staff", {"ana-2"}) == "ana");
}

TEST_CASE("editing: retired staff and retired roles may not manage") {
  Book b = make_sample_setup();
  CHECK(may_manage(b, "maya"));
  CHECK_FALSE(may_manage(b, "kara"));
  b.staff.back().retired = true;  // Maya
  REQUIRE(b.staff.back().id == "maya");
  CHECK_FALSE(may_manage(b, "maya"));
  b.staff.back().retired = false;
  for (Role& r : b.roles) r.retired = r.id == "owner";
  CHECK_FALSE(may_manage(b, "maya"));
  b.staff.clear();
  CHECK(may_manage(b, "anyone"));  // a new book has nobody to ask
}

TEST_CASE("editing: a retired member of staff's approval is refused") {
  Book b = make_sample_setup();
  SeededRandom r(9);
  Opened o;
  o.customer.name = "Ada";
  o.category = "delay";
  o.taken_by = "ana";
  o.playbook_id = "heard";
  const std::string case_id = new_id(kT0, r);
  REQUIRE(append_event(b, Event{new_id(kT0, r), case_id, kT0, "ana", o}).ok());
  // Kara approves 50.00 of spa vouchers for Ana (over her 25.00 per case).
  const Event approval{new_id(kT0 + 1, r), case_id, kT0 + 1, "kara",
                       Approval{"ana", "kara", "spa", 5000, "twice let down"}};
  const Event grant{new_id(kT0 + 2, r), case_id, kT0 + 2, "ana",
                    Granted{"spa", 2, 5000, 16000, approval.id}};

  Staff& kara = b.staff[static_cast<std::size_t>(find_staff(b, "kara") - b.staff.data())];
  kara.retired = true;
  const Status refused = append_event(b, approval);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().where == "approved_by");
  CHECK(refused.error().why.find("no longer works here") != std::string::npos);

  // Given while she worked here, it can't be used once she's retired.
  kara.retired = false;
  REQUIRE(append_event(b, approval).ok());
  kara.retired = true;
  const Status late = append_event(b, grant);
  REQUIRE_FALSE(late.ok());
  CHECK(late.error().where == "approval_id");
  CHECK(late.error().why.find("no longer works here") != std::string::npos);
  kara.retired = false;
  CHECK(append_event(b, grant).ok());
}
