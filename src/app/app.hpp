// The app: runs the views' requests through the core's rules, keeps the
// derived views in step with the book, and saves every change through the
// Store, reporting outcomes. The one way for data:
//   request -> core validates -> event appended to the book -> derived views
//   updated -> change written to the store (pending) -> confirmed (saved) or
//   failed (kept, pending, retried).
#pragma once
#include <chrono>
#include <cstddef>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "app/app_state.hpp"
#include "core/base/ids.hpp"
#include "core/json/book_import_job.hpp"
#include "core/store/store.hpp"

namespace mend::app {

class App {
 public:
  // Starts reading the book from the store; it arrives through the store's
  // callbacks (run_pending). The store must outlive the App or stop calling
  // back once the App is gone (callbacks check a liveness token).
  App(store::Store& store, RandomSource& random);
  // The store's callbacks point at this App, so it stays where it was made.
  App(const App&) = delete;
  App& operator=(const App&) = delete;
  App(App&&) = delete;
  App& operator=(App&&) = delete;
  ~App() = default;

  const AppState& state() const { return state_; }

  // The frame's wall clock: refreshes rows whose clocks crossed a deadline
  // and retries a failed write when its time has come.
  void tick(TimeMs now);
  // Runs the frame's requests in order, after the frame was drawn. Starts a
  // new list of outcomes. Returns true when anything may look different.
  bool apply(const std::vector<Request>& requests);

  // store_news.cpp: what the store learns by itself, outside the app's reads
  // and writes (the platform's store tells the frame loop, which calls these
  // between frames).
  // Events and records another tab (or device) stored: events the book does
  // not have yet join it through the same derived-data path; known ids are
  // skipped; records replace the book's record of the same key.
  void merge_from_store(store::LoadChunk chunk);
  void store_notice(StoreNotice notice);
  // The store lost what it had confirmed (the database deleted under the app)
  // and is empty again: everything the book holds is sent again, so nothing
  // on screen is lost.
  void store_emptied();
  // lock.cpp: what the platform reports about the passcode lock.
  void lock_news(const LockNews& news);

  // Between failed attempts to save, doubling from the first to the last.
  // Whether `pin` is this member of staff's PIN, counting wrong tries against
  // the name (desk_session.hpp's PinLock): the sign-in screen and a manager's
  // approval on the spot both ask this. Never logs or keeps the PIN.
  PinCheck check_staff_pin(std::string_view staff_id, std::string_view pin);

  static constexpr TimeMs kFirstRetryMs = 1000;
  static constexpr TimeMs kLastRetryMs = 30000;

 private:
  void handle(const RequestShowScreen&);
  void handle(const RequestNewCase&);
  void handle(const RequestOpenCase&);
  void handle(const RequestShowCase&);
  void handle(const RequestDismissMessage&);
  // book_files.cpp: export and import.
  void handle(const RequestExportBook&);
  void handle(const RequestPickImportFile&);
  void handle(const RequestImportStarted&);
  void handle(const RequestImportFile&);
  void handle(const RequestConfirmImport&);
  void handle(const RequestCancelImport&);
  void handle(const RequestNoteDeviceStorage&);
  // case_actions.cpp: the case screen (issue 8 part A).
  void handle(const RequestCaseEvent&);
  // Keeps the states of the shown case's customer's other cases (history).
  void keep_customer_history(std::string_view case_id);
  // desk_session.cpp: who is at the desk.
  void handle(const RequestTrySample&);
  void handle(const RequestSetUpBusiness&);
  void handle(const RequestSignIn&);
  void handle(const RequestSignOut&);
  void handle(const RequestDeskActivity&);
  void handle(const RequestSetIdleSignOut&);
  void sign_in_as(const std::string& staff_id);
  void sign_out_when_idle();
  void note_sample_pins();  // after the book changed: which sample PINs still match
  // queue_choice.cpp: the queue (issue 8 part C).
  void handle(const RequestQueueView&);
  // Brings AppState::queue_order in step with the rows and the choice (cheap
  // when neither changed); `opening`: rows are still being built, so the
  // order is rebuilt at most once a second.
  void refresh_queue_order(bool opening = false);
  void queue_preference_read(std::string_view text);  // keeps the search typed meanwhile
  TimeMs queue_order_at_ = 0;  // when refresh_queue_order last rebuilt while opening
  // compensation_actions.cpp: compensation (issue 8 part D).
  void handle(const RequestGrant&);
  void handle(const RequestApprovedGrant&);
  void handle(const RequestOffer&);
  void handle(const RequestReverseGrant&);
  // the page (page_status.cpp)
  void handle(const RequestNotePage&);
  void handle(const RequestTextSize&);
  void handle(const RequestLanguage&);
  void handle(const RequestUpdateNow&);
  void follow_update();
  // the owner's dashboard (dashboard.cpp)
  void handle(const RequestDashboardRange&);
  void refresh_dashboard();
  void handle(const RequestSaveDashboardImage&);
  void handle(const RequestDashboardImageDone&);
  // the owner's editors (editing.cpp)
  void handle(const RequestSaveItem&);
  void handle(const RequestSaveRole&);
  void handle(const RequestSaveStaff&);
  void handle(const RequestSaveSettings&);
  void handle(const RequestSavePlaybook&);
  void handle(const RequestRemoveRecord&);
  // kiosk.cpp: kiosk mode.
  void handle(const RequestEnterKiosk&);
  void handle(const RequestKioskBegin&);
  void handle(const RequestKioskSubmit&);
  void handle(const RequestKioskDone&);
  void handle(const RequestLeaveKiosk&);
  // lock.cpp: the passcode lock, and encrypted files.
  void handle(const RequestImportEncrypted&);
  void handle(const RequestOpenEncryptedImport&);
  void handle(const RequestUnlock&);
  void handle(const RequestSetPasscode&);
  void handle(const RequestChangePasscode&);
  void handle(const RequestRemovePasscode&);
  void handle(const RequestLockIdleTime&);
  void handle(const RequestLockNow&);
  // Refused unless someone who may manage is at the desk, outside kiosk mode.
  bool may_change_lock(LockAction action);
  // Returns the kiosk to its attract screen for the next person.
  void wipe_kiosk(bool idle);
  // The kiosk's clocks: "Still there?" then the wipe; the thanks screen's end.
  void keep_kiosk();
  // anonymising.cpp: the retention rule and forgetting a customer.
  void handle(const RequestForgetCustomer&);
  // One step of the retention rule: finds the cases due (at most once an
  // hour, and after the setting changes) and anonymises a frame's share.
  void keep_retention();
  // Appends Anonymised events (and the settings, when the book's pseudonym
  // key is new) as one change; returns how many cases were anonymised.
  std::size_t anonymise(const std::vector<std::string>& case_ids, std::string_view reason,
                        std::string_view request_token);
  // Whether the signed-in person may change the business's records; reports
  // the refusal when not.
  bool may_edit(EditKind kind);
  // Queues an editor's change for saving and says so.
  void save_records(Change change, RecordSaved saved);
  // Appends events of one case in order, all or none, and saves them as one
  // change (an approval and the grant it allows).
  Status record_together(std::vector<Event> events);
  // Reads this device's preferences that the app keeps (the last export).
  void preferences_read(const std::vector<store::Preference>& preferences);

