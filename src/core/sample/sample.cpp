// The generator walks each case forward in time, choosing what a busy desk
// would do, and keeps its own running totals of grants so it stays within
// the authority rules without rescanning the book (linear in case count).
//
// Its totals are deliberately conservative (reversed grants still count) so
// that replaying all events in time order through append_event accepts every
// one: whatever the validator sees on a given day is a subset of what the
// generator counted.
#include "core/sample/sample.hpp"

#include <algorithm>
#include <initializer_list>
#include <iterator>
#include <map>
#include <utility>

#include "core/base/ids.hpp"
#include "core/compensation/authority.hpp"
#include "core/compensation/recommend.hpp"
#include "core/model/lookup.hpp"
#include "core/playbook/playbooks.hpp"

namespace mend {
namespace {

constexpr TimeMs kSec = kMsPerSecond, kMin = kMsPerMinute, kHour = kMsPerHour, kDay = kMsPerDay;

// Weighted choice. Tables are initializer lists of literals so the hot loop
// allocates nothing to choose.
template <class T, class Table>
T pick_from(SeededRandom& r, const Table& weighted) {
  int total = 0;
  for (const auto& w : weighted) total += w.second;
  int x = static_cast<int>(r.below(static_cast<std::uint64_t>(total)));
  for (const auto& w : weighted) {
    if (x < w.second) return w.first;
    x -= w.second;
  }
  return std::prev(weighted.end())->first;
}

template <class T>
T pick(SeededRandom& r, std::initializer_list<std::pair<T, int>> weighted) {
  return pick_from<T>(r, weighted);
}

template <class T>
const T& any(SeededRandom& r, const std::vector<T>& v) {
  return v[r.below(v.size())];
}

bool chance(SeededRandom& r, int percent) {
  return r.below(100) < static_cast<std::uint64_t>(percent);
}

struct Story {
  const char* category;
  int weight;
  const char* words;
  const char* wants;
  const char* fix;
};

// Failure categories with a Pareto-like spread, and what such a case sounds like.
const Story kStories[] = {
    {"delay", 25, "We waited over an hour for our food and nobody told us why.",
     "To eat soon, and not pay for the wait.",
     "Brought their mains out first and took the drinks off the bill."},
    {"billing", 15, "I've been charged twice for the same night.",
     "The extra charge refunded today.",
     "Voided the duplicate charge and emailed the corrected invoice."},
    {"wrong-order", 12, "This isn't what I ordered. I said no nuts, my son is allergic.",
     "The right dish, safely made.",
     "Remade the dish from scratch with a clean station; chef checked it."},
    {"room-not-ready", 10, "We've been waiting two hours in the lobby with the kids.",
     "Our room, now.", "Gave them the first ready room and sent drinks to the lobby."},
    {"noise", 10, "There was drilling next door from seven in the morning.",
     "A quiet room to sleep in.", "Moved them to a quiet room on the top floor."},
    {"defective-product", 8, "The kettle in my room sparks when I switch it on.",
     "A working one, and to know it's safe.",
     "Replaced the kettle and had maintenance check the socket."},
    {"broken-promise", 8, "I was promised a sea view when I booked. This room faces the car park.",
     "The room I booked.", "Moved them to a sea-view room within the hour."},
    {"repair-redo", 6, "You fixed the shower yesterday and it's leaking again.",
     "Fixed properly this time.", "Plumber replaced the valve; tested it with the guest."},
    {"rude-staff", 6, "The man at the bar rolled his eyes and told me to wait my turn.",
     "An apology, honestly.", "Apologised in person and spoke with the team member."},
};

const Story& pick_story(SeededRandom& r) {
  int total = 0;
  for (const Story& s : kStories) total += s.weight;
  int x = static_cast<int>(r.below(static_cast<std::uint64_t>(total)));
  for (const Story& s : kStories) {
    if (x < s.weight) return s;
    x -= s.weight;
  }
  return kStories[0];
}

// How the desk would describe the cause once they look into it.
const std::vector<std::pair<const char*, int>> kCauses{
    {"understaffed", 30}, {"booking-system", 15}, {"supplier", 12}, {"training", 12},
    {"maintenance", 10},  {"communication", 14},  {"process", 7}};

struct Customer2 {
  Customer customer;
  int cases = 0;
};

Customer make_customer(SeededRandom& r, int n) {
  static const std::vector<std::string> first{
      "Olivia", "Noah", "Amelia", "Leo",  "Isla", "Oscar", "Ava",    "Arthur", "Mia",  "Jack",
      "Sofia",  "Luca", "Zara",   "Omar", "Chen", "Priya", "Tomasz", "Elena",  "Kofi", "Ines"};
  static const std::vector<std::string> last{"Smith",  "Jones", "Kowalski", "Garcia", "Nguyen",
                                             "Murphy", "Rossi", "Khan",     "Dubois", "Larsen",
                                             "Okoye",  "Silva", "Weber",    "Tanaka"};
  static const std::vector<std::string> tags{"time",    "kids",     "price",    "quiet", "comfort",
                                             "food",    "occasion", "personal", "work",  "rest",
                                             "respect", "family",   "treat",    "social"};
  Customer c;
  const std::string& f = any(r, first);
  const std::string& l = any(r, last);
  c.name = f + " " + l;
  if (chance(r, 55)) {
    c.contact = f + "." + l + std::to_string(n) + "@example.com";
  } else {
    std::string digits = std::to_string(1000000 + n);
    c.contact = "+44 7700 " + digits.substr(digits.size() - 6);
  }
  c.segment = pick<const char*>(r, {{"new", 25}, {"regular", 45}, {"business", 20}, {"vip", 10}});
  c.value_tier = c.segment == "vip"        ? pick<const char*>(r, {{"high", 40}, {"top", 60}})
                 : c.segment == "business" ? pick<const char*>(r, {{"medium", 50}, {"high", 50}})
                 : c.segment == "new"
                     ? std::string("low")
                     : pick<const char*>(r, {{"low", 40}, {"medium", 45}, {"high", 15}});
  c.tenure_months = c.segment == "new" ? 0 : static_cast<int>(r.below(120)) + 1;
  const int n_tags = 1 + static_cast<int>(r.below(3));
  for (int i = 0; i < n_tags; ++i) {
    const std::string& t = any(r, tags);
    if (std::find(c.cares_about.begin(), c.cares_about.end(), t) == c.cares_about.end())
      c.cares_about.push_back(t);
  }
  return c;
}

// The same person typing their contact differently next time: normalisation
// has to see through it.
std::string retyped(SeededRandom& r, const std::string& contact) {
  if (!chance(r, 50)) return contact;
  std::string out = contact;
  if (contact.find('@') != std::string::npos) {
    for (char& ch : out) ch = (ch >= 'a' && ch <= 'z') ? static_cast<char>(ch - 'a' + 'A') : ch;
    return " " + out;
  }
  out.erase(std::remove(out.begin(), out.end(), ' '), out.end());
  return out;
}

struct Generator {
  Book book;
  SeededRandom r;
  Ledger ledger;  // conservative: reversed grants are never taken back out
  std::vector<const Staff*> desk, approvers;
  Cents generous = 0;           // see generous_value()
  TimeMs start = kSampleStart;  // the year of cases begins here

