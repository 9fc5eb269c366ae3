// The desk side of App: the first run (the sample business, or setting up
// one's own), signing in and out with PINs, wrong-PIN lockouts and the idle
// sign-out.
#include <algorithm>
#include <utility>

#include "app/app.hpp"
#include "core/auth/pin.hpp"
#include "core/base/text.hpp"
#include "core/model/lookup.hpp"
#include "core/sample/sample.hpp"

namespace mend::app {

namespace {

constexpr int kSampleCases = 60;
constexpr std::uint64_t kSampleSeed = 2026;
constexpr std::string_view kOwnerRole = "owner";

// A staff id from a name: lower-case letters and digits joined by '-', so it
// reads well in exports ("maya-harbour"); "owner" when nothing is left.
std::string staff_id_from(std::string_view name) {
  std::string id;
  for (char c : name) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (keep)
      id += c;
    else if (!id.empty() && id.back() != '-')
      id += '-';
  }
  while (!id.empty() && id.back() == '-') id.pop_back();
  return id.empty() ? std::string(kOwnerRole) : id;
}

}  // namespace

bool first_run(const AppState& state) {
  return !state.storage.opening && state.book.cases.empty() && state.book.staff.empty();
}

bool sign_in_needed(const AppState& state) {
  return !state.storage.opening && !state.book.staff.empty() && !state.desk.signed_in;
}

std::vector<Role> default_roles() {
  // Limits in cents: what one person may grant per case and per day without
  // a manager's approval. A business changes them in its settings.
  return {Role{"staff", "Staff", 2500, 10000, false, false},
          Role{"supervisor", "Supervisor", 7500, 30000, false, false},
          Role{"manager", "Manager", 25000, 150000, true, false},
          Role{"owner", "Owner", 100000, 1000000, true, true}};
}

PinCheck App::check_staff_pin(std::string_view staff_id, std::string_view pin) {
  const Staff* staff = find_staff(state_.book, staff_id);
  // A retired member of staff is kept for the history they made, not to sign in or approve.
  if (!staff || staff->retired) return {PinVerdict::UnknownStaff, 0};
  if (staff->pin_hash.empty()) return {PinVerdict::NoPin, 0};
  auto lock = state_.desk.locks.find(staff_id);
  if (lock != state_.desk.locks.end() && lock->second.locked_until > state_.now)
    return {PinVerdict::Locked, lock->second.locked_until - state_.now};
  if (auth::verify_pin(pin, staff->pin_hash)) {
    if (lock != state_.desk.locks.end()) state_.desk.locks.erase(lock);
    return {PinVerdict::Right, 0};
  }
  PinLock& l = state_.desk.locks[std::string(staff_id)];
  ++l.wrong;
  if (l.wrong < kFreeWrongPins) return {PinVerdict::Wrong, 0};
  l.last_wait = l.last_wait ? l.last_wait * 2 : kFirstPinLockMs;
  l.locked_until = state_.now + l.last_wait;
  return {PinVerdict::Wrong, l.last_wait};
}

void App::sign_in_as(const std::string& staff_id) {
  state_.staff_id = staff_id;
  state_.desk.signed_in = true;
  state_.desk.last_activity = state_.now;
  state_.screen = Screen::Queue;
  report(SignedIn{staff_id}, false);
}

void App::handle(const RequestSignIn& r) {
  const PinCheck check = check_staff_pin(r.staff_id, r.pin);
  // Staff from a book made before PINs have none: they sign in with their
  // name alone until the owner sets one (approvals still need a PIN).
  if (check.verdict == PinVerdict::Right || check.verdict == PinVerdict::NoPin) {
    state_.banner.reset();  // notices before sign-in were not this person's
    return sign_in_as(r.staff_id);
  }
  report(SignInRefused{r.staff_id, check.verdict == PinVerdict::Locked || check.wait_ms > 0,
                       check.wait_ms},
         false);
}

void App::handle(const RequestSignOut&) {
  if (!state_.desk.signed_in) return;
  state_.desk.signed_in = false;
  state_.staff_id = AppState{}.staff_id;
  state_.banner.reset();  // the last person's notices are theirs
  report(SignedOut{false}, false);
}

