#include "app/app.hpp"

#include "core/case/workflow.hpp"

namespace mend::app {

const char* screen_name(Screen s) {
  switch (s) {
    case Screen::Queue:
      return "queue";
    case Screen::NewCase:
      return "new-case";
    case Screen::CaseDetail:
      return "case";
  }
  return "unknown";
}

bool App::apply(std::vector<Command> commands) {
  for (const Command& c : commands) std::visit([this](const auto& cmd) { apply_one(cmd); }, c);
  return !commands.empty();
}

void App::apply_one(const ShowScreen& c) {
  if (c.screen == Screen::NewCase && state_.screen != Screen::NewCase) state_.draft = IntakeDraft{};
  state_.screen = c.screen;
}

void App::apply_one(const OpenCase& c) {
  state_.selected_case = c.case_id;
  state_.screen = Screen::CaseDetail;
}

void App::apply_one(const DismissMessages&) {
  state_.last_error.clear();
  state_.last_notice.clear();
}

void App::apply_one(const SubmitIntake& c) {
  const IntakeDraft& d = c.draft;
  if (d.customer_name.empty() && d.contact.empty()) {
    state_.last_error = "Customer: enter a name or a contact so you can follow up.";
    return;
  }
  Opened opened;
  opened.customer = Customer{d.customer_name, d.contact, d.segment, d.value_tier, 0, {}};
  opened.channel = d.channel;
  opened.category = d.category;
  opened.severity = d.severity;
  opened.customer_words = d.customer_words;
  opened.customer_wants = d.customer_wants;
  opened.taken_by = state_.staff_id;
  opened.playbook_id = d.playbook_id;
  opened.playbook_version = 1;
  opened.reference = make_reference(random_);
  Event event;
  event.id = new_id(state_.now, random_);
  event.case_id = event.id;
  event.at = state_.now;
  event.actor = state_.staff_id;
  event.payload = opened;
  const std::string reference = opened.reference;
  const std::string case_id = event.case_id;
  if (Status s = append_event(state_.book, std::move(event)); !s.ok()) {
    state_.last_error = "Could not open the case: " + s.error().message();
    return;
  }
  state_.last_error.clear();
  state_.last_notice = "Case " + reference + " opened.";
  state_.selected_case = case_id;
  state_.screen = Screen::CaseDetail;
}

}  // namespace mend::app
