// What views ask of the app. Views push requests while drawing; App::apply()
// runs them after the frame is rendered, so the book never changes in the
// middle of a frame (imgui_demo's CloseQueue). Each request says who handles
// it and which outcomes (outcomes.hpp) it can produce, as ImHex documents its
// Request* events.
#pragma once
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace mend::app {

enum class Screen { Queue, NewCase, CaseDetail };
const char* screen_name(Screen);

// What the intake form submits: the customer and what went wrong, as ids of
// the book's vocabulary. The form owns its draft of it (ui::IntakeForm).
struct IntakeData {
  std::string customer_name, contact, segment = "regular", value_tier = "medium";
  std::string channel = "counter", category = "broken-promise";
  int severity = 2;
  std::string customer_words, customer_wants;
  std::string playbook_id = "three-step";
};

// Shows a screen that needs nothing else (the queue). Handled by App.
// Screen::NewCase does what RequestNewCase does; Screen::CaseDetail needs a
// case, so it goes through RequestShowCase and is ignored here.
// Outcomes: IntakeStarted (for Screen::NewCase, as RequestNewCase).
struct RequestShowScreen {
  Screen screen;
};

// Opens the intake form. Handled by App. Outcomes: IntakeStarted when the
// form was not already open (forms clear their drafts on it); asked again
// while the form is open, nothing happens, so a half-typed intake survives.
struct RequestNewCase {};

// Submits the intake: opens a case through the core's workflow. Handled by
// App. Outcomes: CaseOpened (the case is in the book, shown, and being
// saved: ChangeSaved or SaveFailed follow), or IntakeRefused with the core's
// where and why (nothing changes; the form keeps what was typed).
struct RequestOpenCase {
  IntakeData intake;
};

// Shows an existing case. Handled by App. No outcome: the case screen says so
// itself when the case is not in the book.
struct RequestShowCase {
  std::string case_id;
};

// Clears the message banner. Handled by App. No outcome.
struct RequestDismissMessage {};

using Request = std::variant<RequestShowScreen, RequestNewCase, RequestOpenCase, RequestShowCase,
                             RequestDismissMessage>;

// The frame's requests, in the order views pushed them.
class Requests {
 public:
  void push(Request r) { queue_.push_back(std::move(r)); }
  std::vector<Request> take() { return std::exchange(queue_, {}); }
  bool empty() const { return queue_.empty(); }

 private:
  std::vector<Request> queue_;
};

}  // namespace mend::app
