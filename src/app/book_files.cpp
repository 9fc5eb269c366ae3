// The files side of App: exports (the book format or CSV), the import review
// (the core validates the whole file and merges it in trial; the person sees
// what would change) and the import itself, saved like any other change.
#include <algorithm>
#include <chrono>
#include <iterator>
#include <optional>
#include <string>
#include <unordered_set>
#include <utility>

#include "app/app.hpp"
#include "core/base/time_iso.hpp"
#include "core/bytes/event_bytes.hpp"
#include "core/json/csv.hpp"

namespace mend::app {

namespace {

// The records of theirs that ours lacks, as the store's records, so an
// import is written through the store like any other change.
Change new_records_in(const Book& ours, const Book& theirs) {
  Change change;
  auto add_records = [&change](const auto& our_list, const auto& their_list, auto key) {
    std::unordered_set<std::string> have;
    for (const auto& x : our_list) have.insert(key(x));
    for (const auto& x : their_list)
      if (!have.count(key(x))) change.records.emplace_back(x);
  };
  auto by_id = [](const auto& x) { return x.id; };
  add_records(ours.catalog, theirs.catalog, by_id);
  add_records(ours.roles, theirs.roles, by_id);
  add_records(ours.staff, theirs.staff, by_id);
  add_records(ours.playbooks, theirs.playbooks,
              [](const Playbook& p) { return p.id + "@" + std::to_string(p.version); });
  return change;
}

// The events (of the file) whose ids ours does not hold: the ones to save.
// An id ours holds with other content is a conflict, and ours is kept.
std::vector<Event> unknown_to(const Book& ours, std::vector<Event> events) {
  std::unordered_set<std::string_view> known;  // views into ours' case bytes
  for (std::size_t i = 0; i < ours.cases.size(); ++i)
    bytes::each_event_id(ours.cases.bytes(i), [&known](std::string_view id) { known.insert(id); });
  std::erase_if(events, [&known](const Event& e) { return known.count(e.id) > 0; });
  return events;
}

// A device never set up holds nothing of a business of its own: no cases, no
// staff, roles, catalog or playbooks, the default settings. An import onto it
// takes the file's settings as well (a new tablet joining the shop); a device
// with anything of its own keeps its settings.
bool never_set_up(const Book& book) {
  return book.cases.empty() && book.staff.empty() && book.roles.empty() && book.catalog.empty() &&
         book.playbooks.empty() && book.settings == Settings{};
}

// For the review: which of the file's settings differ from this device's,
// which are kept. Nullopt when they are the same.
std::optional<Error> settings_kept(const Settings& ours, const Settings& theirs) {
  std::string parts;
  auto differs = [&parts](bool differ, const char* name) {
    if (!differ) return;
    if (!parts.empty()) parts += ", ";
    parts += name;
  };
  differs(ours.business_name != theirs.business_name, "business name");
  differs(ours.currency != theirs.currency, "currency");
  differs(ours.first_response_seconds != theirs.first_response_seconds ||
              ours.recovery_seconds != theirs.recovery_seconds ||
              ours.follow_up_seconds != theirs.follow_up_seconds,
          "targets");
  differs(ours.utc_offset_minutes != theirs.utc_offset_minutes, "day boundary");
  differs(ours.segment_budgets != theirs.segment_budgets, "budgets");
  differs(ours.tier_annual_value != theirs.tier_annual_value, "customer values");
  differs(ours.vocabulary != theirs.vocabulary, "vocabulary");
  if (parts.empty()) return std::nullopt;
  return Error{"settings",
               "the file's settings differ (" + parts + "); this device keeps its own settings"};
}

}  // namespace

bool backup_due(const AppState& state) {
  if (state.book.cases.empty()) return false;
  return !state.last_export || state.now - *state.last_export >= kBackupReminderMs;
}

void App::preferences_read(const std::vector<store::Preference>& preferences) {
  for (const store::Preference& p : preferences) {
    if (p.key == kQueuePreference) queue_preference_read(p.value);
    if (p.key != kLastExportPreference) continue;
    if (auto at = parse_iso(p.value)) state_.last_export = at.value();
  }
}

void App::handle(const RequestExportBook& r) {
  if (state_.storage.opening) {
    report(ExportRefused{Error{"book", "the book is still opening; try again in a moment"}}, true);
    return;
  }
  BookExported done{r.kind, nullptr, state_.book.cases.size(), {}};
  if (r.kind == ExportKind::Book && (!r.passcode.empty() || !r.repeat.empty())) {
    if (std::optional<Error> wrong = check_new_passcode(r.passcode, r.repeat)) {
      report(ExportRefused{std::move(*wrong)}, true);
      return;
    }
    done.passcode = r.passcode;
  }
  const bool ranged = r.from && r.to;
  if (r.kind == ExportKind::CasesCsv) {
    done.bytes = std::make_shared<const std::string>(export_cases_csv(state_.book, state_.now));
  } else if (ranged) {
    done.bytes =
        std::make_shared<const std::string>(export_book_range(state_.book, *r.from, *r.to));
    done.cases = static_cast<std::size_t>(
        std::count_if(state_.book.cases.begin(), state_.book.cases.end(), [&r](const Case& c) {
          // Dated as export_book_range dates a case: by its Opened event.
          const auto opened = std::find_if(c.events.begin(), c.events.end(), [](const Event& e) {
            return std::holds_alternative<Opened>(e.payload);
          });
          return opened != c.events.end() && opened->at >= *r.from && opened->at < *r.to;
        }));
  } else {
    done.bytes = std::make_shared<const std::string>(export_book(state_.book));
    // Only a whole book in the book format is a backup that can be restored.
    state_.last_export = state_.now;
    Change remember;
    remember.records.emplace_back(
        store::Preference{std::string(kLastExportPreference), format_iso(state_.now)});
    state_.storage.unsaved.push_back(std::move(remember));
    send_unsaved();
  }
  report(std::move(done), true);
}

void App::handle(const RequestPickImportFile&) {
  report(ImportFileWanted{}, false);
}

void App::handle(const RequestImportStarted& r) {
  import_job_.reset();
  import_cancelled_ = false;
  state_.import = ImportReview{};
  state_.import->file_name = r.file_name;
}

void App::handle(const RequestImportFile& r) {
  if (import_cancelled_) {  // Cancel was pressed while the file was read
    import_cancelled_ = false;
    return;
  }
  ImportReview review;
  review.file_name = r.file_name;
  if (!r.read_error.empty()) {
    ImportResult unread;
    unread.errors.push_back(Error{"", r.read_error});
    state_.import = std::move(review);
    return review_import(std::move(unread));
  }
  const bool small = r.bytes.size() <= kImportAtOnce;
  import_job_ = std::make_unique<BookImportJob>(std::exchange(r.bytes, {}));
  review.checked = 0;
  state_.import = std::move(review);
  // A small file is checked at once (the review never shows "Checking…");
  // a large one a slice a frame, from the next tick.
  if (!small) return;
  while (!import_job_->step(kImportAtOnce)) {
  }
  check_import();
}

// One frame's share of checking the file under review (within kImportBudget),
// and the review once the check is done.
void App::check_import() {
  if (import_apply_) return apply_import(false);
  if (!import_job_) return;
  if (!state_.import) return import_job_.reset();
  using Clock = std::chrono::steady_clock;
  const Clock::time_point until = Clock::now() + kImportBudget;
  bool done = import_job_->done();
  while (!done && Clock::now() < until) done = import_job_->step(kImportSlice);
  state_.import->checked = import_job_->progress();
  if (!done) return;
  ImportResult file = import_job_->take();
  import_job_.reset();
  review_import(std::move(file));
}

void App::review_import(ImportResult file) {
  ImportReview& review = *state_.import;
  review.reading = false;
  review.checked = -1;
  if (!file.ok()) {
    review.error_count = file.errors.size();
    const std::size_t shown = std::min(file.errors.size(), kMaxShownImportErrors);
    review.errors.assign(file.errors.begin(),
                         file.errors.begin() + static_cast<std::ptrdiff_t>(shown));
    return;
  }
  // A trial merge: the core's counts and conflicts are what the dialog shows.
  MergeResult trial = merge_books(state_.book, *file.book, MergePolicy::PreferOurs);
  review.added = trial.added;
  review.conflicts = std::move(trial.conflicts);
  if (!never_set_up(state_.book))
    if (std::optional<Error> kept = settings_kept(state_.book.settings, file.book->settings))
      review.conflicts.insert(review.conflicts.begin(), std::move(*kept));
  review.cases_known = file.book->cases.size() - trial.added.cases;
  std::size_t event_conflicts = 0;
  for (const Error& c : review.conflicts)
    if (c.where.find(".events[") != std::string::npos) ++event_conflicts;
  review.events_known = file.book->cases.event_total() - trial.added.events - event_conflicts;
  review.theirs = std::move(file.book);
}

void App::handle(const RequestConfirmImport&) {
  if (!state_.import || !state_.import->theirs || import_apply_) return;
  if (state_.storage.opening) {
    report(ExportRefused{Error{"book", "the book is still opening; try again in a moment"}}, true);
    return;
  }
  import_apply_.emplace();
  state_.import->applying = 0;
  // A large file from the next tick on, a slice a frame: the press itself
  // costs nothing and the dialog says at once that the import is under way.
  if (state_.import->theirs->cases.size() <= kImportCasesAtOnce) apply_import(true);
}

// One frame's share of gathering the file's events (decoding its cases is
// most of an import's work), then the import itself.
void App::apply_import(bool at_once) {
  if (!state_.import || !state_.import->theirs) return import_apply_.reset();
  // The book read again meanwhile (its database deleted under the app): the
  // merge waits until it is all there.
  if (state_.storage.opening) return;
  using Clock = std::chrono::steady_clock;
  const Clock::time_point until = Clock::now() + kImportBudget;
  const Book& theirs = *state_.import->theirs;
  ImportApply& apply = *import_apply_;
  Case scratch;
  while (apply.next_case < theirs.cases.size() && (at_once || Clock::now() < until)) {
    const std::size_t end = std::min(theirs.cases.size(), apply.next_case + kPrepareStep);
    for (; apply.next_case < end; ++apply.next_case) {
      scratch.id.assign(theirs.cases.id(apply.next_case));
      if (!bytes::decode_case_events_into(theirs.cases.bytes(apply.next_case), scratch.id,
                                          scratch.events)
               .ok())
        continue;  // cannot happen: the table checks what it is given
      std::move(scratch.events.begin(), scratch.events.end(), std::back_inserter(apply.events));
    }
  }
  const std::size_t total = std::max<std::size_t>(theirs.cases.size(), 1);
  state_.import->applying = static_cast<double>(apply.next_case) / static_cast<double>(total);
  if (apply.next_case < theirs.cases.size()) return;
  // The merge in a frame of its own, not after a slice's full budget.
  if (!at_once && !std::exchange(apply.gathered, true)) return;
  finish_import();
}

// The merge, one write for all that is new, and the views: at once for a
// small file, else a slice a frame as when the book is opened.
void App::finish_import() {
  const Book& theirs = *state_.import->theirs;
  const bool small = theirs.cases.size() <= kImportCasesAtOnce;
  // Merged again, not taken from the trial: the book may have changed since.
  MergeResult merged = merge_books(state_.book, theirs, MergePolicy::PreferOurs);
  Change change = new_records_in(state_.book, theirs);
  change.events = unknown_to(state_.book, std::move(import_apply_->events));
  import_apply_.reset();
  if (never_set_up(state_.book) && theirs.settings != state_.book.settings) {
    merged.book->settings = theirs.settings;
    change.records.emplace_back(theirs.settings);
  }
  state_.book = std::move(*merged.book);
  state_.import.reset();
  if (!change.events.empty() || !change.records.empty()) {
    state_.storage.unsaved.push_back(std::move(change));
    send_unsaved();
  }
  if (small) {
    state_.derived.rebuild(state_.book, state_.now);
    report(BookImported{merged.added}, true);
    return;
  }
  imported_ = merged.added;
  state_.storage.opening = state_.storage.importing = true;
  state_.storage.cases_read = state_.book.cases.size();
  state_.storage.cases_ready = 0;
  state_.derived.start_rebuild(state_.now);
  preparing_ = true;  // from the next tick, a slice a frame
}

void App::handle(const RequestCancelImport&) {
  // Cancelled before the file's bytes arrived: they are dropped on arrival.
  import_cancelled_ =
      state_.import && state_.import->reading && !import_job_ && !state_.import->encrypted;
  import_job_.reset();
  import_apply_.reset();
  state_.import.reset();
}

void App::handle(const RequestNoteDeviceStorage& r) {
  state_.device = DeviceStorage{true, r.persisted, r.used_bytes, r.quota_bytes};
}

}  // namespace mend::app
