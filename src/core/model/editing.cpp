#include "core/model/editing.hpp"

#include <algorithm>
#include <set>
#include <string>
#include <tuple>

#include "core/base/text.hpp"
#include "core/model/lookup.hpp"

namespace mend {
namespace {

constexpr int kMaxClockSeconds = 30 * kSecondsPerDay;
constexpr int kMaxUtcOffsetMinutes = 14 * 60;

bool blank(std::string_view text) {
  return trim(text).empty();
}

// An id rule shared by the three record kinds. An edited record's id only has
// to exist: one a book was imported with stays editable even when it predates
// the editors' stricter rule.
template <class T>
Status check_id(const std::vector<T>& records, std::string_view id, bool is_new) {
  const bool taken =
      std::any_of(records.begin(), records.end(), [&](const T& r) { return r.id == id; });
  if (is_new) {
    if (!is_key_id(id))
      return Error{"id",
                   "An id is lower-case letters, digits and '-' only, like \"free-dessert\"."};
    if (taken) return Error{"id", "That id is already used; choose another."};
  } else if (!taken) {
    return Error{"id", "There is nothing with that id to change."};
  }
  return ok_status();
}

// How many could manage the business were `role` (or `staff`) to replace the
// book's record of the same id; nullptr changes nothing. The book is not
// copied: its cases may be many.
int managers(const Book& book, const Role* role, const Staff* staff) {
  int n = 0;
  for (const Staff& kept : book.staff) {
    const Staff& s = staff && staff->id == kept.id ? *staff : kept;
    const Role* r = role && role->id == s.role_id ? role : find_role(book, s.role_id);
    if (!s.retired && r && !r->retired && r->can_manage) ++n;
  }
  return n;
}

// The change takes away the last person who could manage. A book where
// nobody could (no staff yet, or an older book) loses nothing.
bool leaves_no_manager(const Book& book, const Role* role, const Staff* staff) {
  return managers(book, nullptr, nullptr) > 0 && managers(book, role, staff) == 0;
}

const char* const kSomeoneMustManage =
    "Someone must still be able to manage the business: give another member of staff a "
    "managing role first.";

Status check_terms(const std::vector<Term>& terms, const std::string& where) {
  std::set<std::string_view> seen;
  for (std::size_t i = 0; i < terms.size(); ++i) {
    const std::string at = where + "[" + std::to_string(i) + "].";
    if (!is_key_id(terms[i].id))
      return Error{at + "id", "An id is lower-case letters, digits and '-' only."};
    if (!seen.insert(terms[i].id).second)
      return Error{at + "id", "This id is already in the list; each term needs its own."};
    if (blank(terms[i].label)) return Error{at + "label", "Give this term a label."};
  }
  return ok_status();
}

}  // namespace

Status check_catalog_item(const Book& book, const CatalogItem& item, bool is_new) {
  if (blank(item.name)) return Error{"name", "Give the item a name."};
  if (Status s = check_id(book.catalog, item.id, is_new); !s.ok()) return s;
  if (item.cost < 0) return Error{"cost", "A cost can't be below zero."};
  if (item.value < 0) return Error{"value", "A value can't be below zero."};
  if (item.stock && *item.stock < 0) return Error{"stock", "Stock can't be below zero."};
  if (item.budget && *item.budget < 0) return Error{"budget", "A budget can't be below zero."};
  if (blank(item.category)) return Error{"category", "Say what kind of item this is."};
  return ok_status();
}

Status check_role(const Book& book, const Role& role, bool is_new) {
  if (blank(role.name)) return Error{"name", "Give the role a name."};
  if (Status s = check_id(book.roles, role.id, is_new); !s.ok()) return s;
  if (role.per_case_limit < 0) return Error{"per_case_limit", "A limit can't be below zero."};
  if (role.per_day_limit < 0) return Error{"per_day_limit", "A limit can't be below zero."};
  if (role.per_day_limit < role.per_case_limit)
    return Error{"per_day_limit", "A day's limit can't be below one case's."};
  if (!is_new && leaves_no_manager(book, &role, nullptr)) {
    const bool retiring = role.retired && !find_role(book, role.id)->retired;
    return Error{retiring ? "retired" : "can_manage", kSomeoneMustManage};
  }
  return ok_status();
}

Status check_staff(const Book& book, const Staff& staff, bool is_new) {
  if (blank(staff.name)) return Error{"name", "Give the person a name."};
  if (Status s = check_id(book.staff, staff.id, is_new); !s.ok()) return s;
  const Role* role = find_role(book, staff.role_id);
  if (!role) return Error{"role_id", "Choose one of the business's roles."};
  if (role->retired) return Error{"role_id", "That role was retired; choose another."};
  if (!is_new && leaves_no_manager(book, nullptr, &staff)) {
    const bool retiring = staff.retired && !find_staff(book, staff.id)->retired;
    return Error{retiring ? "retired" : "role_id", kSomeoneMustManage};
  }
  return ok_status();
}

Status check_settings(const Settings& settings) {
  if (blank(settings.business_name)) return Error{"business_name", "Give the business a name."};
  if (settings.anonymise_after_months < 0 || settings.anonymise_after_months > 1200)
    return Error{
        "anonymise_after_months",
        "Say after how many months (1 to 1200) closed cases are anonymised, or 0 for never."};
  const std::string& cur = settings.currency;
  if (cur.size() != 3 ||
      !std::all_of(cur.begin(), cur.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
    return Error{"currency", "A currency is its three-letter code in capitals, like EUR or USD."};
  for (const auto& [where, seconds] :
       {std::pair{"first_response_seconds", settings.first_response_seconds},
        std::pair{"recovery_seconds", settings.recovery_seconds},
        std::pair{"follow_up_seconds", settings.follow_up_seconds}}) {
    if (seconds <= 0) return Error{where, "A target must be more than zero."};
    if (seconds > kMaxClockSeconds) return Error{where, "A target can be at most 30 days."};
  }
  if (settings.utc_offset_minutes < -kMaxUtcOffsetMinutes ||
      settings.utc_offset_minutes > kMaxUtcOffsetMinutes)
    return Error{"utc_offset_minutes", "A time zone is at most 14 hours from UTC."};
  for (const auto& [segment, cents] : settings.segment_budgets)
    if (cents < 0) return Error{"segment_budgets." + segment, "A budget can't be below zero."};
  for (const auto& [tier, cents] : settings.tier_annual_value)
    if (cents < 0) return Error{"tier_annual_value." + tier, "A value can't be below zero."};
  const Vocabulary& v = settings.vocabulary;
  for (const auto& [where, terms] : {std::pair{"vocabulary.failure_kinds", &v.failure_kinds},
                                     std::pair{"vocabulary.channels", &v.channels},
                                     std::pair{"vocabulary.segments", &v.segments},
                                     std::pair{"vocabulary.value_tiers", &v.value_tiers}})
    if (Status s = check_terms(*terms, where); !s.ok()) return s;
  if (std::all_of(v.failure_kinds.begin(), v.failure_kinds.end(),
                  [](const Term& t) { return t.retired; }))
    return Error{"vocabulary.failure_kinds",
                 "Keep at least one kind of failure in use, or no case can be opened."};
  // What the kiosk says: read standing at a counter, so said, and short.
  for (const auto& [where, words, what] :
       {std::tuple{"kiosk_apology", &settings.kiosk_apology, "an apology"},
        std::tuple{"kiosk_next_steps", &settings.kiosk_next_steps, "what happens next"}}) {
    if (blank(*words)) return Error{where, std::string("The kiosk needs ") + what + " to show."};
    if (characters(*words) > kMaxKioskWords)
      return Error{where, "Keep it under " + std::to_string(kMaxKioskWords) +
                              " characters: a customer reads it standing at the counter."};
  }
  if (settings.kiosk_idle_seconds < kMinKioskIdleSeconds ||
      settings.kiosk_idle_seconds > kMaxKioskIdleSeconds)
    return Error{"kiosk_idle_seconds", "A kiosk waits " + std::to_string(kMinKioskIdleSeconds) +
                                           " to " + std::to_string(kMaxKioskIdleSeconds) +
                                           " seconds untouched before it wipes."};
  // Kiosk mode files every case it takes with this channel.
  if (!find_term(v.channels, kKioskChannel))
    return Error{"vocabulary.channels", "The kiosk channel can't be removed: kiosk mode uses it."};
  return ok_status();
}

namespace {

// Whether any event of any case names `id` as `refers` says. One pass, each
// case decoded as reached and let go; it stops at the first mention.
template <class Refers>
bool any_event_refers(const Book& book, Refers refers) {
  for (const Case& c : book.cases)
    for (const Event& e : c.events)
      if (refers(e)) return true;
  return false;
}

bool names_item(const Event& e, std::string_view id) {
  if (const auto* o = std::get_if<Offer>(&e.payload)) return o->item_id == id;
  if (const auto* a = std::get_if<Approval>(&e.payload)) return a->item_id == id;
  if (const auto* g = std::get_if<Granted>(&e.payload)) return g->item_id == id;
  return false;
}

bool names_staff(const Event& e, std::string_view id) {
  if (e.actor == id) return true;
  if (const auto* a = std::get_if<Approval>(&e.payload))
    return a->requested_by == id || a->approved_by == id;
  if (const auto* o = std::get_if<Opened>(&e.payload)) return o->taken_by == id;
  return false;
}

}  // namespace

Result<Removal> removal_of_item(const Book& book, std::string_view item_id) {
  if (!find_item(book, item_id)) return Error{"id", "No such item."};
  return any_event_refers(book, [&](const Event& e) { return names_item(e, item_id); })
             ? Removal::Retire
             : Removal::Delete;
}

Result<Removal> removal_of_role(const Book& book, std::string_view role_id) {
  const Role* role = find_role(book, role_id);
  if (!role) return Error{"id", "No such role."};
  const bool held = std::any_of(book.staff.begin(), book.staff.end(),
                                [&](const Staff& s) { return s.role_id == role_id; });
  if (!held) return Removal::Delete;
  Role retired = *role;
  retired.retired = true;
  if (leaves_no_manager(book, &retired, nullptr)) return Error{"id", kSomeoneMustManage};
  return Removal::Retire;
}

Result<Removal> removal_of_staff(const Book& book, std::string_view staff_id) {
  const Staff* staff = find_staff(book, staff_id);
  if (!staff) return Error{"id", "No such person."};
  // Deleted or retired, they manage no more either way.
  Staff gone = *staff;
  gone.retired = true;
  if (leaves_no_manager(book, nullptr, &gone)) return Error{"id", kSomeoneMustManage};
  return any_event_refers(book, [&](const Event& e) { return names_staff(e, staff_id); })
             ? Removal::Retire
             : Removal::Delete;
}

std::string id_from_name(std::string_view name, std::string_view fallback,
                         const std::vector<std::string_view>& taken) {
  std::string base;
  for (char c : name) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
      base += c;
    else if (!base.empty() && base.back() != '-')
      base += '-';
  }
  while (!base.empty() && base.back() == '-') base.pop_back();
  if (base.empty()) base = fallback;
  const auto is_taken = [&](const std::string& id) {
    return std::find(taken.begin(), taken.end(), id) != taken.end();
  };
  std::string id = base;
  for (int n = 2; is_taken(id); ++n) id = base + "-" + std::to_string(n);
  return id;
}

}  // namespace mend