  // Clears the banner when it is a notice (moving to another screen).
  void clear_notice();
  void report(AppOutcome outcome, bool banner);
  // Validates and appends through the core, updates the derived views and
  // queues the change for saving. Nothing changes when the core refuses.
  Status record(Event event);
  // An id for a new event of this case, sorting after its last event's (the
  // case's events are kept in id order, its opening first, whatever the clock).
  std::string case_event_id(std::string_view case_id);

  // saving.cpp: the store side.
  void open_book();
  void book_read(const Status& status);
  void prepare_book();  // one step of building the derived views of a book just read
  void send_unsaved();
  void write_done(std::size_t changes, const Status& status);

  // Events another tab stored while the book was still opening.
  std::vector<store::LoadChunk> arrived_while_opening_;
  AppState state_;
  store::Store& store_;
  RandomSource& random_;
  std::unique_ptr<store::BookBuilder> reading_;  // while the book is being read
  std::optional<Error> read_damage_;             // a chunk of it could not be read
  bool preparing_ = false;                       // the book is read; its derived views are not
  // One frame's share of preparing a book read from the store, in steps of
  // cases: long enough to finish a small book at once, short enough that a
  // large one never stalls the page.
  static constexpr std::chrono::milliseconds kPrepareBudget{150};
  static constexpr std::size_t kPrepareStep = 256;
  // A file being checked for import (book_files.cpp), a slice a frame when it
  // is large; cancelled_reading_: the review was cancelled while the file was
  // still read, so its bytes are dropped when they arrive.
  std::unique_ptr<BookImportJob> import_job_;
  bool import_cancelled_ = false;
  static constexpr std::chrono::milliseconds kImportBudget{40};
  static constexpr std::size_t kImportSlice = std::size_t{256} << 10;
  static constexpr std::size_t kImportAtOnce = std::size_t{4} << 20;  // smaller: checked at once
  void check_import();
  void review_import(ImportResult file);
  // Import pressed: the file's events gathered a slice a frame (the file's
  // book does not change while under review), then merged, saved as one
  // write and the derived views rebuilt a slice a frame (prepare_book).
  struct ImportApply {
    std::size_t next_case = 0;  // of the file's cases
    std::vector<Event> events;  // the file's events, in its case order
    bool gathered = false;      // all of them: the merge comes next frame
  };
  std::optional<ImportApply> import_apply_;
  std::optional<MergeCounts> imported_;  // while preparing: the import that is being prepared
  static constexpr std::size_t kImportCasesAtOnce = 2000;  // fewer: imported within the frame
  void apply_import(bool at_once);
  void finish_import();
  std::size_t sending_ = 0;  // changes in the write in flight (oldest first)
  // The retention rule's work (anonymising.cpp).
  std::vector<std::string> retention_due_;  // case ids still to anonymise
  TimeMs retention_checked_at_ = 0;         // 0: check at the next tick
  int retention_months_ = 0;                // the setting as last checked
  TimeMs retry_delay_ = kFirstRetryMs;
  std::shared_ptr<bool> alive_ = std::make_shared<bool>(true);
  std::vector<Staff> staff_seen_;  // the staff list note_sample_pins() last looked at
};

}  // namespace mend::app
