#include "app/app.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <utility>
#include <vector>

#include "core/base/text.hpp"
#include "core/bytes/event_bytes.hpp"
#include "core/case/workflow.hpp"
#include "core/playbook/playbooks.hpp"

namespace mend::app {

namespace {

// Indexed by Screen: a new screen adds its name here and names itself in the
// static_assert. The browser tests read these names.
constexpr std::array<const char*, 7> kScreenNames = {"queue",      "new-case",  "case",    "data",
                                                     "follow-ups", "dashboard", "business"};
static_assert(kScreenNames.size() == static_cast<std::size_t>(Screen::Business) + 1);

// What the customer cares about, as the recommender matches it: trimmed,
// ASCII lower-cased, each once, in the order given, blanks dropped.
std::vector<std::string> intake_tags(const std::vector<std::string>& typed) {
  std::vector<std::string> tags;
  for (const std::string& t : typed) {
    std::string tag = normalise_name(t);
    if (!tag.empty() && std::find(tags.begin(), tags.end(), tag) == tags.end())
      tags.push_back(std::move(tag));
  }
  return tags;
}

// A notice ("Case M-… opened", "Exported …") clears itself after this long
// or when the person moves to another screen; a refusal or failure stays
// until dismissed, because it asks for something to be done.
constexpr TimeMs kNoticeShownMs = 6000;

bool is_notice(const AppOutcome& o) {
  return std::holds_alternative<CaseOpened>(o) || std::holds_alternative<BookExported>(o) ||
         std::holds_alternative<BookImported>(o) || std::holds_alternative<BusinessSetUp>(o) ||
         std::holds_alternative<SignedOut>(o) || std::holds_alternative<RecordSaved>(o) ||
         std::holds_alternative<CustomersForgotten>(o) ||
         (std::holds_alternative<DashboardImageSaved>(o) &&
          std::get<DashboardImageSaved>(o).why.empty());
}

}  // namespace

const char* screen_name(Screen s) {
  const auto i = static_cast<std::size_t>(s);
  return i < kScreenNames.size() ? kScreenNames[i] : "unknown";
}

App::App(store::Store& store, RandomSource& random) : store_(store), random_(random) {
  state_.storage.durable = store.durable();
  open_book();
}

void App::tick(TimeMs now) {
  state_.now = now;
  check_import();  // a large file under review, a slice a frame
  if (preparing_) {
    prepare_book();
    return refresh_queue_order(preparing_);
  }
  state_.derived.advance(state_.book, now);
  refresh_queue_order();
  send_unsaved();  // a failed write is tried again once its retry time has come
  // Who is at the desk: the sample's PINs follow the staff list (small; no
  // case is read), and an idle desk signs out.
  if (state_.book.staff != staff_seen_) {
    staff_seen_ = state_.book.staff;
    note_sample_pins();
  }
  sign_out_when_idle();
  keep_kiosk();
  keep_retention();
  follow_update();
  refresh_dashboard();
  if (state_.banner && is_notice(*state_.banner) && now - state_.banner_at >= kNoticeShownMs)
    state_.banner.reset();
}

void App::clear_notice() {
  if (state_.banner && is_notice(*state_.banner)) state_.banner.reset();
}

bool App::apply(const std::vector<Request>& requests) {
  state_.outcomes.clear();
  for (const Request& r : requests) {
    // A kiosk hears only its own requests: nothing reaches the staff's screens.
    if (state_.kiosk.on && !heard_in_kiosk(r)) continue;
    std::visit([this](const auto& req) { handle(req); }, r);
  }
  refresh_queue_order(preparing_);
  return !requests.empty();
}

// Not inlined: inlined into handle(RequestNewCase), GCC 12 warns that the
// variant's other alternatives "may be used uninitialized" (a false positive).
[[gnu::noinline]] void App::report(AppOutcome outcome, bool banner) {
  if (banner) {
    state_.banner = outcome;
    state_.banner_at = state_.now;
  }
  state_.outcomes.push_back(std::move(outcome));
}

void App::handle(const RequestShowScreen& r) {
  if (r.screen != state_.screen) clear_notice();
  switch (r.screen) {
    case Screen::NewCase:
      handle(RequestNewCase{});
      return;
    case Screen::CaseDetail:
      return;  // which case? RequestShowCase says
    case Screen::Queue:
    case Screen::Data:
    case Screen::FollowUps:
    case Screen::Dashboard:
    case Screen::Business:
      state_.screen = r.screen;
      return;
  }
}

void App::handle(const RequestNewCase&) {
  if (state_.screen == Screen::NewCase) return;
  clear_notice();
  state_.screen = Screen::NewCase;
  report(IntakeStarted{}, false);
}

void App::handle(const RequestShowCase& r) {
  if (r.case_id != state_.selected_case || state_.screen != Screen::CaseDetail) clear_notice();
  state_.derived.keep_state(state_.book, r.case_id);
  keep_customer_history(r.case_id);
  state_.selected_case = r.case_id;
  state_.screen = Screen::CaseDetail;
}

void App::handle(const RequestDismissMessage&) {
  state_.banner.reset();
}

void App::handle(const RequestOpenCase& r) {
  if (state_.storage.opening) {
    report(IntakeRefused{Error{"book", "the book is still opening; try again in a moment"}}, true);
    return;
  }
  const IntakeData& d = r.intake;
  Opened opened;
  opened.customer =
      Customer{trim(d.customer_name),        trim(d.contact),           d.segment, d.value_tier,
               std::max(0, d.tenure_months), intake_tags(d.cares_about)};
  opened.channel = d.channel;
  opened.category = d.category;
  opened.severity = d.severity;
  opened.customer_words = trim(d.customer_words);
  opened.customer_wants = trim(d.customer_wants);
  opened.taken_by = state_.staff_id;
  opened.playbook_id = d.playbook_id;
  // A new case follows the playbook as it is now; an unknown id gets version
  // 0, which the core refuses with its own reason.
  const Playbook* playbook = latest_playbook(state_.book, d.playbook_id);
  opened.playbook_version = playbook ? playbook->version : 0;
  opened.reference = make_reference(random_);
  Event event;
  event.id = new_id(state_.now, random_);
  event.case_id = event.id;
  event.at = state_.now;
  event.actor = state_.staff_id;
  CaseOpened done{event.case_id, opened.reference};
  event.payload = std::move(opened);
  if (Status s = record(std::move(event)); !s.ok()) {
    report(IntakeRefused{s.error()}, true);
    return;
  }
  state_.selected_case = done.case_id;
  keep_customer_history(done.case_id);
  state_.screen = Screen::CaseDetail;
  report(std::move(done), true);
}

Status App::record(Event event) {
  if (Status s = append_event(state_.book, event, state_.derived.ledger()); !s.ok()) return s;
  state_.derived.event_applied(state_.book, event, state_.now);
  state_.storage.unsaved.push_back(Change{{std::move(event)}, {}, {}});
  send_unsaved();
  return ok_status();
}

std::string App::case_event_id(std::string_view case_id) {
  std::string_view last;
  if (const std::optional<std::size_t> i = state_.book.cases.index_of(case_id))
    bytes::each_event_id(state_.book.cases.bytes(*i), [&last](std::string_view id) {
      if (id > last) last = id;
    });
  return new_id_after(last, state_.now, random_);
}

}  // namespace mend::app
