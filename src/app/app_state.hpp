// What the app owns and the views draw: the book, what is derived from it,
// where saving stands, and what just happened. Views read it as const and
// push requests (requests.hpp); only App changes it. Forms keep their own
// drafts (ui::IntakeForm), not here.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "app/derived/derived.hpp"
#include "app/outcomes.hpp"
#include "app/requests.hpp"
#include "core/model/model.hpp"

namespace mend::app {

// One user action's events, written to the store as one atomic unit.
struct Change {
  std::vector<Event> events;
};

// Where saving stands, for the menu bar (ui::storage_text) and tests.
struct StorageStatus {
  bool durable = false;          // the store keeps confirmed changes after the tab closes
  bool opening = true;           // the book is still being read from the store
  std::size_t events_read = 0;   // while opening
  std::vector<Change> unsaved;   // in the book, not yet confirmed by the store; oldest first
  std::optional<Error> failure;  // why the last write failed; cleared by the next success
  TimeMs retry_at = 0;           // when a failed write is tried again
};

struct AppState {
  Screen screen = Screen::Queue;
  Book book;  // confirmed and unsaved changes alike: what staff see is what they did
  Derived derived;
  std::string selected_case;  // case id on the CaseDetail screen
  std::string staff_id = "staff";
  StorageStatus storage;
  std::optional<AppOutcome> banner;  // the last outcome a person must see, until dismissed
  std::vector<AppOutcome> outcomes;  // since the last frame was drawn
  TimeMs now = 0;                    // wall clock of this frame, from App::tick
};

}  // namespace mend::app
