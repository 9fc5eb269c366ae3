// The owner's editors through the app: a managing role adds and changes the
// catalog, staff, roles, settings and playbooks, each saved and read back
// after a restart; bad input is refused by field and changes nothing; other
// roles are refused; removing what history names retires it.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "app/app.hpp"
#include "core/model/lookup.hpp"
#include "core/playbook/playbooks.hpp"
#include "core/sample/sample.hpp"
#include "support/desk.hpp"

using namespace mend;
using namespace mend::app;
using mendtest::Desk;
using mendtest::sign_in;

namespace {

// The sample business with a few cases, the owner signed in.
struct OwnerDesk : Desk {
  OwnerDesk() : Desk(make_sample_book(40, 5)) { sign_in(*this, "maya"); }
};

CatalogItem new_item(std::string name, Cents cost, Cents value) {
  CatalogItem item;
  item.name = std::move(name);
  item.category = "gesture";
  item.cost = cost;
  item.value = value;
  return item;
}

template <class T>
bool has_id(const std::vector<T>& records, std::string_view id) {
  return std::any_of(records.begin(), records.end(), [id](const T& r) { return r.id == id; });
}

Opened opened_of(const Desk& desk, const std::string& case_id) {
  const std::optional<Case> c = find_case(desk.state().book, case_id);
  REQUIRE(c);
  return *case_opened(*c);
}

}  // namespace

TEST_CASE(
    "editing: a new catalog item gets an id from its name, is saved, and survives a restart") {
  OwnerDesk desk;
  desk.run(RequestSaveItem{new_item("  Pot of tea ", 80, 450), true});
  const RecordSaved* saved = desk.outcome<RecordSaved>();
  REQUIRE(saved);
  CHECK(saved->id == "pot-of-tea");
  CHECK(desk.state().storage.unsaved.empty());
  desk.start();
  const CatalogItem* item = find_item(desk.state().book, "pot-of-tea");
  REQUIRE(item);
  CHECK(item->name == "Pot of tea");
  CHECK(item->value == 450);
}

TEST_CASE("editing: a negative cost is refused next to the cost, and nothing changes") {
  OwnerDesk desk;
  const std::vector<CatalogItem> before = desk.state().book.catalog;
  desk.run(RequestSaveItem{new_item("Pot of tea", -80, 450), true});
  const RecordRefused* refused = desk.outcome<RecordRefused>();
  REQUIRE(refused);
  CHECK(refused->kind == EditKind::Item);
  CHECK(refused->error.where == "cost");
  CHECK(desk.state().book.catalog == before);
  CHECK(desk.state().storage.unsaved.empty());
}

TEST_CASE("editing: a role that does not manage is refused every editor") {
  OwnerDesk desk;
  desk.run(RequestSignOut{});
  sign_in(desk, "kara");  // a manager: approves, does not manage
  desk.run(RequestSaveItem{new_item("Pot of tea", 80, 450), true});
  CHECK(desk.outcome<RecordRefused>());
  desk.run(RequestSaveSettings{desk.state().book.settings});
  CHECK(desk.outcome<RecordRefused>());
  desk.run(RequestRemoveRecord{EditKind::Staff, "ana"});
  CHECK(desk.outcome<RecordRefused>());
  CHECK(find_staff(desk.state().book, "ana"));
}

TEST_CASE("editing: a new member of staff needs a PIN, kept only as a slow hash, and can sign in") {
  OwnerDesk desk;
  Staff nia{"", "Nia Okafor", "staff", "", false};
  desk.run(RequestSaveStaff{nia, true, ""});
  REQUIRE(desk.outcome<RecordRefused>());
  CHECK(desk.outcome<RecordRefused>()->error.where == "pin");
  desk.run(RequestSaveStaff{nia, true, "12ab"});
  CHECK(desk.outcome<RecordRefused>()->error.where == "pin");
  desk.run(RequestSaveStaff{nia, true, "4682"});
  REQUIRE(desk.outcome<RecordSaved>());
  const Staff* saved = find_staff(desk.state().book, "nia-okafor");
  REQUIRE(saved);
  CHECK(saved->pin_hash.starts_with("$argon2id$"));
  CHECK(saved->pin_hash.find("4682") == std::string::npos);
  desk.start();
  desk.run(RequestSignIn{"nia-okafor", "4682"});
  CHECK(desk.state().staff_id == "nia-okafor");
}

