// What the UI draws, and the requests it makes. Views read AppState and push
// Commands; App::apply() runs them after the frame is rendered, so the book
// never changes in the middle of a frame (imgui_demo's CloseQueue pattern).
#pragma once
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "core/model/model.hpp"

namespace mend::app {

enum class Screen { Queue, NewCase, CaseDetail };
const char* screen_name(Screen);

// The intake form while it is being filled in (not yet a case).
struct IntakeDraft {
  std::string customer_name, contact, segment = "regular", value_tier = "medium";
  std::string channel = "counter", category = "broken-promise";
  int severity = 2;
  std::string customer_words, customer_wants;
  std::string playbook_id = "three-step";
};

struct AppState {
  Screen screen = Screen::Queue;
  Book book;
  IntakeDraft draft;
  std::string selected_case;  // case id on the CaseDetail screen
  std::string staff_id = "staff";
  // Where the book is kept. Persistence arrives with the storage release; until
  // then the UI says plainly that nothing survives a reload.
  std::string storage_status = "memory only";
  std::string last_error;   // shown in a banner until dismissed
  std::string last_notice;  // short confirmation ("Case M-7KQ2 opened")
  TimeMs now = 0;           // wall clock of this frame, set by the platform
};

// ---- commands (requests from views) --------------------------------------------
struct ShowScreen {
  Screen screen;
};
struct OpenCase {
  std::string case_id;
};
struct SubmitIntake {
  IntakeDraft draft;
};
struct DismissMessages {};
using Command = std::variant<ShowScreen, OpenCase, SubmitIntake, DismissMessages>;

class Commands {
 public:
  void push(Command c) { queue_.push_back(std::move(c)); }
  std::vector<Command> take() { return std::exchange(queue_, {}); }
  bool empty() const { return queue_.empty(); }

 private:
  std::vector<Command> queue_;
};

}  // namespace mend::app
