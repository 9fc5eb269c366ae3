// The store side of App: reading the book at start, and saving changes one
// write at a time so the store never holds a case's later events without
// its earlier ones (a failed write is retried, with whatever came after it,
// before anything newer is sent).
#include <algorithm>
#include <chrono>
#include <cstddef>
#include <utility>

#include "app/app.hpp"

namespace mend::app {

void App::open_book() {
  reading_ = std::make_unique<store::BookBuilder>();
  read_damage_.reset();
  state_.storage.opening = true;
  std::weak_ptr<bool> alive = alive_;
  store_.load(
      [this, alive](store::LoadChunk chunk) {
        if (alive.expired()) return;
        if (read_damage_) return;
        if (Status added = reading_->add(std::move(chunk)); !added.ok())
          read_damage_ = added.error();
        state_.storage.events_read = reading_->events_added();
      },
      [this, alive](const Status& status) {
        if (!alive.expired()) book_read(status);
      });
}

void App::book_read(const Status& status) {
  std::unique_ptr<store::BookBuilder> builder = std::move(reading_);
  state_.storage.opening = false;
  state_.storage.durable = store_.durable();  // a browser store knows once it has opened
  std::optional<Error> damage = std::exchange(read_damage_, std::nullopt);
  if (!status.ok() || damage) {
    // A store already known not to work (StoreNotice) explains this too, and
    // its banner says what to do: no second banner replaces it.
    report(BookOpenFailed{status.ok() ? *damage : status.error()},
           !state_.storage.failure.has_value());
    return;
  }
  store::LoadedBook loaded = std::move(*builder).finish();
  state_.book = std::move(loaded.book);
  preferences_read(loaded.preferences);
  // The book is in; the queue and totals are built in steps (prepare_book),
  // and the book counts as open once they are.
  state_.storage.opening = true;
  state_.storage.cases_read = state_.book.cases.size();
  state_.derived.start_rebuild(state_.now);
  preparing_ = true;
  prepare_book();
}

void App::prepare_book() {
  using Clock = std::chrono::steady_clock;
  const Clock::time_point until = Clock::now() + kPrepareBudget;
  bool done = false;
  while (!done && Clock::now() < until)
    done = state_.derived.rebuild_some(state_.book, kPrepareStep);
  state_.storage.cases_ready = state_.derived.cases_rebuilt();
  if (!done) return;
  preparing_ = false;
  state_.storage.opening = state_.storage.importing = false;
  state_.storage.cases_read = state_.storage.cases_ready = 0;
  if (imported_) {
    report(BookImported{*imported_}, true);
    imported_.reset();
  } else {
    report(BookOpened{state_.book.cases.size()}, false);
  }
  for (store::LoadChunk& chunk : arrived_while_opening_) merge_from_store(std::move(chunk));
  arrived_while_opening_.clear();
}

void App::send_unsaved() {
  StorageStatus& storage = state_.storage;
  if (sending_ > 0 || storage.unsaved.empty()) return;
  if (storage.failure && state_.now < storage.retry_at) return;
  // Everything unsaved goes as one atomic batch, oldest first.
  store::Batch batch;
  for (const Change& change : storage.unsaved) {
    batch.events.insert(batch.events.end(), change.events.begin(), change.events.end());
    batch.records.insert(batch.records.end(), change.records.begin(), change.records.end());
    batch.removed.insert(batch.removed.end(), change.removed.begin(), change.removed.end());
  }
  sending_ = storage.unsaved.size();
  std::weak_ptr<bool> alive = alive_;
  store_.write(std::move(batch), [this, alive, changes = sending_](const Status& status) {
    if (!alive.expired()) write_done(changes, status);
  });
}

void App::write_done(std::size_t changes, const Status& status) {
  StorageStatus& storage = state_.storage;
  sending_ = 0;
  storage.durable = store_.durable();
  if (status.ok()) {
    storage.unsaved.erase(storage.unsaved.begin(),
                          storage.unsaved.begin() + static_cast<std::ptrdiff_t>(
                                                        std::min(changes, storage.unsaved.size())));
    const bool recovered = storage.failure.has_value();
    storage.failure.reset();
    retry_delay_ = kFirstRetryMs;
    report(ChangeSaved{changes}, recovered);
    send_unsaved();  // what was changed while this write was under way
    return;
  }
  const bool first_failure = !storage.failure.has_value();
  storage.failure = status.error();
  storage.retry_at = state_.now + retry_delay_;
  retry_delay_ = std::min(retry_delay_ * 2, kLastRetryMs);
  report(SaveFailed{status.error(), storage.unsaved.size(), storage.retry_at}, first_failure);
}

}  // namespace mend::app
