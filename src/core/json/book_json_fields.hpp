// Internal to the book codec: the one list of JSON keys for each record, in
// export order. Export and import both walk these functions with their own
// visitor, so a field added here is written, read and validated at once; the
// schema (web/mend-book.schema.json) must list the same keys.
//
// A visitor V provides: text, key_id (non-empty), ulid, ulid_or_empty, integer,
// money, time, flag, defaulted_flag (always written; absent reads the given
// fallback), defaulted_text (always written; absent keeps the default), strings, opt_integer,
// defaulted_integer (always written; a book without it reads the default), opt_money, enumeration,
// object, defaulted_object (always written; a book without it reads the default), list, money_map.
// Events and cases are walked by hand in the codec (the "type" key picks the payload).
#pragma once
#include <array>
#include <climits>
#include <string_view>

#include "core/json/data_files.hpp"
#include "core/model/model.hpp"

namespace mend::bookjson {

// Money in JSON stays within what JavaScript numbers hold exactly.
inline constexpr Cents kMaxMoney = 9'007'199'254'740'991;  // 2^53 - 1
inline constexpr int kMaxInt = INT_MAX;

inline constexpr std::array<std::string_view, 3> kVerdictNames = {"not-resolved", "satisfied",
                                                                  "delighted"};
inline constexpr std::array<std::string_view, 3> kRetentionNames = {"unknown", "retained", "lost"};
inline constexpr std::array<std::string_view, 3> kRecordNames = {"nothing", "note", "choice"};

// Event "type" strings, in the order of the Payload variant's alternatives.
inline constexpr std::array<std::string_view, 14> kEventTypes = {
    "opened",         "note",      "step-done",      "offer",
    "approval",       "granted",   "grant-reversed", "follow-up-scheduled",
    "follow-up-done", "outcome",   "analysis",       "closed",
    "reopened",       "anonymised"};
static_assert(kEventTypes.size() == std::variant_size_v<Payload>);

template <class V>
void fields(V& v, Customer& c) {
  v.text("name", c.name);
  v.text("contact", c.contact);
  v.text("segment", c.segment);
  v.text("value_tier", c.value_tier);
  v.integer("tenure_months", c.tenure_months, 0, kMaxInt);
  v.strings("cares_about", c.cares_about);
}

template <class V>
void fields(V& v, Opened& o) {
  v.object("customer", o.customer);
  v.text("channel", o.channel);
  v.text("category", o.category);
  v.integer("severity", o.severity, 1, 5);
  v.text("customer_words", o.customer_words);
  v.text("customer_wants", o.customer_wants);
  v.text("taken_by", o.taken_by);
  v.text("playbook_id", o.playbook_id);
  v.integer("playbook_version", o.playbook_version, 1, kMaxInt);
  v.text("reference", o.reference);
}
template <class V>
void fields(V& v, Note& n) {
  v.text("text", n.text);
}
template <class V>
void fields(V& v, StepDone& s) {
  v.key_id("step_id", s.step_id);
  v.text("note", s.note);
  v.text("choice", s.choice);
}
template <class V>
void fields(V& v, Offer& o) {
  v.text("item_id", o.item_id);
  v.text("text", o.text);
}
template <class V>
void fields(V& v, Approval& a) {
  v.text("requested_by", a.requested_by);
  v.text("approved_by", a.approved_by);
  v.text("item_id", a.item_id);
  v.money("amount", a.amount);
  v.text("reason", a.reason);
}
template <class V>
void fields(V& v, Granted& g) {
  v.text("item_id", g.item_id);
  v.integer("quantity", g.quantity, 1, kMaxInt);
  v.money("cost", g.cost);
  v.money("value", g.value);
  v.ulid_or_empty("approval_id", g.approval_id);
}
template <class V>
void fields(V& v, GrantReversed& r) {
  v.ulid("grant_id", r.grant_id);
  v.text("reason", r.reason);
}
template <class V>
void fields(V& v, FollowUpScheduled& f) {
  v.time("due", f.due);
  v.text("note", f.note);
}
template <class V>
void fields(V& v, FollowUpDone& f) {
  v.text("note", f.note);
}
template <class V>
void fields(V& v, Outcome& o) {
  v.enumeration("verdict", o.verdict, kVerdictNames);
  v.enumeration("retention", o.retention, kRetentionNames);
}
template <class V>
void fields(V& v, Analysis& a) {
  v.text("root_cause", a.root_cause);
  v.text("corrective_action", a.corrective_action);
}
template <class V>
void fields(V& v, Closed& c) {
  v.text("note", c.note);
}
template <class V>
void fields(V& v, Reopened& r) {
  v.text("reason", r.reason);
}
template <class V>
void fields(V& v, Anonymised& a) {
  v.text("reason", a.reason);
  v.text("contact", a.contact);
}

template <class V>
void fields(V& v, Step& s) {
  v.key_id("id", s.id);
  v.text("title", s.title);
  v.text("guidance", s.guidance);
  v.strings("phrases", s.phrases);
  v.enumeration("record", s.record, kRecordNames);
  v.strings("choices", s.choices);
  v.flag("required", s.required);
  v.integer("target_seconds", s.target_seconds, 0, kMaxInt);
}
template <class V>
void fields(V& v, Playbook& p) {
  v.key_id("id", p.id);
  v.integer("version", p.version, 1, kMaxInt);
  v.text("name", p.name);
  v.text("summary", p.summary);
  v.flag("builtin", p.builtin);
  v.flag("strict_order", p.strict_order);
  v.list("steps", p.steps);
  v.opt_integer("first_response_seconds", p.first_response_seconds, 0, kMaxInt);
  v.opt_integer("recovery_seconds", p.recovery_seconds, 0, kMaxInt);
  v.opt_integer("follow_up_seconds", p.follow_up_seconds, 0, kMaxInt);
}
template <class V>
void fields(V& v, CatalogItem& c) {
  v.key_id("id", c.id);
  v.text("name", c.name);
  v.text("category", c.category);
  v.money("cost", c.cost);
  v.money("value", c.value);
  v.strings("tags", c.tags);
  v.strings("suits_categories", c.suits_categories);
  v.strings("suits_segments", c.suits_segments);
  v.opt_integer("stock", c.stock, 0, kMaxInt);
  v.opt_money("budget", c.budget);
  v.flag("active", c.active);
}
template <class V>
void fields(V& v, Role& r) {
  v.key_id("id", r.id);
  v.text("name", r.name);
  v.money("per_case_limit", r.per_case_limit);
  v.money("per_day_limit", r.per_day_limit);
  v.flag("can_approve", r.can_approve);
  // Added after books were first exported: an older book's owner manages, as a new one's does.
  v.defaulted_flag("can_manage", r.can_manage, r.id == "owner");
  v.defaulted_flag("retired", r.retired, false);
}
template <class V>
void fields(V& v, Staff& s) {
  v.key_id("id", s.id);
  v.text("name", s.name);
  v.key_id("role_id", s.role_id);
  v.text("pin_hash", s.pin_hash);
  v.defaulted_flag("retired", s.retired, false);
}
template <class V>
void fields(V& v, Term& t) {
  v.key_id("id", t.id);
  v.text("label", t.label);
  v.flag("retired", t.retired);
}
template <class V>
void fields(V& v, Vocabulary& voc) {
  v.list("failure_kinds", voc.failure_kinds);
  v.list("channels", voc.channels);
  v.list("segments", voc.segments);
  v.list("value_tiers", voc.value_tiers);
}
// Not in a book: an entry of a vocabulary file (data_files.hpp), the trade
// beside the vocabulary's own keys.
template <class V>
void fields(V& v, TradeVocabulary& t) {
  v.key_id("trade", t.trade);
  fields(v, t.vocabulary);
}
template <class V>
void fields(V& v, Settings& s) {
  v.text("business_name", s.business_name);
  v.text("currency", s.currency);
  v.integer("first_response_seconds", s.first_response_seconds, 0, kMaxInt);
  v.integer("recovery_seconds", s.recovery_seconds, 0, kMaxInt);
  v.integer("follow_up_seconds", s.follow_up_seconds, 0, kMaxInt);
  v.integer("utc_offset_minutes", s.utc_offset_minutes, -24 * 60, 24 * 60);
  // Books from before sign-in read the default.
  v.defaulted_integer("idle_sign_out_seconds", s.idle_sign_out_seconds, 0, kMaxIdleSignOutSeconds);
  v.money_map("segment_budgets", s.segment_budgets);
  v.money_map("tier_annual_value", s.tier_annual_value);
  // Books exported before the vocabulary existed read the default one.
  v.defaulted_object("vocabulary", s.vocabulary);
  v.defaulted_flag("kept_counts_satisfied", s.kept_counts_satisfied, false);
  // Books from before the kiosk read its default words and wait.
  v.defaulted_text("kiosk_apology", s.kiosk_apology);
  v.defaulted_text("kiosk_next_steps", s.kiosk_next_steps);
  v.defaulted_integer("kiosk_idle_seconds", s.kiosk_idle_seconds, kMinKioskIdleSeconds,
                      kMaxKioskIdleSeconds);
  // Books from before anonymisation read "never" and no key.
  v.defaulted_integer("anonymise_after_months", s.anonymise_after_months, 0, 1200);
  v.defaulted_text("pseudonym_key", s.pseudonym_key);
}

}  // namespace mend::bookjson