TEST_CASE("editing: a PIN reset replaces the hash; an edit without one keeps it") {
  OwnerDesk desk;
  const std::string old_hash = find_staff(desk.state().book, "ana")->pin_hash;
  Staff ana = *find_staff(desk.state().book, "ana");
  ana.pin_hash = "forged";  // the view's copy is never trusted
  desk.run(RequestSaveStaff{ana, false, ""});
  CHECK(find_staff(desk.state().book, "ana")->pin_hash == old_hash);
  desk.run(RequestSaveStaff{ana, false, "97531"});
  CHECK(find_staff(desk.state().book, "ana")->pin_hash != old_hash);
  CHECK(desk.app->check_staff_pin("ana", "97531").verdict == PinVerdict::Right);
}

TEST_CASE("editing: a role with a lower limit is saved and limits its staff's grants") {
  OwnerDesk desk;
  desk.run(RequestSaveRole{Role{"", "Trainee", 500, 1000, false, false, false}, true});
  REQUIRE(desk.outcome<RecordSaved>());
  CHECK(desk.outcome<RecordSaved>()->id == "trainee");
  desk.run(RequestSaveRole{Role{"", "Bad", 500, 100, false, false, false}, true});
  REQUIRE(desk.outcome<RecordRefused>());
  CHECK(desk.outcome<RecordRefused>()->error.where == "per_day_limit");
  desk.run(RequestSaveStaff{Staff{"", "Tom Trainee", "trainee", "", false}, true, "2468"});
  REQUIRE(desk.outcome<RecordSaved>());
  desk.start();
  CHECK(role_of(desk.state().book, "tom-trainee")->per_case_limit == 500);
}

TEST_CASE("editing: removing what history names retires it; what nothing names is deleted") {
  OwnerDesk desk;
  // A member of staff who took cases is retired and can no longer sign in.
  desk.run(RequestRemoveRecord{EditKind::Staff, "ana"});
  REQUIRE(desk.outcome<RecordSaved>());
  CHECK(desk.outcome<RecordSaved>()->removed == Removed::Retired);
  CHECK(find_staff(desk.state().book, "ana")->retired);
  // A new item nobody granted is deleted, also from the store.
  desk.run(RequestSaveItem{new_item("Pot of tea", 80, 450), true});
  desk.run(RequestRemoveRecord{EditKind::Item, "pot-of-tea"});
  REQUIRE(desk.outcome<RecordSaved>());
  CHECK(desk.outcome<RecordSaved>()->removed == Removed::Deleted);
  desk.start();
  CHECK_FALSE(find_item(desk.state().book, "pot-of-tea"));
  CHECK(find_staff(desk.state().book, "ana")->retired);
}

TEST_CASE("editing: settings are checked by field, saved whole, and read back") {
  OwnerDesk desk;
  Settings s = desk.state().book.settings;
  s.currency = "euro";
  desk.run(RequestSaveSettings{s});
  REQUIRE(desk.outcome<RecordRefused>());
  CHECK(desk.outcome<RecordRefused>()->error.where == "currency");
  s.currency = "GBP";
  s.first_response_seconds = 300;
  s.vocabulary = default_vocabulary(Trade::RepairShop);
  desk.run(RequestSaveSettings{s});
  REQUIRE(desk.outcome<RecordSaved>());
  desk.start();
  CHECK(desk.state().book.settings.currency == "GBP");
  CHECK(desk.state().book.settings.first_response_seconds == 300);
  CHECK(desk.state().book.settings.vocabulary == default_vocabulary(Trade::RepairShop));
}

