// The queue's sort and filters (issue 8 part C): the choice, kept as a
// preference of this device, and the order of rows it gives.
#include "app/app.hpp"

namespace mend::app {

void App::handle(const RequestQueueView& r) {
  const bool kept_part_changed =
      queue_preference_text(r.choice) != queue_preference_text(state_.queue_choice);
  state_.queue_choice = r.choice;
  if (!kept_part_changed) return;  // only the search: not worth a write per key press
  Change remember;
  remember.records.emplace_back(
      store::Preference{std::string(kQueuePreference), queue_preference_text(r.choice)});
  state_.storage.unsaved.push_back(std::move(remember));
  send_unsaved();
}

void App::queue_preference_read(std::string_view text) {
  std::string search = std::move(state_.queue_choice.search);
  state_.queue_choice = parse_queue_preference(text);
  state_.queue_choice.search = std::move(search);
}

void App::refresh_queue_order(bool opening) {
  if (opening && state_.now - queue_order_at_ < 1000) return;
  if (state_.queue_order.refresh(state_.book, state_.derived.queue(), state_.queue_choice,
                                 state_.staff_id))
    queue_order_at_ = state_.now;
}

}  // namespace mend::app