void App::handle(const RequestDeskActivity&) {
  state_.desk.last_activity = state_.now;
  // At a kiosk a touch is someone still there: the wipe waits.
  if (state_.kiosk.on) state_.kiosk.last_touch = state_.now;
}

void App::sign_out_when_idle() {
  const int idle_seconds = state_.book.settings.idle_sign_out_seconds;
  if (!state_.desk.signed_in || idle_seconds <= 0) return;
  if (state_.now - state_.desk.last_activity < seconds_to_ms(idle_seconds)) return;
  state_.desk.signed_in = false;
  state_.staff_id = AppState{}.staff_id;
  report(SignedOut{true}, true);
}

void App::note_sample_pins() {
  // Only hashes made at the sample's cost qualify: a real PIN (hashed at
  // kPinCost) is never shown, even for a namesake of a sample member of staff.
  const std::string sample_cost = "$argon2id$v=19$m=" + std::to_string(kSamplePinCost.memory_kib) +
                                  ",t=" + std::to_string(kSamplePinCost.iterations) + ",p=1$";
  state_.desk.sample_pins.clear();
  for (const SamplePin& p : sample_pins())
    if (const Staff* s = find_staff(state_.book, p.staff_id))
      if (s->pin_hash.starts_with(sample_cost) && auth::verify_pin(p.pin, s->pin_hash))
        state_.desk.sample_pins.emplace(p.staff_id, p.pin);
}

void App::handle(const RequestTrySample&) {
  if (!first_run(state_)) return;
  ImportReview sample;
  sample.file_name = "sample";
  sample.reading = false;
  sample.theirs = make_recent_sample_book(kSampleCases, kSampleSeed, state_.now);
  state_.import = std::move(sample);
  handle(RequestConfirmImport{});  // one bulk write, as an import of the sample's file
  note_sample_pins();
}

void App::handle(const RequestSetUpBusiness& r) {
  if (!first_run(state_)) return;
  const std::string business = trim(r.business_name);
  const std::string owner = trim(r.owner_name);
  const std::string currency = trim(r.currency);
  if (business.empty())
    return report(SetUpRefused{Error{"business_name", "Give the business a name."}}, false);
  if (owner.empty())
    return report(SetUpRefused{Error{"owner_name", "Give the owner's name."}}, false);
  if (currency.size() != 3 ||
      !std::all_of(currency.begin(), currency.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
    return report(SetUpRefused{Error{"currency", "A currency is a three-letter code such as EUR."}},
                  false);
  auto hash = auth::hash_pin(r.pin, random_);
  if (!hash) return report(SetUpRefused{hash.error()}, false);

  Change change;
  state_.book.settings.business_name = business;
  state_.book.settings.currency = currency;
  change.records.emplace_back(state_.book.settings);
  for (Role& role : default_roles()) {
    const bool have = std::any_of(state_.book.roles.begin(), state_.book.roles.end(),
                                  [&role](const Role& x) { return x.id == role.id; });
    if (have) continue;
    state_.book.roles.push_back(role);
    change.records.emplace_back(std::move(role));
  }
  Staff staff{staff_id_from(owner), owner, std::string(kOwnerRole), std::move(hash).value()};
  const std::string id = staff.id;
  state_.book.staff.push_back(staff);
  change.records.emplace_back(std::move(staff));
  state_.storage.unsaved.push_back(std::move(change));
  send_unsaved();
  report(BusinessSetUp{business}, true);
  sign_in_as(id);
}

void App::handle(const RequestSetIdleSignOut& r) {
  if (!may_manage(state_.book, state_.staff_id))
    return report(SettingsRefused{Error{"idle_sign_out_seconds",
                                        "Only a role that manages the business (the owner's, by "
                                        "default) can change when the desk signs out."}},
                  false);
  if (r.seconds < 0 || r.seconds > kMaxIdleSignOutSeconds)
    return report(SettingsRefused{Error{"idle_sign_out_seconds",
                                        "Choose between 0 (never) and 1,440 minutes (a day)."}},
                  false);
  Change change;
  state_.book.settings.idle_sign_out_seconds = r.seconds;
  change.records.emplace_back(state_.book.settings);
  state_.storage.unsaved.push_back(std::move(change));
  send_unsaved();
  report(SettingsSaved{}, true);
}

}  // namespace mend::app
