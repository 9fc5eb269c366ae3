// Kiosk mode (kiosk.hpp): entering and leaving it, the customer's case, and
// the clocks that wipe the kiosk for the next person. While it is on, App
// hears only the kiosk's own requests (heard_in_kiosk), so no view, key or
// stray request can reach the queue, a case, an editor or the files.
#include <algorithm>
#include <utility>

#include "app/app.hpp"
#include "core/auth/pin.hpp"
#include "core/base/ids.hpp"
#include "core/base/text.hpp"
#include "core/model/lookup.hpp"
#include "core/model/vocabulary.hpp"
#include "core/playbook/playbooks.hpp"

namespace mend::app {

namespace {

// The kiosk's case follows the business's default recovery.
constexpr std::string_view kKioskPlaybook = "three-step";

}  // namespace

TimeMs kiosk_countdown_left(const KioskState& k, const Settings& s, TimeMs now) {
  if (!k.on || k.stage != KioskStage::Telling) return 0;
  const TimeMs idle = now - k.last_touch - seconds_to_ms(s.kiosk_idle_seconds);
  if (idle < 0) return 0;
  return std::max<TimeMs>(kKioskCountdownMs - idle, 0);
}

bool heard_in_kiosk(const Request& r) {
  return std::holds_alternative<RequestKioskBegin>(r) ||
         std::holds_alternative<RequestKioskSubmit>(r) ||
         std::holds_alternative<RequestKioskDone>(r) ||
         std::holds_alternative<RequestLeaveKiosk>(r) || std::holds_alternative<RequestUnlock>(r) ||
         std::holds_alternative<RequestDeskActivity>(r) ||
         std::holds_alternative<RequestNotePage>(r) || std::holds_alternative<RequestTextSize>(r) ||
         std::holds_alternative<RequestLanguage>(r) ||
         std::holds_alternative<RequestNoteDeviceStorage>(r) ||
         std::holds_alternative<RequestDismissMessage>(r);
}

void App::wipe_kiosk(bool idle) {
  KioskState& k = state_.kiosk;
  k.stage = KioskStage::Attract;
  ++k.visitor;
  k.reference.clear();
  k.refused = KioskRefusal::None;
  k.exit = KioskExit::None;
  k.last_touch = state_.now;
  state_.banner.reset();
  report(KioskWiped{idle}, false);
}

void App::handle(const RequestEnterKiosk& r) {
  if (state_.kiosk.on) return;
  if (!r.restored && !may_manage(state_.book, state_.staff_id))
    return report(
        RecordRefused{EditKind::Settings, Error{"", "only a manager may start the kiosk"}}, false);
  // Nobody stays signed in behind the kiosk, and nothing of theirs is shown.
  state_.desk.signed_in = false;
  state_.staff_id = AppState{}.staff_id;
  state_.banner.reset();
  state_.import.reset();
  state_.selected_case.clear();
  state_.screen = Screen::Queue;
  state_.kiosk = KioskState{};
  state_.kiosk.on = true;
  state_.kiosk.last_touch = state_.now;
  report(KioskChanged{true}, false);
}

void App::handle(const RequestKioskBegin&) {
  KioskState& k = state_.kiosk;
  if (!k.on || k.stage != KioskStage::Attract) return;
  k.stage = KioskStage::Telling;
  k.last_touch = state_.now;
}

void App::handle(const RequestKioskSubmit& r) {
  KioskState& k = state_.kiosk;
  if (!k.on || k.stage != KioskStage::Telling) return;
  k.last_touch = state_.now;
  const Vocabulary& words = state_.book.settings.vocabulary;
  const Term* kind = find_term(words.failure_kinds, r.kind);
  if (!kind || kind->retired) {
    k.refused = KioskRefusal::PickKind;
    return;
  }
  if (state_.storage.opening) {
    k.refused = KioskRefusal::NotReady;
    return;
  }
  Opened opened;
  opened.customer.name = trim(r.name);
  opened.customer.contact = trim(r.contact);
  opened.customer.segment = "regular";
  opened.customer.value_tier = "medium";
  opened.channel = "kiosk";
  opened.category = kind->id;
  opened.severity = 2;
  opened.customer_words = trim(r.words);
  opened.taken_by = std::string(kKioskActor);
  const Playbook* playbook = latest_playbook(state_.book, kKioskPlaybook);
  opened.playbook_id = std::string(kKioskPlaybook);
  opened.playbook_version = playbook ? playbook->version : 0;
  opened.reference = make_reference(random_);
  Event event;
  event.id = new_id(state_.now, random_);
  event.case_id = event.id;
  event.at = state_.now;
  event.actor = std::string(kKioskActor);
  const std::string reference = opened.reference;
  event.payload = std::move(opened);
  if (Status s = record(std::move(event)); !s.ok()) {
    k.refused = KioskRefusal::Other;
    k.refused_why = s.error().why;
    return;
  }
  k.refused = KioskRefusal::None;
  k.stage = KioskStage::Thanks;
  k.thanks_at = state_.now;
  k.reference = reference;
  report(KioskCaseFiled{reference}, false);
}

void App::handle(const RequestKioskDone&) {
  // "Done" after the thanks, or "Start again" while telling.
  if (state_.kiosk.on && state_.kiosk.stage != KioskStage::Attract) wipe_kiosk(false);
}

void App::handle(const RequestLeaveKiosk& r) {
  KioskState& k = state_.kiosk;
  if (!k.on) return;
  k.last_touch = state_.now;
  if (k.exit_locked_until > state_.now) {
    k.exit = KioskExit::Locked;
    return;
  }
  // Any member of staff who may manage; their PIN is checked against each
  // such person's hash (a few at most), and the exit counts wrong PINs itself.
  for (const Staff& s : state_.book.staff) {
    if (s.retired || s.pin_hash.empty() || !may_manage(state_.book, s.id)) continue;
    if (!auth::verify_pin(r.pin, s.pin_hash)) continue;
    state_.kiosk = KioskState{};
    sign_in_as(s.id);
    report(KioskChanged{false}, false);
    return;
  }
  ++k.exit_wrong;
  if (k.exit_wrong >= kFreeWrongPins) {
    k.exit_last_wait = k.exit_last_wait ? k.exit_last_wait * 2 : kFirstPinLockMs;
    k.exit_locked_until = state_.now + k.exit_last_wait;
    k.exit = KioskExit::Locked;
  } else {
    k.exit = KioskExit::Wrong;
  }
}

void App::keep_kiosk() {
  KioskState& k = state_.kiosk;
  if (!k.on) return;
  if (k.stage == KioskStage::Thanks && state_.now - k.thanks_at >= kKioskThanksMs)
    return wipe_kiosk(false);
  if (k.stage == KioskStage::Telling &&
      state_.now - k.last_touch >=
          seconds_to_ms(state_.book.settings.kiosk_idle_seconds) + kKioskCountdownMs)
    wipe_kiosk(true);
}

}  // namespace mend::app
