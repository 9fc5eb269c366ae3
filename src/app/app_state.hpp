// What the app owns and the views draw: the book, what is derived from it,
// where saving stands, and what just happened. Views read it as const and
// push requests (requests.hpp); only App changes it. Forms keep their own
// drafts (ui::IntakeForm), not here.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/derived/derived.hpp"
#include "app/derived/queue_order.hpp"
#include "app/desk_session.hpp"
#include "app/kiosk.hpp"
#include "app/outcomes.hpp"
#include "app/requests.hpp"
#include "core/analytics/analytics.hpp"
#include "core/json/book_json.hpp"
#include "core/model/model.hpp"
#include "core/store/store.hpp"

namespace mend::app {

// One user action's events, written to the store as one atomic unit.
struct Change {
  std::vector<Event> events;
  std::vector<store::Record> records;  // upserted in the same batch (an import, a preference)
  std::vector<store::RecordKey>
      removed;  // records deleted in the same batch (nothing refers to them)
};

// Where saving stands, for the menu bar (ui::storage_text) and tests.
struct StorageStatus {
  bool durable = false;          // the store keeps confirmed changes after the tab closes
  bool opening = true;           // the book is still being read from the store
  std::size_t events_read = 0;   // while opening
  std::size_t cases_ready = 0;   // while opening: cases the queue and totals are built for
  std::size_t cases_read = 0;    // ... of this many
  bool importing = false;        // while opening: the views are rebuilt after an import
  std::vector<Change> unsaved;   // in the book, not yet confirmed by the store; oldest first
  std::optional<Error> failure;  // why the last write failed; cleared by the next success
  TimeMs retry_at = 0;           // when a failed write is tried again
};

// A file offered for import, while the person decides (RequestImportFile
// .. RequestConfirmImport / RequestCancelImport). Either errors (the file is
// not a valid book: nothing can be imported) or what merging it would do.
struct ImportReview {
  std::string file_name;
  bool reading = true;           // the bytes are still on their way from the file, or checked
  double checked = -1;           // while checked: how much, 0..1 (-1: not being checked)
  double applying = -1;          // Import pressed: how far, 0..1 (-1: not pressed)
  std::vector<Error> errors;     // the first kMaxShownImportErrors, each with its JSON path
  std::size_t error_count = 0;   // all of them (the core caps at kMaxImportErrors)
  std::optional<Book> theirs;    // the valid book from the file
  MergeCounts added;             // what merging would add to this book
  std::size_t cases_known = 0;   // cases of the file already in this book
  std::size_t events_known = 0;  // events of the file already in this book, same content
  std::vector<Error> conflicts;  // same id, different content: this device's version is kept
  bool encrypted = false;        // an encrypted book waiting for its passcode
  bool wrong_passcode = false;   // ... the last one given did not open it
  bool nothing_new() const { return added == MergeCounts{}; }
};
inline constexpr std::size_t kMaxShownImportErrors = 20;

// What the browser says about its storage (RequestNoteDeviceStorage).
struct DeviceStorage {
  bool known = false;
  bool persisted = false;
  double used_bytes = 0;
  double quota_bytes = 0;
};

// How long without a backup before the Data screen reminds (Safari deletes
// script-written storage of sites unused for 7 days).
inline constexpr TimeMs kBackupReminderMs = 7 * kMsPerDay;
// The store's preference that remembers the last whole-book export.
inline constexpr std::string_view kLastExportPreference = "last-export";

// The page around the app (RequestNotePage), and an update under way.
struct PageStatus {
  bool offline_ready = false;
  bool online = true;
  bool update_waiting = false;
  bool update_wanted = false;   // "Reload" pressed; waiting for unsaved changes
  bool update_go = false;       // ... all confirmed: the platform lets the new build in
  float text_scale = 1.0f;      // RequestTextSize
  std::string language = "en";  // RequestLanguage: the screens' language on this device
};

// The text sizes offered; RequestTextSize takes no other.
inline constexpr float kTextScales[] = {1.0f, 1.25f, 1.5f, 1.75f};

// The dashboard's numbers (app/dashboard.cpp): the range chosen and the
// analysis of it, made when the dashboard is shown and the range or the book
// has changed since — never every frame (a big book takes a second).
struct DashboardState {
  DashboardRange range = DashboardRange::ThisMonth;
  TimeMs from = 0, to = 0;  // the range as analysed (to: now for the named ranges)
  TimeMs custom_from = 0, custom_to = 0;
  std::optional<Analytics> analysis;
  std::size_t analysed_events = 0;  // the book's event count when analysed
  int analyses = 0;                 // how many times it was analysed (tests, benchmarks)
  bool stale = true;
};

struct AppState {
  Screen screen = Screen::Queue;
  Book book;  // confirmed and unsaved changes alike: what staff see is what they did
  Derived derived;
  std::string selected_case;  // case id on the CaseDetail screen
  std::string staff_id = "staff";
  StorageStatus storage;
  std::optional<AppOutcome> banner;    // the last outcome a person must see, until dismissed
  TimeMs banner_at = 0;                // when it came: a notice clears itself (app.cpp)
  std::vector<AppOutcome> outcomes;    // since the last frame was drawn
  TimeMs now = 0;                      // wall clock of this frame, from App::tick
  std::optional<TimeMs> last_export;   // the last whole-book export (kLastExportPreference)
  std::optional<ImportReview> import;  // a file offered for import, under review
  DeviceStorage device;
  DeskSession desk;  // who is at the desk (desk_session.hpp)
  PageStatus page;
  // The queue: how staff asked to see it (kept as kQueuePreference) and the
  // rows that shows, in order; App rebuilds the order when either changes.
  QueueChoice queue_choice;
  QueueOrder queue_order;
  DashboardState dashboard;
  // The retention rule in this session: cases it anonymised, and when it
  // last looked (Business > Settings shows both).
  std::size_t retention_anonymised = 0;
  std::optional<TimeMs> retention_checked;
  KioskState kiosk;  // kiosk mode in this tab (kiosk.hpp)
  LockState lock;    // the passcode lock on this device (lock.hpp)
};

// True when the book has cases and no whole-book export was made in the last
// kBackupReminderMs (or ever).
bool backup_due(const AppState& state);

}  // namespace mend::app
