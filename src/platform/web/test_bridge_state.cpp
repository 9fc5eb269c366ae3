// window.mend.state(): what the app shows and holds, for browser tests to check
// without reading pixels. Test-only; the shape is read by tests/e2e.
#include <imgui.h>
#include <imgui_internal.h>

#include <emscripten/emscripten.h>

#include <algorithm>
#include <cstdint>

#include "core/case/case_state.hpp"
#include "core/json/writer.hpp"
#include "platform/web/files.hpp"
#include "platform/web/runtime.hpp"
#include "ui/format.hpp"
#include "ui/i18n.hpp"
#include "ui/messages.hpp"

namespace {

// The business's own records as the editors change them (never a PIN hash).
void write_business_state(mend::json::Writer& out, const mend::Book& book) {
  out.field("currency", book.settings.currency);
  out.field("firstResponseSeconds", book.settings.first_response_seconds);
  out.field("anonymiseAfterMonths", book.settings.anonymise_after_months);
  out.key("failureKinds");
  out.begin_array();
  for (const mend::Term& t : book.settings.vocabulary.failure_kinds)
    if (!t.retired) out.string(t.label);
  out.end_array();
  out.key("catalog");
  out.begin_array();
  for (const mend::CatalogItem& i : book.catalog) {
    out.begin_object();
    out.field("id", i.id);
    out.field("name", i.name);
    out.field("cost", static_cast<std::int64_t>(i.cost));
    out.field("value", static_cast<std::int64_t>(i.value));
    out.field("active", i.active);
    out.end_object();
  }
  out.end_array();
  out.key("roles");
  out.begin_array();
  for (const mend::Role& r : book.roles) {
    out.begin_object();
    out.field("id", r.id);
    out.field("perCase", static_cast<std::int64_t>(r.per_case_limit));
    out.field("perDay", static_cast<std::int64_t>(r.per_day_limit));
    out.field("retired", r.retired);
    out.end_object();
  }
  out.end_array();
  out.key("staff");
  out.begin_array();
  for (const mend::Staff& st : book.staff) {
    out.begin_object();
    out.field("id", st.id);
    out.field("role", st.role_id);
    out.field("hasPin", !st.pin_hash.empty());
    out.field("retired", st.retired);
    out.end_object();
  }
  out.end_array();
  out.key("playbooks");  // the business's own, every version
  out.begin_array();
  for (const mend::Playbook& p : book.playbooks) {
    out.begin_object();
    out.field("id", p.id);
    out.field("version", static_cast<std::int64_t>(p.version));
    out.field("steps", static_cast<std::int64_t>(p.steps.size()));
    out.end_object();
  }
  out.end_array();
}

// The screens' language, and the English texts drawn in it untranslated
// (nothing of the book: a kiosk says it too).
void write_language_state(mend::json::Writer& out, const mend::app::AppState& s) {
  out.field("language", s.page.language);
  out.key("missingTranslations");
  out.begin_array();
  for (const std::string& english : mend::ui::missing_translations()) out.string(english);
  out.end_array();
}

// The passcode lock: its phase and what the lock screen shows (no passcode).
void write_lock_state(mend::json::Writer& out, const mend::app::AppState& s) {
  const mend::app::LockState& lock = s.lock;
  constexpr const char* kPhases[] = {"unknown", "off", "locked", "open"};
  out.key("lock");
  out.begin_object();
  out.field("phase", kPhases[static_cast<int>(lock.phase)]);
  out.field("idleMinutes", static_cast<std::int64_t>(lock.idle_minutes));
  out.field("checking", lock.checking);
  out.field("wrong", lock.wrong);
  out.field("waitMs",
            static_cast<std::int64_t>(lock.wait_until > s.now ? lock.wait_until - s.now : 0));
  out.field("working", lock.working.has_value());
  out.field("migrated", static_cast<std::int64_t>(lock.migrated));
  out.field("toMigrate", static_cast<std::int64_t>(lock.to_migrate));
  out.end_object();
}

}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE const char* mend_state_json() {
  mend::web::Runtime* rt = mend::web::runtime();
  if (!rt) return "{}";
  const mend::app::AppState& s = rt->app.state();
  mend::json::Writer out;
  out.begin_object();
  // A kiosk tells the bridge where it stands and nothing of the book: what a
  // customer could reach through the page is what the bridge shows.
  if (s.kiosk.on) {
    const mend::app::KioskState& k = s.kiosk;
    constexpr const char* kStages[] = {"attract", "telling", "thanks"};
    out.field("screen", s.lock.phase == mend::app::LockPhase::Locked ? "locked" : "kiosk");
    out.key("kiosk");
    out.begin_object();
    out.field("stage", kStages[static_cast<int>(k.stage)]);
    out.field("visitor", static_cast<std::int64_t>(k.visitor));
    out.field("reference", k.reference);  // the customer's own, on the thanks screen
    out.field("refused", static_cast<std::int64_t>(k.refused));
    out.field("exit", static_cast<std::int64_t>(k.exit));
    out.field("countdownMs", static_cast<std::int64_t>(
                                 mend::app::kiosk_countdown_left(k, s.book.settings, s.now)));
    out.end_object();
    out.field("opening", s.storage.opening);
    out.field("unsaved", static_cast<std::int64_t>(s.storage.unsaved.size()));
    out.field("textInput", rt->text_input_active);
    out.field("signedIn", s.desk.signed_in);
    write_lock_state(out, s);
    write_language_state(out, s);
    out.end_object();
    rt->state_json = out.str();
    return rt->state_json.c_str();
  }
  out.field("screen", s.lock.phase == mend::app::LockPhase::Locked
                          ? "locked"
                          : mend::app::screen_name(s.screen));
  write_lock_state(out, s);
  out.field("cases", static_cast<std::int64_t>(s.book.cases.size()));
  const auto banner = s.banner ? mend::ui::banner_text(*s.banner) : std::nullopt;
  out.field("storage", mend::ui::storage_text(s.storage));
  out.field("opening", s.storage.opening);
  out.field("unsaved", static_cast<std::int64_t>(s.storage.unsaved.size()));
  out.field("lastError", banner && banner->error ? banner->text : std::string());
  out.field("notice", banner && !banner->error ? banner->text : std::string());
  out.field("version", MEND_VERSION);
  // Whether ImGui takes typed text now (a field is active): the keyboard's cue.
  out.field("textInput", rt->text_input_active);
  // The control with the keyboard focus (a widget's id; 0: none) and whether
  // its focus ring shows (it does once Tab moved it).
  if (const ImGuiContext* g = ImGui::GetCurrentContext()) {
    out.field("focus", static_cast<std::int64_t>(g->NavId));
    out.field("focusShown", g->NavId != 0 && !g->NavDisableHighlight);
  }
  // Who is at the desk (never a PIN or a hash).
  out.field("firstRun", mend::app::first_run(s));
  out.field("signInNeeded", mend::app::sign_in_needed(s));
  out.field("signedIn", s.desk.signed_in);
  out.field("staffId", s.staff_id);
  out.field("staffCount", static_cast<std::int64_t>(s.book.staff.size()));
  out.field("samplePinsShown", static_cast<std::int64_t>(s.desk.sample_pins.size()));
  out.field("idleSignOutSeconds", s.book.settings.idle_sign_out_seconds);
  // The page: offline readiness, the network, a new build.
  out.field("offlineReady", s.page.offline_ready);
  write_language_state(out, s);
  out.field("online", s.page.online);
  out.field("updateWaiting", s.page.update_waiting);
  out.field("updateWanted", s.page.update_wanted);
  out.field("businessName", s.book.settings.business_name);
  write_business_state(out, s.book);
  out.field("retentionAnonymised", static_cast<std::int64_t>(s.retention_anonymised));
  mend::web::write_files_state(out, s);
  // The open case, so tests can check what was recorded.
  const std::optional<mend::Case> c = mend::find_case(s.book, s.selected_case);
  if (const mend::Opened* opened = c ? mend::case_opened(*c) : nullptr) {
    out.key("case");
    out.begin_object();
    out.field("id", c->id);
    out.field("reference", opened->reference);
    out.field("customer", opened->customer.name);
    out.field("contact", opened->customer.contact);
    out.field("words", opened->customer_words);
    out.field("wants", opened->customer_wants);
    out.field("tenureMonths", static_cast<std::int64_t>(opened->customer.tenure_months));
    out.key("caresAbout");
    out.begin_array();
    for (const std::string& tag : opened->customer.cares_about) out.string(tag);
    out.end_array();
    out.field("events", static_cast<std::int64_t>(c->events.size()));
    // The case screen (issue 8 part A): what was recorded, and by whom.
    const mend::CaseState folded = mend::fold_case(*c);
    out.field("open", folded.open);
    out.field("reopens", static_cast<std::int64_t>(folded.reopen_count));
    out.field("anonymised", folded.anonymised_reason);  // empty, "retention" or "request"
    out.key("stepsDone");                               // this round's, in the order done
    out.begin_array();
    for (std::size_t i = folded.round_start; i < folded.steps.size(); ++i)
      out.string(folded.steps[i].step_id);
    out.end_array();
    out.field("followUps", static_cast<std::int64_t>(folded.follow_ups.size()));
    out.field("followUpDue",  // the newest follow-up's due time (ms), or -1
              folded.follow_ups.empty() ? std::int64_t{-1}
                                        : static_cast<std::int64_t>(folded.follow_ups.back().due));
    out.field("followUpDone", folded.follow_up_done_at.has_value());
    out.field("verdict", folded.outcome ? static_cast<std::int64_t>(folded.outcome->verdict) : -1);
    out.field("rootCause", folded.analysis ? folded.analysis->root_cause : std::string());
    // Compensation (issue 8 part D): grants with who granted and approved.
    out.key("grants");
    out.begin_array();
    for (const mend::GrantRecord& g : folded.grants) {
      out.begin_object();
      out.field("id", g.event_id);
      out.field("item", g.item_id);
      out.field("actor", g.actor);
      out.field("cost", static_cast<std::int64_t>(g.cost));
      out.field("approvedBy", g.approved_by);
      out.field("reversed", g.reversed);
      out.field("reversalReason", g.reversal_reason);
      out.end_object();
    }
    out.end_array();
    out.key("approvals");
    out.begin_array();
    for (const mend::ApprovalRecord& a : folded.approvals) {
      out.begin_object();
      out.field("requestedBy", a.approval.requested_by);
      out.field("approvedBy", a.approval.approved_by);
      out.field("amount", static_cast<std::int64_t>(a.approval.amount));
      out.field("reason", a.approval.reason);
      out.end_object();
    }
    out.end_array();
    out.key("offers");  // free-text offers, oldest first
    out.begin_array();
    for (const mend::OfferRecord& o : folded.offers)
      if (o.item_id.empty()) out.string(o.text);
    out.end_array();
    out.key("actors");  // one per event, oldest first
    out.begin_array();
    for (const mend::Event& e : c->events) out.string(e.actor);
    out.end_array();
    out.field("firstActor", c->events.front().actor);  // who opened it
    out.field("playbook", opened->playbook_id);
    out.field("playbookVersion", static_cast<std::int64_t>(opened->playbook_version));
    out.field("lastActor", c->events.back().actor);
    // The reply draft saved as a note (issue 8 item 5): the newest note's text.
    std::string last_note;
    for (const mend::Event& e : c->events)
      if (const auto* note = std::get_if<mend::Note>(&e.payload)) last_note = note->text;
    out.field("lastNote", last_note);
    out.end_object();
  }
  out.field("clipboard", rt->clipboard);
  out.field("followUpsListed", static_cast<std::int64_t>(s.derived.follow_ups().size()));
  // The queue (issue 8 part C): the first rows shown, in order, and the
  // choice behind them; what its search keys and order cost, and the last
  // rebuild's time (tests/bench/frames.mjs).
  out.key("queue");
  out.begin_object();
  out.field("shown", static_cast<std::int64_t>(s.queue_order.size()));
  out.field("rows", static_cast<std::int64_t>(s.derived.queue().size()));
  out.key("order");  // references, at most the first 200
  out.begin_array();
  for (std::size_t i = 0; i < std::min<std::size_t>(s.queue_order.size(), 200); ++i)
    out.string(s.queue_order.row(s.derived.queue(), i).reference);
  out.end_array();
  out.key("shownRows");  // the same rows, with what tests check their order and filters by
  out.begin_array();
  for (std::size_t i = 0; i < std::min<std::size_t>(s.queue_order.size(), 200); ++i) {
    const mend::app::QueueRow& row = s.queue_order.row(s.derived.queue(), i);
    out.begin_object();
    out.field("reference", row.reference);
    out.field("customer", row.customer);
    out.field("kind", row.kind);
    out.field("severity", row.severity);
    out.field("open", row.open);
    out.field("owner", row.taken_by);
    out.field("openedAt", static_cast<std::int64_t>(row.opened_at));
    out.field("due", static_cast<std::int64_t>(row.clock ? row.clock->due : -1));
    out.field("overdue", row.clock && row.clock->status == mend::ClockStatus::Overdue);
    // The clock's words as the row draws them (ui/queue_table.cpp, clock_cell).
    out.field("clock", row.clock ? mend::ui::clock_text(row.clock->at(s.now)) : std::string());
    out.end_object();
  }
  out.end_array();
  out.field("preference", mend::app::queue_preference_text(s.queue_choice));
  out.field("search", s.queue_choice.search);
  out.field("searching", s.queue_order.searching());  // a long queue's search still filling in
  out.field("searchKeyBytes", static_cast<std::int64_t>(s.derived.queue().search_key_bytes()));
  out.field("orderBytes", static_cast<std::int64_t>(s.queue_order.bytes()));
  out.field("builds", static_cast<std::int64_t>(s.queue_order.builds()));
  out.field("lastBuildMs", s.queue_order.last_build_ms());
  out.end_object();
  // The dashboard (issue 9): the range analysed and the numbers its charts draw.
  if (const auto& a = s.dashboard.analysis) {
    out.key("dashboard");
    out.begin_object();
    out.field("range", static_cast<std::int64_t>(s.dashboard.range));
    out.field("from", static_cast<std::int64_t>(a->from));
    out.field("to", static_cast<std::int64_t>(a->to));
    out.field("cases", a->cases);
    out.field("analyses", s.dashboard.analyses);
    out.key("kinds");
    out.begin_array();
    for (const mend::ParetoRow& r : a->categories) {
      out.begin_object();
      out.field("label", r.label);
      out.field("count", r.count);
      out.end_object();
    }
    out.end_array();
    out.field("causes", static_cast<std::int64_t>(a->root_causes.size()));
    out.field("recoveredShare", a->recovery.share_within);
    out.field("totalCost", static_cast<std::int64_t>(a->total_cost));
    out.field("totalValue", static_cast<std::int64_t>(a->total_value));
    out.field("repeatCustomers", static_cast<std::int64_t>(a->repeat_customers.size()));
    out.end_object();
  }
  out.end_object();
  rt->state_json = out.str();
  return rt->state_json.c_str();
}