  Generator(std::uint64_t seed, TimeMs year_start)
      : book(make_sample_setup()),
        r(seed),
        generous(generous_value(book.catalog)),
        start(year_start) {
    for (const Staff& s : book.staff) {
      const Role* role = role_of(book, s.id);
      if (role->can_approve) approvers.push_back(&s);
      if (s.role_id != "owner") desk.push_back(&s);
    }
  }

  const Playbook* choose_playbook(bool second_half) {
    const std::string id = pick<const char*>(r, {{"three-step", 20},
                                                 {"heard", 15},
                                                 {"four-step", 10},
                                                 {"fix-and-surprise", 10},
                                                 {"harbour-way", 15},
                                                 {"quick-fix", 4},
                                                 {"latte", 5},
                                                 {"heart", 5},
                                                 {"learn", 4},
                                                 {"blast", 4},
                                                 {"eight-step", 4},
                                                 {"four-skills", 4}});
    if (id == "harbour-way") return find_playbook(book, id, second_half ? 2 : 1);
    return latest_playbook(book, id);
  }

  // The best-fitting active item by the recommender's own scoring, with a
  // little noise on top (less than a segment's fit) so close items take turns
  // and not every case gets the same.
  const CatalogItem* choose_item(const ItemFit& fit) {
    constexpr std::uint64_t kJitter = kRecommendWeights.suits_segment;
    const CatalogItem* best = nullptr;
    int best_score = 0;
    for (const CatalogItem& i : book.catalog) {
      if (!i.active) continue;
      const int score = score_item(i, fit) + static_cast<int>(r.below(kJitter));
      if (!best || score > best_score) best_score = score, best = &i;
    }
    return best;
  }

