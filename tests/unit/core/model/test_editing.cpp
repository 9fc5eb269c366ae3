// The owner's editors' checks (core/model/editing.hpp): each refusal names
// the field as the book format does, so the editor can show it there.
#include <doctest/doctest.h>

#include "core/model/editing.hpp"
#include "core/model/lookup.hpp"
#include "core/sample/sample.hpp"

using namespace mend;

namespace {

std::string where(const Status& s) {
  REQUIRE_FALSE(s.ok());
  return s.error().where;
}

CatalogItem tea() {
  return CatalogItem{"tea", "Pot of tea", "gesture", 150, 400, {}, {}, {}, 10, 5000, true};
}

Role& role(Book& b, std::string_view id) {
  for (Role& r : b.roles)
    if (r.id == id) return r;
  FAIL("no role " << id);
  return b.roles.front();
}

}  // namespace

TEST_CASE("editing: a catalog item needs a name, a free key id, no negative amounts, a kind") {
  const Book b = make_sample_setup();
  CHECK(check_catalog_item(b, tea(), true).ok());
  CatalogItem t = tea();
  t.stock.reset();
  t.budget.reset();
  t.cost = 0;
  CHECK(check_catalog_item(b, t, true).ok());  // unlimited and free are fine

  t = tea();
  t.name = " \t";
  CHECK(where(check_catalog_item(b, t, true)) == "name");
  for (const char* bad : {"", "Tea", "tea pot", "tea_pot", "thé"}) {
    t = tea();
    t.id = bad;
    CHECK_MESSAGE(where(check_catalog_item(b, t, true)) == "id", bad);
  }
  t = tea();
  t.id = "dessert";  // the sample's own
  CHECK(where(check_catalog_item(b, t, true)) == "id");
  CHECK(check_catalog_item(b, t, false).ok());
  CHECK(where(check_catalog_item(b, tea(), false)) == "id");  // nothing to change

  t = tea();
  t.cost = -1;
  const Status cost = check_catalog_item(b, t, true);
  CHECK(where(cost) == "cost");
  CHECK(cost.error().why == "A cost can't be below zero.");
  t = tea();
  t.value = -1;
  CHECK(where(check_catalog_item(b, t, true)) == "value");
  t = tea();
  t.stock = -1;
  CHECK(where(check_catalog_item(b, t, true)) == "stock");
  t = tea();
  t.budget = -1;
  CHECK(where(check_catalog_item(b, t, true)) == "budget");
  t = tea();
  t.category = "  ";
  CHECK(where(check_catalog_item(b, t, true)) == "category");
}

TEST_CASE("editing: a role's limits are not negative and a day's is at least one case's") {
  const Book b = make_sample_setup();
  Role r{"trainee", "Trainee", 500, 500, false, false};
  CHECK(check_role(b, r, true).ok());
  r.name = "";
  CHECK(where(check_role(b, r, true)) == "name");
  r = Role{"Trainee", "Trainee", 500, 500};
  CHECK(where(check_role(b, r, true)) == "id");
  r = Role{"owner", "Owner again", 500, 500};
  CHECK(where(check_role(b, r, true)) == "id");
  r = Role{"trainee", "Trainee", -1, 500};
  CHECK(where(check_role(b, r, true)) == "per_case_limit");
  r = Role{"trainee", "Trainee", 0, -1};
  CHECK(where(check_role(b, r, true)) == "per_day_limit");
  r = Role{"trainee", "Trainee", 600, 500};
  const Status day = check_role(b, r, true);
  CHECK(where(day) == "per_day_limit");
  CHECK(day.error().why == "A day's limit can't be below one case's.");
}

TEST_CASE("editing: a role edit that leaves nobody able to manage is refused") {
  Book b = make_sample_setup();  // Maya, the owner, is the only manager
  Role owner = role(b, "owner");
  owner.can_manage = false;
  CHECK(where(check_role(b, owner, false)) == "can_manage");
  owner = role(b, "owner");
  owner.retired = true;
  CHECK(where(check_role(b, owner, false)) == "retired");
  owner.name = "Proprietor";
  owner.retired = false;
  CHECK(check_role(b, owner, false).ok());

  // Once the managers may manage too, the owner's role may stop.
  role(b, "manager").can_manage = true;
  owner.can_manage = false;
  CHECK(check_role(b, owner, false).ok());

  // Nobody to lose in a book without staff.
  Book empty = make_sample_setup();
  empty.staff.clear();
  owner = role(empty, "owner");
  owner.can_manage = false;
  CHECK(check_role(empty, owner, false).ok());
}

TEST_CASE("editing: staff hold an existing role in use, and someone still manages") {
  Book b = make_sample_setup();
  Staff zoe{"zoe", "Zoe Park", "staff", ""};
  CHECK(check_staff(b, zoe, true).ok());
  zoe.name = " ";
  CHECK(where(check_staff(b, zoe, true)) == "name");
  CHECK(where(check_staff(b, Staff{"ana", "Another Ana", "staff", ""}, true)) == "id");
  CHECK(where(check_staff(b, Staff{"Zoe", "Zoe", "staff", ""}, true)) == "id");
  CHECK(where(check_staff(b, Staff{"zoe", "Zoe", "chef", ""}, true)) == "role_id");
  role(b, "supervisor").retired = true;
  CHECK(where(check_staff(b, Staff{"zoe", "Zoe", "supervisor", ""}, true)) == "role_id");

  Staff maya = *find_staff(b, "maya");
  maya.role_id = "manager";
  CHECK(where(check_staff(b, maya, false)) == "role_id");
  maya = *find_staff(b, "maya");
  maya.retired = true;
  CHECK(where(check_staff(b, maya, false)) == "retired");
  maya.retired = false;
  maya.name = "Maya H.";
  CHECK(check_staff(b, maya, false).ok());

  // With Liam made an owner first, Maya may step down.
  Staff liam = *find_staff(b, "liam");
  liam.role_id = "owner";
  REQUIRE(check_staff(b, liam, false).ok());
  b.staff[static_cast<std::size_t>(find_staff(b, "liam") - b.staff.data())] = liam;
  maya.retired = true;
  CHECK(check_staff(b, maya, false).ok());

  // The first member of staff of a new book, whatever their role.
  Book empty = make_sample_setup();
  empty.staff.clear();
  CHECK(check_staff(empty, Staff{"ana", "Ana", "staff", ""}, true).ok());
}

