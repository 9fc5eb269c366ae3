#include "app/app.hpp"

#include <array>
#include <utility>

#include "core/case/workflow.hpp"
#include "core/playbook/playbooks.hpp"

namespace mend::app {

namespace {

// Indexed by Screen: a new screen adds its name here and names itself in the
// static_assert. The browser tests read these names.
constexpr std::array<const char*, 5> kScreenNames = {"queue", "new-case", "case", "data",
                                                     "follow-ups"};
static_assert(kScreenNames.size() == static_cast<std::size_t>(Screen::FollowUps) + 1);

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
}

bool App::apply(const std::vector<Request>& requests) {
  state_.outcomes.clear();
  for (const Request& r : requests) std::visit([this](const auto& req) { handle(req); }, r);
  refresh_queue_order(preparing_);
  return !requests.empty();
}

// Not inlined: inlined into handle(RequestNewCase), GCC 12 warns that the
// variant's other alternatives "may be used uninitialized" (a false positive).
[[gnu::noinline]] void App::report(AppOutcome outcome, bool banner) {
  if (banner) state_.banner = outcome;
  state_.outcomes.push_back(std::move(outcome));
}

void App::handle(const RequestShowScreen& r) {
  switch (r.screen) {
    case Screen::NewCase:
      handle(RequestNewCase{});
      return;
    case Screen::CaseDetail:
      return;  // which case? RequestShowCase says
    case Screen::Queue:
    case Screen::Data:
    case Screen::FollowUps:
      state_.screen = r.screen;
      return;
  }
}

void App::handle(const RequestNewCase&) {
  if (state_.screen == Screen::NewCase) return;
  state_.screen = Screen::NewCase;
  report(IntakeStarted{}, false);
}

void App::handle(const RequestShowCase& r) {
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
  opened.customer = Customer{d.customer_name, d.contact, d.segment, d.value_tier, 0, {}};
  opened.channel = d.channel;
  opened.category = d.category;
  opened.severity = d.severity;
  opened.customer_words = d.customer_words;
  opened.customer_wants = d.customer_wants;
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
  state_.storage.unsaved.push_back(Change{{std::move(event)}, {}});
  send_unsaved();
  return ok_status();
}

}  // namespace mend::app