  void run(int case_count);
};

struct CaseWriter {
  Generator& g;
  Case c;
  TimeMs t;
  std::string handler;
  Cents own_in_case = 0, all_in_case = 0;

  std::string add(TimeMs step, std::string actor, Payload p) {
    t += step;
    c.events.push_back(Event{new_id(t, g.r), c.id, t, std::move(actor), std::move(p)});
    return c.events.back().id;
  }
  void grant(const Opened& opened, bool repeat_failure);
};

void CaseWriter::grant(const Opened& opened, bool repeat_failure) {
  const Customer& customer = opened.customer;
  const CatalogItem* item = g.choose_item(
      ItemFit{customer, opened.category, opened.severity, repeat_failure, g.generous});
  if (!item) return;
  const int qty = item->id == "dessert" && chance(g.r, 30) ? 2 : 1;
  const Cents cost = item->cost * qty;
  const auto stock_left = remaining_stock(g.ledger, *item);
  const auto budget_left = remaining_budget(g.ledger, *item);
  if ((stock_left && *stock_left < qty) || (budget_left && *budget_left < cost)) return;

  add(kMin + static_cast<TimeMs>(g.r.below(5)) * kMin, handler,
      Offer{item->id, "We'd like to offer: " + item->name});
  const Role* role = role_of(g.book, handler);
  const TimeMs grant_at = t + 2 * kMin;  // after the offer, and the approval when one is needed
  auto day = g.ledger.own_per_day.find({handler, business_day(g.book.settings, grant_at)});
  const Cents day_used = day == g.ledger.own_per_day.end() ? 0 : day->second;
  const auto seg = g.book.settings.segment_budgets.find(customer.segment);
  const bool over =
      own_in_case + cost > role->per_case_limit || day_used + cost > role->per_day_limit ||
      (seg != g.book.settings.segment_budgets.end() && all_in_case + cost > seg->second);
  std::string approval_id;
  if (over) {
    const Staff* approver = any(g.r, g.approvers);
    if (approver->id == handler)
      approver = g.approvers.front()->id == handler ? g.approvers.back() : g.approvers.front();
    approval_id = add(kMin, approver->id,
                      Approval{handler, approver->id, item->id, cost,
                               "Guest's " + std::to_string(customer.tenure_months) +
                                   " months with us; worth keeping"});
  }
  const std::string gid =
      add(grant_at - t, handler, Granted{item->id, qty, cost, item->value * qty, approval_id});
  g.ledger.add_grant(g.book.settings, handler, t, item->id, qty, cost, over);
  all_in_case += cost;
  if (!over) own_in_case += cost;
  if (chance(g.r, 4)) add(10 * kMin, handler, GrantReversed{gid, "Guest preferred not to take it"});
}

void Generator::run(int case_count) {
  const int n = std::max(case_count, 0);
  const TimeMs gap = std::max<TimeMs>(365 * kDay / std::max(n, 1), 2 * kSec);
  std::vector<Customer2> people;
  people.reserve(static_cast<std::size_t>(n));
  book.cases.reserve(static_cast<std::size_t>(n));

  for (int i = 0; i < n; ++i) {
    const TimeMs t0 = start + 8 * kHour + gap * i +
                      static_cast<TimeMs>(r.below(static_cast<std::uint64_t>(gap / 2)));
    Customer customer;
    const bool repeat = !people.empty() && chance(r, 18);  // a customer we failed before
    if (repeat) {
      Customer2& p = people[r.below(people.size())];
      ++p.cases;
      customer = p.customer;
      customer.contact = retyped(r, customer.contact);
    } else {
      people.push_back({make_customer(r, i), 1});
      customer = people.back().customer;
    }
    const Story& story = pick_story(r);
    const std::string category = story.category;
    const Playbook* pb = choose_playbook(i >= n / 2);
    const bool kiosk = chance(r, 12);

    CaseWriter w{*this, Case{}, t0, any(r, desk)->id};
    w.c.id = new_id(t0, r);
    w.c.events.reserve(pb->steps.size() +
                       10);  // events are large; growing the vector would move them
    Opened o;
    o.customer = customer;
    o.channel =
        kiosk
            ? std::string(kKioskChannel)
            : pick<const char*>(
                  r, {{"counter", 50}, {"phone", 20}, {"email", 12}, {"chat", 10}, {"social", 8}});
    o.category = category;
    o.severity = pick<int>(r, {{1, 20}, {2, 35}, {3, 30}, {4, 10}, {5, 5}});
    o.customer_words = story.words;
    o.customer_wants = story.wants;
    o.taken_by = kiosk ? std::string(kKioskActor) : w.handler;
    o.playbook_id = pb->id;
    o.playbook_version = pb->version;
    o.reference = make_reference(r);
    w.add(0, o.taken_by, o);

    // Most desks answer within the minute; some do not.
    TimeMs first = chance(r, 78) ? (5 + static_cast<TimeMs>(r.below(50))) * kSec
                                 : (60 + static_cast<TimeMs>(r.below(600))) * kSec;
    const bool still_open = i >= n - n / 20;
    const std::size_t steps_to_do = still_open ? r.below(pb->steps.size()) : pb->steps.size();
    bool granted = false;
    for (std::size_t k = 0; k < steps_to_do; ++k) {
      const Step& s = pb->steps[k];
      if (!s.required && chance(r, 50)) continue;
      StepDone d{s.id, "", ""};
      if (s.record == Record::Note) {
        const std::string& id = s.id;
        d.note = (id == "listen" || id == "hear") ? story.words
                 : (id == "root-cause" || id == "diagnose" || id == "explain" || id == "learn")
                     ? "Cause: " + std::string(pick_from<const char*>(r, kCauses))
                 : id == "know-them" ? "Cares about " + customer.cares_about.front()
                                     : story.fix;
      } else if (s.record == Record::Choice) {
        d.choice = any(r, s.choices);
      }
      w.add(k == 0 ? first : (1 + static_cast<TimeMs>(r.below(20))) * kMin, w.handler, d);
      if (k == pb->steps.size() / 2 && !granted && chance(r, 70)) {
        w.grant(o, repeat);
        granted = true;
      }
    }
    if (!granted && !still_open && chance(r, 50)) w.grant(o, repeat);
    if (still_open) {
      book.cases.add_case(w.c);
      continue;
    }

    if (chance(r, 88)) {
      Outcome out;
      out.verdict = pick<Verdict>(
          r, {{Verdict::NotResolved, 12}, {Verdict::Satisfied, 55}, {Verdict::Delighted, 33}});
      out.retention =
          out.verdict == Verdict::NotResolved
              ? pick<Retention>(
                    r, {{Retention::Lost, 60}, {Retention::Unknown, 30}, {Retention::Retained, 10}})
              : pick<Retention>(
                    r, {{Retention::Retained, 75}, {Retention::Unknown, 20}, {Retention::Lost, 5}});
      // Most recoveries land within the day, some drag on.
      w.add(chance(r, 80) ? (10 + static_cast<TimeMs>(r.below(300))) * kMin
                          : (1 + static_cast<TimeMs>(r.below(3))) * kDay,
            w.handler, out);
    }
    if (chance(r, 55)) {
      const TimeMs due = w.t + (1 + static_cast<TimeMs>(r.below(3))) * kDay;
      w.add(kMin, w.handler, FollowUpScheduled{due, "Call to check all is well"});
      if (chance(r, 80))
        w.add(due - w.t + static_cast<TimeMs>(r.below(6)) * kHour, w.handler,
              FollowUpDone{"All fine now"});
    }
    if (chance(r, 70)) {
      w.add(kHour, w.handler,
            Analysis{std::string(pick_from<const char*>(r, kCauses)),
                     "Raised at the team briefing; rota and checklist updated"});
    }
    w.add(5 * kMin, w.handler, Closed{"Recovered"});
    if (chance(r, 3)) {
      w.add(2 * kDay, w.handler, Reopened{"Guest wrote back: the problem came back"});
      w.add(2 * kHour, w.handler, Note{"Sorted again in person"});
      w.add(kHour, w.handler, Closed{"Recovered again"});
    }
    book.cases.add_case(w.c);
  }
}

}  // namespace

Book make_sample_book(int case_count, std::uint64_t seed, TimeMs start) {
  Generator g(seed, start);
  g.run(case_count);
  return std::move(g.book);
}

Book make_recent_sample_book(int case_count, std::uint64_t seed, TimeMs now) {
  Book book = make_sample_book(case_count, seed);
  if (now <= 0) return book;  // no clock yet
  TimeMs latest = kSampleStart;
  for (const Case& c : book.cases)
    for (const Event& e : c.events) latest = std::max(latest, e.at);
  // Every time in the sample is its start plus a fixed offset, so moving the
  // start moves the whole year. Whole hours: the same sample for an hour.
  const TimeMs last_at = now - now % kMsPerHour - 2 * kMsPerHour;
  return make_sample_book(case_count, seed, kSampleStart + (last_at - latest));
}

}  // namespace mend