TEST_CASE("editing: settings — name, currency, clock targets, offset, amounts") {
  const Settings good = make_sample_setup().settings;
  CHECK(check_settings(good).ok());
  CHECK(check_settings(Settings{}).ok());

  Settings s = good;
  s.business_name = "  ";
  CHECK(where(check_settings(s)) == "business_name");
  for (const char* bad : {"eur", "EURO", "E1R", "", "€"}) {
    s = good;
    s.currency = bad;
    CHECK_MESSAGE(where(check_settings(s)) == "currency", bad);
  }
  s = good;
  s.first_response_seconds = 0;
  CHECK(where(check_settings(s)) == "first_response_seconds");
  s = good;
  s.recovery_seconds = 30 * kSecondsPerDay;
  CHECK(check_settings(s).ok());
  s.recovery_seconds = 30 * kSecondsPerDay + 1;
  CHECK(where(check_settings(s)) == "recovery_seconds");
  s = good;
  s.follow_up_seconds = -5;
  CHECK(where(check_settings(s)) == "follow_up_seconds");
  s = good;
  s.utc_offset_minutes = -14 * 60;
  CHECK(check_settings(s).ok());
  s.utc_offset_minutes = 14 * 60 + 1;
  CHECK(where(check_settings(s)) == "utc_offset_minutes");
  s = good;
  s.segment_budgets["vip"] = -1;
  CHECK(where(check_settings(s)) == "segment_budgets.vip");
  s = good;
  s.tier_annual_value["top"] = -100;
  CHECK(where(check_settings(s)) == "tier_annual_value.top");
}

TEST_CASE("editing: settings — the vocabulary's ids, labels, a failure kind in use, the kiosk") {
  const Settings good = make_sample_setup().settings;
  REQUIRE(good.vocabulary.failure_kinds.size() > 2);
  Settings s = good;
  s.vocabulary.failure_kinds[2].label = " ";
  CHECK(where(check_settings(s)) == "vocabulary.failure_kinds[2].label");
  s = good;
  s.vocabulary.segments[0].id = "VIP";
  CHECK(where(check_settings(s)) == "vocabulary.segments[0].id");
  s = good;
  s.vocabulary.value_tiers.push_back(s.vocabulary.value_tiers[0]);
  const std::string dup =
      "vocabulary.value_tiers[" + std::to_string(s.vocabulary.value_tiers.size() - 1) + "].id";
  CHECK(where(check_settings(s)) == dup);
  s = good;
  s.vocabulary.channels.push_back(Term{"", "Carrier pigeon", false});
  CHECK(where(check_settings(s)).starts_with("vocabulary.channels["));

  s = good;
  for (Term& t : s.vocabulary.failure_kinds) t.retired = true;
  CHECK(where(check_settings(s)) == "vocabulary.failure_kinds");
  s.vocabulary.failure_kinds.back().retired = false;
  CHECK(check_settings(s).ok());

  s = good;
  std::erase_if(s.vocabulary.channels, [](const Term& t) { return t.id == kKioskChannel; });
  CHECK(where(check_settings(s)) == "vocabulary.channels");
}

TEST_CASE("editing: settings — the kiosk's words are said and short, its wait in range") {
  Settings s;
  REQUIRE(check_settings(s).ok());  // the default words pass
  s.kiosk_apology = "  ";
  CHECK(where(check_settings(s)) == "kiosk_apology");
  s.kiosk_apology = std::string(kMaxKioskWords + 1, 'a');
  CHECK(where(check_settings(s)) == "kiosk_apology");
  s.kiosk_apology = std::string(kMaxKioskWords, 'a');
  CHECK(check_settings(s).ok());
  // Counted as a customer reads them: 600 "é" are 1,200 bytes and still fit.
  s.kiosk_apology.clear();
  for (std::size_t i = 0; i < kMaxKioskWords; ++i) s.kiosk_apology += "\u00e9";
  CHECK(check_settings(s).ok());
  s.kiosk_apology += "\u00e9";
  CHECK(where(check_settings(s)) == "kiosk_apology");
  s.kiosk_apology = "We're sorry.";
  s.kiosk_next_steps = "";
  CHECK(where(check_settings(s)) == "kiosk_next_steps");
  s.kiosk_next_steps = "Someone will be with you.";
  for (int seconds : {kMinKioskIdleSeconds - 1, kMaxKioskIdleSeconds + 1, 0, -60}) {
    s.kiosk_idle_seconds = seconds;
    CHECK_MESSAGE(where(check_settings(s)) == "kiosk_idle_seconds", seconds);
  }
  for (int seconds : {kMinKioskIdleSeconds, 90, kMaxKioskIdleSeconds}) {
    s.kiosk_idle_seconds = seconds;
    CHECK_MESSAGE(check_settings(s).ok(), seconds);
  }
}
