// The data of a Mend book: plain structs, no behaviour beyond small helpers.
// Behaviour lives beside it: lookup (find by id), case/ (fold, workflow,
// clocks), compensation/ (ledger, authority, recommender), analytics/, json/
// (the book codec).
//
// Sections: 1. time and money  2. customers and intake  3. events
//           4. playbooks  5. catalog, roles, staff  6. settings  7. the book
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

#include "core/base/money.hpp"
#include "core/base/time_units.hpp"
#include "core/model/case_table.hpp"
#include "core/model/vocabulary.hpp"

namespace mend {

// ---- 1. time and money -------------------------------------------------------
// TimeMs (milliseconds since the Unix epoch, UTC) is in base/time_units.hpp,
// Cents (minor units of Settings::currency, never floating point) in
// base/money.hpp.

// ---- 2. customers and intake -------------------------------------------------
struct Customer {
  std::string name;
  std::string contact;     // phone or e-mail as typed; see normalise_contact()
  std::string segment;     // a term of Settings::vocabulary.segments: "regular", "vip", ...
  std::string value_tier;  // a term of Settings::vocabulary.value_tiers: "low" ... "top"
  int tenure_months = 0;
  std::vector<std::string> cares_about;  // free tags: "time", "kids", "quiet", "price", ...
  bool operator==(const Customer&) const = default;
};

// ---- 3. events ---------------------------------------------------------------
// A case is its append-only list of events; everything else is derived. The
// book keeps its cases compact (CaseTable); a Case is one of them decoded.
struct Opened {
  Customer customer;
  std::string channel;   // a term of Settings::vocabulary.channels: "counter", "kiosk", ...
  std::string category;  // a term of Settings::vocabulary.failure_kinds: "delay", "billing", ...
  int severity = 2;      // 1 (minor) .. 5 (critical)
  std::string customer_words;  // the customer's own words, verbatim
  std::string customer_wants;
  std::string taken_by;  // staff id
  std::string playbook_id;
  int playbook_version = 1;
  std::string reference;  // short human reference shown to the customer ("M-7KQ2")
  bool operator==(const Opened&) const = default;
};
struct Note {
  std::string text;
  bool operator==(const Note&) const = default;
};
struct StepDone {
  std::string step_id;
  std::string note;    // what was recorded, when the step asks for a note
  std::string choice;  // the option chosen, when the step asks for a choice
  bool operator==(const StepDone&) const = default;
};
struct Offer {
  std::string item_id;  // may be empty for a free-text offer
  std::string text;
  bool operator==(const Offer&) const = default;
};
struct Approval {            // a manager allows a grant over the requester's authority
  std::string requested_by;  // staff id
  std::string approved_by;   // staff id of a role that can approve
  std::string item_id;
  Cents amount = 0;  // cost to the business being approved
  std::string reason;
  bool operator==(const Approval&) const = default;
};
struct Granted {
  std::string item_id;
  int quantity = 1;
  Cents cost = 0;           // total cost to the business (item cost x quantity)
  Cents value = 0;          // total perceived value to the customer
  std::string approval_id;  // id of the Approval event when over the actor's authority
  bool operator==(const Granted&) const = default;
};
struct GrantReversed {
  std::string grant_id;  // id of the Granted event
  std::string reason;
  bool operator==(const GrantReversed&) const = default;
};
struct FollowUpScheduled {
  TimeMs due = 0;
  std::string note;
  bool operator==(const FollowUpScheduled&) const = default;
};
struct FollowUpDone {
  std::string note;
  bool operator==(const FollowUpDone&) const = default;
};
enum class Verdict { NotResolved, Satisfied, Delighted };
enum class Retention { Unknown, Retained, Lost };
struct Outcome {
  Verdict verdict = Verdict::NotResolved;
  Retention retention = Retention::Unknown;
  bool operator==(const Outcome&) const = default;
};
struct Analysis {
  std::string root_cause;  // a short category-like cause: "understaffed", "supplier", ...
  std::string corrective_action;
  bool operator==(const Analysis&) const = default;
};
struct Closed {
  std::string note;
  bool operator==(const Closed&) const = default;
};
struct Reopened {
  std::string reason;
  bool operator==(const Reopened&) const = default;
};
// The customer's personal data is removed from the case (core/model/anonymise.hpp):
// a retention rule (old closed cases) or the customer's own request. Every
// event of a case holding one is kept only in its redacted form, on every
// device that receives it; the numbers the dashboard counts stay.
struct Anonymised {
  std::string reason;   // "retention" or "request"
  std::string contact;  // the token that replaced the contact ("anon:..."); empty without one
  bool operator==(const Anonymised&) const = default;
};

using Payload =
    std::variant<Opened, Note, StepDone, Offer, Approval, Granted, GrantReversed, FollowUpScheduled,
                 FollowUpDone, Outcome, Analysis, Closed, Reopened, Anonymised>;

// The index of T among Payload's alternatives (its type in the byte form).
template <class T, std::size_t I = 0>
constexpr std::size_t payload_index() {
  if constexpr (std::is_same_v<T, std::variant_alternative_t<I, Payload>>)
    return I;
  else
    return payload_index<T, I + 1>();
}

// The actor of events a customer files themselves at a kiosk (not a member of staff).
inline constexpr std::string_view kKioskActor = "kiosk";

struct Event {
  std::string id;       // 26-char time-sortable id (see ids.hpp)
  std::string case_id;  // id of the case's Opened event's case
  TimeMs at = 0;
  std::string actor;  // staff id, or kKioskActor for customer-facing intake
  Payload payload;
  bool operator==(const Event&) const = default;
};

struct Case {
  std::string id;             // 26-char id, same alphabet as event ids
  std::vector<Event> events;  // sorted by id (time order); the first is Opened
  bool operator==(const Case&) const = default;
};

// ---- 4. playbooks ------------------------------------------------------------
enum class Record { Nothing, Note, Choice };
struct Step {
  std::string id;     // unique within the playbook: "apologise"
  std::string title;  // "Apologise"
  std::string guidance;
  std::vector<std::string> phrases;  // suggested things to say
  Record record = Record::Nothing;
  std::vector<std::string> choices;  // when record == Choice
  bool required = true;
  int target_seconds = 0;  // 0: no target of its own
  bool operator==(const Step&) const = default;
};
struct Playbook {
  std::string id;   // "three-step", "heard", or a custom id
  int version = 1;  // each edit of a custom playbook adds a version; cases keep theirs
  std::string name;
  std::string summary;
  bool builtin = false;
  bool strict_order = false;  // steps must be done in the listed order
  std::vector<Step> steps;
  // Clock overrides; nullopt = business default.
  std::optional<int> first_response_seconds;
  std::optional<int> recovery_seconds;
  std::optional<int> follow_up_seconds;
  bool operator==(const Playbook&) const = default;
};

// ---- 5. catalog, roles, staff -------------------------------------------------
struct CatalogItem {
  std::string id;
  std::string name;
  std::string category;           // "refund", "voucher", "gift", "upgrade", "service", "gesture"
  Cents cost = 0;                 // cost to the business, per unit
  Cents value = 0;                // perceived value to the customer, per unit
  std::vector<std::string> tags;  // matched against Customer::cares_about
  std::vector<std::string> suits_categories;  // failure categories; empty = any
  std::vector<std::string> suits_segments;    // customer segments; empty = any
  std::optional<int> stock;                   // units left; nullopt = unlimited
  std::optional<Cents> budget;                // money left for this item; nullopt = unlimited
  bool active = true;
  bool operator==(const CatalogItem&) const = default;
};
struct Role {
  std::string id;  // "staff", "supervisor", "manager", "owner"
  std::string name;
  Cents per_case_limit = 0;  // what one person of this role may grant per case without approval
  Cents per_day_limit = 0;   // ... per day across all cases
  bool can_approve = false;
  bool can_manage =
      false;             // may see the dashboard and edit the catalog, staff, playbooks, settings
  bool retired = false;  // removed while staff held it: kept so history reads, not given anew
  bool operator==(const Role&) const = default;
};
struct Staff {
  std::string id;
  std::string name;
  std::string role_id;
  std::string pin_hash;  // hex digest of the approval PIN; empty = no PIN set
  bool retired = false;  // removed after acting on cases: kept so history reads, cannot sign in
  bool operator==(const Staff&) const = default;
};

// ---- 6. settings -------------------------------------------------------------
inline constexpr int kDefaultIdleSignOutSeconds = 5 * 60;
inline constexpr int kMaxIdleSignOutSeconds = 24 * 60 * 60;
inline constexpr std::string_view kDefaultKioskApology =
    "We're sorry. That should not have happened, and we will put it right.";
inline constexpr std::string_view kDefaultKioskNextSteps =
    "A member of our team will be with you in a moment.";
inline constexpr int kDefaultKioskIdleSeconds = 60;
inline constexpr int kMinKioskIdleSeconds = 10;
inline constexpr int kMaxKioskIdleSeconds = 60 * 60;
inline constexpr std::size_t kMaxKioskWords = 600;  // characters of each of its texts
struct Settings {
  std::string business_name = "My business";
  std::string currency = "EUR";
  int first_response_seconds = kDefaultFirstResponseSeconds;
  int recovery_seconds = kDefaultRecoverySeconds;
  int follow_up_seconds = kDefaultFollowUpSeconds;
  int utc_offset_minutes = 0;  // the business's day boundary for per-day limits
  int idle_sign_out_seconds = kDefaultIdleSignOutSeconds;  // an untouched desk signs out; 0 = never
  std::map<std::string, Cents> segment_budgets;    // per-case recovery budget by customer segment
  std::map<std::string, Cents> tier_annual_value;  // yearly revenue of a customer by value tier
  // The business's words for failure kinds, channels, segments and tiers.
  // Cases store the ids; ids a vocabulary doesn't list are still valid.
  Vocabulary vocabulary = default_vocabulary();
  // Revenue kept counts customers whose latest outcome says Retained; with
  // this set, also those satisfied or delighted whose retention is unknown.
  bool kept_counts_satisfied = false;
  // The kiosk (a customer-facing tablet): what it says once a customer has
  // told it what went wrong, and how long an untouched kiosk waits before it
  // asks "Still there?" and then wipes what was typed.
  std::string kiosk_apology = std::string(kDefaultKioskApology);
  std::string kiosk_next_steps = std::string(kDefaultKioskNextSteps);
  int kiosk_idle_seconds = kDefaultKioskIdleSeconds;
  // Closed cases older than this many months are anonymised; 0 = never.
  int anonymise_after_months = 0;
  // The book's secret for pseudonyms of anonymised contacts (hex; empty until
  // the first anonymisation): an old case's customer is still recognised
  // when they come back, without the book keeping who they were.
  std::string pseudonym_key;
  bool operator==(const Settings&) const = default;
};

// ---- 7. the book ---------------------------------------------------------------
struct Book {
  Settings settings;
  std::vector<CatalogItem> catalog;
  std::vector<Role> roles;
  std::vector<Staff> staff;
  std::vector<Playbook> playbooks;  // custom playbooks, every version; built-ins are compiled in
  CaseTable cases;                  // sorted by id, compact; see case_table.hpp
  bool operator==(const Book&) const = default;
};

}  // namespace mend
