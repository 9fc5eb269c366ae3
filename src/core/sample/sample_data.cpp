// The sample business: a small hotel with a bistro, which sees every kind of
// failure the app is for (delays, wrong orders, billing, noise, repairs).
#include "core/playbook/playbooks.hpp"
#include "core/sample/sample.hpp"

namespace mend {
namespace {

CatalogItem item(std::string id, std::string name, std::string category, Cents cost, Cents value,
                 std::vector<std::string> tags, std::vector<std::string> cats,
                 std::vector<std::string> segs = {}) {
  CatalogItem i;
  i.id = std::move(id);
  i.name = std::move(name);
  i.category = std::move(category);
  i.cost = cost;
  i.value = value;
  i.tags = std::move(tags);
  i.suits_categories = std::move(cats);
  i.suits_segments = std::move(segs);
  return i;
}

Step step(std::string id, std::string title, std::string guidance, std::string phrase,
          Record record, int target, std::vector<std::string> choices = {}) {
  return Step{std::move(id),
              std::move(title),
              std::move(guidance),
              {std::move(phrase)},
              record,
              std::move(choices),
              true,
              target};
}

}  // namespace

Book make_sample_setup() {
  Book b;
  Settings& s = b.settings;
  s.business_name = "Harbour Street Hotel & Bistro";
  s.currency = "EUR";
  // The generator's stories, channels, segments and tiers use these ids only.
  s.vocabulary = default_vocabulary(Trade::HotelAndRestaurant);
  s.utc_offset_minutes = 60;
  s.segment_budgets = {{"new", 2500}, {"regular", 5000}, {"business", 10000}, {"vip", 25000}};
  s.tier_annual_value = {{"low", 30000}, {"medium", 90000}, {"high", 250000}, {"top", 800000}};

  b.roles = {Role{"staff", "Staff", 2500, 10000, false, false},
             Role{"supervisor", "Supervisor", 7500, 30000, false, false},
             Role{"manager", "Manager", 25000, 150000, true, false},
             Role{"owner", "Owner", 100000, 1000000, true, true}};
  const char* clerks[][2] = {{"ana", "Ana Ruiz"},       {"ben", "Ben Okafor"},
                             {"chloe", "Chloe Martin"}, {"dev", "Dev Patel"},
                             {"emma", "Emma Novak"},    {"felix", "Felix Braun"},
                             {"grace", "Grace Lin"},    {"hugo", "Hugo Silva"}};
  for (const auto& c : clerks) b.staff.push_back(Staff{c[0], c[1], "staff", ""});
  b.staff.push_back(Staff{"ines", "Ines Moreau", "supervisor", ""});
  b.staff.push_back(Staff{"jon", "Jon Berg", "supervisor", ""});
  b.staff.push_back(Staff{"kara", "Kara Walsh", "manager", ""});
  b.staff.push_back(Staff{"liam", "Liam Costa", "manager", ""});
  b.staff.push_back(Staff{"maya", "Maya Harbour", "owner", ""});
  hash_sample_pins(b);

  b.catalog = {
      item("dessert", "Free dessert", "gesture", 250, 800, {"kids", "food", "treat"},
           {"delay", "wrong-order", "rude-staff"}),
      item("drinks", "Round of drinks on the house", "gesture", 600, 1800, {"social", "treat"},
           {"delay", "noise"}),
      item("voucher-10", "10% off the next visit", "voucher", 400, 1000, {"price"}, {}),
      item("delivery-refund", "Refund of the delivery fee", "refund", 450, 450, {"price", "time"},
           {"delay", "broken-promise"}),
      item("bill-fix", "Bill corrected and service charge waived", "refund", 1500, 2000, {"price"},
           {"billing"}),
      item("priority-repair", "Priority repair, same day", "service", 2000, 6000, {"time", "work"},
           {"defective-product", "repair-redo"}),
      item("loan-device", "Loan device while we repair", "service", 500, 4000, {"time", "work"},
           {"defective-product", "repair-redo"}),
      item("room-upgrade", "Room upgrade", "upgrade", 3000, 12000, {"comfort", "quiet", "occasion"},
           {"noise", "broken-promise", "room-not-ready"}, {"regular", "business", "vip"}),
      item("late-checkout", "Late check-out", "service", 0, 3000, {"time", "rest"},
           {"noise", "room-not-ready"}),
      item("note-gift", "Handwritten note and a small gift", "gesture", 800, 2500,
           {"personal", "occasion", "kids"}, {}),
      item("flowers", "Flowers to the room", "gift", 1500, 4000, {"occasion", "personal"}, {},
           {"regular", "vip"}),
      item("taxi", "Taxi home on us", "service", 2500, 4000, {"time", "family"},
           {"delay", "broken-promise"}),
      item("spa", "Spa voucher", "voucher", 2500, 8000, {"rest", "comfort"}, {},
           {"business", "vip"}),
      item("free-night", "One night free of charge", "refund", 9000, 15000, {"price", "comfort"},
           {"noise", "room-not-ready", "billing"}, {"business", "vip"}),
      item("manager-call", "Personal call from the manager", "gesture", 0, 1500,
           {"personal", "respect"}, {}),
      item("old-voucher", "5 euro voucher (retired)", "voucher", 500, 500, {"price"}, {}),
  };
  b.catalog[6].stock = 400;        // loan devices wear out: a real, finite pool
  b.catalog[7].stock = 2000;       // upgrades depend on free rooms
  b.catalog[10].budget = 2000000;  // flowers: a yearly budget
  b.catalog[15].active = false;

  Playbook ours;
  ours.id = "harbour-way";
  ours.name = "The Harbour way";
  ours.summary = "Our house style: sorry at once, fix it, a personal touch, and we learn from it.";
  ours.strict_order = true;
  ours.first_response_seconds = 45;
  ours.steps = {
      step("sorry", "Say sorry at once",
           "Apologise first, by name, before anything else. No \"but\".",
           "I'm so sorry, this should not have happened.", Record::Nothing, 45),
      step("fix", "Fix it", "Fix it now or say exactly when it will be fixed; record what you did.",
           "Here's what I'm doing right now.", Record::Note, kSecondsPerHour),
      step("touch", "Personal touch", "Add something that fits what this guest cares about.",
           "We'd like you to have this with our compliments.", Record::Choice, kSecondsPerDay,
           {"gesture from the catalog", "personal note", "guest declined"}),
  };
  b.playbooks.push_back(ours);  // version 1 (create_playbook's checks are for user input)
  Playbook v2 = ours;
  v2.version = 2;
  v2.steps.push_back(step("learn", "Learn from it", "Record why it happened and tell the team.",
                          "(to the team) What would have prevented this?", Record::Note,
                          3 * kSecondsPerDay));
  b.playbooks.push_back(v2);

  Playbook quick;
  quick.id = "quick-fix";
  quick.name = "Quick fix at the bar";
  quick.summary = "For small slips at the bistro bar.";
  quick.steps = {
      step("sorry", "Say sorry", "Apologise plainly.", "Sorry about that!", Record::Nothing, 30),
      step("replace", "Replace it", "Replace the drink or dish straight away.",
           "A fresh one is on its way.", Record::Nothing, 600)};
  b.playbooks.push_back(quick);
  return b;
}

}  // namespace mend