TEST_CASE("editing: a copied playbook's edit is a new version; an open case keeps its own") {
  OwnerDesk desk;
  Playbook copy = *latest_playbook(desk.state().book, "three-step");
  copy.id.clear();
  copy.name = "Our three steps";
  desk.run(RequestSavePlaybook{copy, true});
  REQUIRE(desk.outcome<RecordSaved>());
  CHECK(desk.outcome<RecordSaved>()->id == "our-three-steps");
  CHECK(desk.outcome<RecordSaved>()->version == 1);

  IntakeData intake;
  intake.customer_name = "Zoë";
  intake.playbook_id = "our-three-steps";
  desk.run(RequestOpenCase{intake});
  const std::string first = desk.state().selected_case;

  Playbook edited = *latest_playbook(desk.state().book, "our-three-steps");
  Step extra;
  extra.title = "Walk them to the door";
  edited.steps.push_back(extra);
  desk.run(RequestSavePlaybook{edited, false});
  REQUIRE(desk.outcome<RecordSaved>());
  CHECK(desk.outcome<RecordSaved>()->version == 2);
  const Playbook* v2 = latest_playbook(desk.state().book, "our-three-steps");
  CHECK(v2->steps.back().id == "walk-them-to-the-door");

  desk.run(RequestOpenCase{intake});
  const std::string second = desk.state().selected_case;
  desk.start();
  CHECK(opened_of(desk, first).playbook_version == 1);
  CHECK(opened_of(desk, second).playbook_version == 2);
  CHECK(latest_playbook(desk.state().book, "our-three-steps")->steps.size() == 4);
}

TEST_CASE("editing: a playbook with an untitled step or no steps is refused by field") {
  OwnerDesk desk;
  Playbook copy = *latest_playbook(desk.state().book, "three-step");
  copy.id.clear();
  copy.steps.push_back(Step{});
  desk.run(RequestSavePlaybook{copy, true});
  REQUIRE(desk.outcome<RecordRefused>());
  CHECK(desk.outcome<RecordRefused>()->error.where ==
        "steps[" + std::to_string(copy.steps.size() - 1) + "].title");
  copy.steps.clear();
  desk.run(RequestSavePlaybook{copy, true});
  REQUIRE(desk.outcome<RecordRefused>());
  CHECK(desk.outcome<RecordRefused>()->error.where == "steps");
  CHECK(desk.state().book.playbooks == make_sample_book(40, 5).playbooks);
}

TEST_CASE("editing: a retired member of staff can neither sign in nor approve") {
  OwnerDesk desk;
  desk.run(RequestRemoveRecord{EditKind::Staff, "kara"});
  CHECK(desk.app->check_staff_pin("kara", "1212").verdict == PinVerdict::UnknownStaff);
  desk.run(RequestSignOut{});
  desk.run(RequestSignIn{"kara", "1212"});
  CHECK_FALSE(desk.state().desk.signed_in);
}

TEST_CASE(
    "editing: a manager who removes themselves is retired and signed out; the last one cannot") {
  OwnerDesk desk;
  desk.run(RequestRemoveRecord{EditKind::Staff, "maya"});
  REQUIRE(desk.outcome<RecordRefused>());  // nobody else manages
  CHECK(desk.state().desk.signed_in);
  Role manager = *find_role(desk.state().book, "manager");
  manager.can_manage = true;
  desk.run(RequestSaveRole{manager, false});
  REQUIRE(desk.outcome<RecordSaved>());
  desk.run(RequestRemoveRecord{EditKind::Staff, "maya"});
  REQUIRE(desk.outcome<RecordSaved>());
  CHECK(find_staff(desk.state().book, "maya")->retired);
  CHECK_FALSE(desk.state().desk.signed_in);
}
