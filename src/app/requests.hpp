// What views ask of the app. Views push requests while drawing; App::apply()
// runs them after the frame is rendered, so the book never changes in the
// middle of a frame (imgui_demo's CloseQueue). Each request says who handles
// it and which outcomes (outcomes.hpp) it can produce, as ImHex documents its
// Request* events.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "app/derived/queue_choice.hpp"
#include "app/lock.hpp"
#include "core/model/model.hpp"

namespace mend::app {

// Dashboard: the owner's numbers (ui/dashboard_view). Business: the editors
// of the catalog, staff and roles, playbooks and settings (ui/business_view);
// both are for roles that may manage (core may_manage); others who get there
// see the dashboard refused and the editors read-only.
enum class Screen { Queue, NewCase, CaseDetail, Data, FollowUps, Dashboard, Business };
const char* screen_name(Screen);

// What the intake form submits: the customer and what went wrong, as ids of
// the book's vocabulary. The form owns its draft of it (ui::IntakeForm).
struct IntakeData {
  std::string customer_name, contact, segment = "regular", value_tier = "medium";
  std::string channel = "counter", category = "broken-promise";
  int severity = 2;
  std::string customer_words, customer_wants;
  std::string playbook_id = "three-step";
  int tenure_months = 0;                 // how long they have been a customer
  std::vector<std::string> cares_about;  // free tags; the recommender matches them
};

// Shows a screen that needs nothing else (the queue). Handled by App.
// Screen::Data is "Storage and backups" (the platform then asks the browser
// how much it stores: RequestNoteDeviceStorage). Screen::NewCase does what
// RequestNewCase does; Screen::CaseDetail needs a
// case, so it goes through RequestShowCase and is ignored here.
// Outcomes: IntakeStarted (for Screen::NewCase, as RequestNewCase).
struct RequestShowScreen {
  Screen screen;
};

// Opens the intake form. Handled by App. Outcomes: IntakeStarted when the
// form was not already open (forms clear their drafts on it); asked again
// while the form is open, nothing happens, so a half-typed intake survives.
struct RequestNewCase {};

// Submits the intake: opens a case through the core's workflow. Names,
// contacts and words are trimmed first (a name of only spaces is no name);
// tags are trimmed, lower-cased and kept once. Handled by
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

// ---- files: export, import (book_files.cpp) ------------------------------------
enum class ExportKind { Book, CasesCsv };

// Makes an export of the book. Handled by App (book_files.cpp). Kind Book
// writes the book format: the whole book, or with `from`/`to` only the
// cases opened in [from, to) (export_book_range); CasesCsv writes one row
// per case with the clocks judged at the frame's time. Outcomes: BookExported
// (the platform hands its bytes to the browser as a download; a whole-book
// export is remembered as the last backup in the store's "last-export"
// preference), or ExportRefused while the book is still opening.
struct RequestExportBook {
  ExportKind kind = ExportKind::Book;
  std::optional<std::int64_t> from, to;  // TimeMs; both or neither
  // A book file encrypted with this passcode (the lock's scheme: the
  // platform encrypts); empty: plain. Checked with check_new_passcode.
  std::string passcode, repeat;
};

// Asks for a file to import. Handled by App. Outcome: ImportFileWanted (the
// platform opens the browser's file picker; the file comes back as
// RequestImportStarted and RequestImportFile).
struct RequestPickImportFile {};

// A file is being read (picked or dropped); the import dialog says "Reading
// file…". Pushed by the platform. Handled by App. No outcome.
struct RequestImportStarted {
  std::string file_name;
};

// The bytes of a file to import. Pushed by the platform. Handled by App: the
// core validates the whole file (BookImportJob, a slice per frame for a large
// file, so the page keeps drawing and Cancel works) and merges it in trial
// (merge_books); AppState::import then shows what would change, or the
// file's errors. Nothing in the book changes yet. No outcome. Dropped when
// the review was cancelled while the file was read.
struct RequestImportFile {
  std::string file_name;
  mutable std::string bytes;  // taken by App (a file may be 100s of MB: never copied)
  std::string read_error;     // set when the file could not be read: the review shows it
};

// Merges the file under review into the book and saves what it added like
// any change (pending, then saved). Where both books hold the same id with
// different content, this device's version is kept (the review lists those
// conflicts). Handled by App. Outcome: BookImported (its counts; all zero:
// nothing new), or nothing when no valid file is under review.
struct RequestConfirmImport {};

// Closes the import review; nothing changes. Handled by App. No outcome.
struct RequestCancelImport {};

// The file being imported is an encrypted book: the review asks for its
// passcode (`wrong`: the last one given did not open it). Pushed by the
// platform. Handled by App. No outcome.
struct RequestImportEncrypted {
  std::string file_name;
  bool wrong = false;
};
// The passcode for the encrypted file under review. Handled by App. Outcome:
// ImportPasscodeGiven (the platform decrypts, then the file comes back as
// RequestImportFile, or RequestImportEncrypted with `wrong`).
struct RequestOpenEncryptedImport {
  std::string passcode;
};

// What the browser says about its storage, for the Data screen. Pushed by the
// platform. Handled by App. No outcome.
struct RequestNoteDeviceStorage {
  bool persisted = false;  // the browser will not evict the site's data on its own
  double used_bytes = 0;
  double quota_bytes = 0;
};

// ---- the case screen (case_actions.cpp) -----------------------------------------
// Screen::FollowUps (through RequestShowScreen) lists the follow-ups due today
// and overdue (Derived::follow_ups).

// Records one thing done on a case: `payload` (StepDone, Note,
// FollowUpScheduled, FollowUpDone, Outcome, Analysis, Closed or Reopened)
// becomes an event by AppState::staff_id at the frame's time, through the
// core's workflow. `control` names the control that asked ("step:apologise",
// "close"), so the view shows a refusal next to it. Close needs an outcome:
// a Closed is refused until the customer's verdict is recorded. Opened and
// compensation payloads are refused here (they have their own requests).
// Handled by App (case_actions.cpp). Outcomes: CaseEventRecorded (saved like
// any change: ChangeSaved / SaveFailed follow), or CaseEventRefused with the
// core's where and why (nothing changes).
struct RequestCaseEvent {
  std::string case_id;
  std::string control;
  Payload payload;
};

// ---- who is at the desk (desk_session.cpp) ---------------------------------------
// First run: fills the empty book with the generated sample business (60
// cases, staff with the PINs the sign-in screen shows), stored like an import
// in one write. Handled by App. Outcome: BookImported; ignored unless
// first_run(state).
struct RequestTrySample {};

// First run: the business's name and currency, and its owner (a Staff record
// with role "owner" and the PIN's Argon2id hash), plus default roles; saved
// as records. The owner is signed in. Handled by App. Outcomes: BusinessSetUp
// then SignedIn, or SetUpRefused with where and why (nothing changes).
struct RequestSetUpBusiness {
  std::string business_name, currency, owner_name, pin;
};

// Signs a member of staff in with their PIN. Handled by App
// (check_staff_pin). Outcomes: SignedIn, or SignInRefused (wrong PIN, locked
// after repeated wrong PINs: how long to wait). Staff without a PIN (books
// from before PINs) sign in with their name alone.
struct RequestSignIn {
  std::string staff_id, pin;
};

// "Switch user": signs out; the sign-in screen follows. Handled by App.
// Outcome: SignedOut.
struct RequestSignOut {};

// Someone touched the desk (pointer, key or text) this frame: the idle
// sign-out clock restarts. Pushed by the shell. Handled by App. No outcome.
struct RequestDeskActivity {};

// How long an untouched desk stays signed in (Settings::idle_sign_out_seconds,
// 0 = never), set on the Data screen. Only someone whose role can approve may
// change it (anyone while the book has no staff). Handled by App: saved as
// the settings record, with the same pending/saved states as a case.
// Outcomes: SettingsSaved, or SettingsRefused with where and why (nothing
// changes).
struct RequestSetIdleSignOut {
  int seconds = 0;
};

// ---- the queue (issue 8 part C) ---------------------------------------------------
// Sorts, filters or searches the queue: `choice` replaces AppState::queue_choice
// whole. Handled by App (queue_choice.cpp): AppState::queue_order is rebuilt
// before the next frame, and a change of anything but the search is kept as
// the store's kQueuePreference so a reload shows the queue the same way. No
// outcome.
struct RequestQueueView {
  QueueChoice choice;
};

// ---- compensation (compensation_actions.cpp, issue 8 part D) -----------------------
// Each records its event(s) by AppState::staff_id at the frame's time through
// the core's workflow and answers with the case screen's outcomes:
// CaseEventRecorded (saved like any change) or CaseEventRefused (nothing
// changes), for the `control` named with each request, so the reason shows
// next to the button that asked.

// Grants a catalog item on the signed-in person's own authority: re-checked
// with check_grant at the frame's time; cost and value are the item's times
// `quantity`. Over authority it is refused (the desk asks for an approval
// instead: RequestApprovedGrant). Control "grant:<item_id>".
struct RequestGrant {
  std::string case_id;
  std::string item_id;
  int quantity = 1;
};

// A manager's approval on the spot: `approver_id` (a member of staff whose
// role can approve, not the signed-in person) enters their PIN
// (App::check_staff_pin, rate-limited like sign-in). Right PIN: an Approval
// (requested_by the signed-in person, approved_by, the item, amount = the
// grant's cost, reason; the approver is its actor) and the Granted carrying
// its approval_id are recorded in one save. Control "approve:<item_id>".
// Outcomes: CaseEventRecorded (with the grant's event id), CaseEventRefused
// (the core's or the app's reason; nothing recorded), or GrantApprovalRefused
// (a wrong PIN, a locked name or a name without a PIN; nothing recorded).
struct RequestApprovedGrant {
  std::string case_id;
  std::string item_id;
  int quantity = 1;
  std::string approver_id;
  std::string pin;
  std::string reason;
};

// A free-text offer (an Offer with no item): what was offered in words.
// Control "offer".
struct RequestOffer {
  std::string case_id;
  std::string text;
};

// Reverses a live grant of the case, saying why. Control "reverse:<grant_id>".
struct RequestReverseGrant {
  std::string case_id;
  std::string grant_id;
  std::string reason;
};

// ---- the page: offline and updates (page_status.cpp) ------------------------------
// What the page knows about the network and Mend's service worker, pushed by
// the platform whenever it changes. Handled by App (AppState::page). No
// outcome.
struct RequestNotePage {
  bool offline_ready = false;   // a service worker keeps this build for offline use
  bool online = true;           // navigator.onLine
  bool update_waiting = false;  // a newer build is installed and waiting
};

// "Reload" on "A new version of Mend is ready": the new build takes over as
// soon as every unsaved change is confirmed (PageStatus::update_go), never
// before. Handled by App. No outcome.
struct RequestUpdateNow {};

// The size everything is drawn at on this device ("Text size" under Help):
// 1 is as designed; 1.25 draws every text and control a quarter larger. A
// preference of the device, not of the book: the platform keeps it (the
// browser's local storage) and sends it again at start. Handled by App
// (AppState::page.text_scale); outcome TextSizeChanged when it changed.
struct RequestTextSize {
  float scale = 1.0f;
};

// The language this device's screens are drawn in ("Language" under Help):
// "en" or "ms" (core/i18n: screen_languages()); any other code is ignored.
// Like the text size, a preference of the device, kept by the platform and
// sent again at start; outcome LanguageChanged when it changed.
struct RequestLanguage {
  std::string code;
};

// ---- the owner's dashboard (dashboard.cpp) ---------------------------------------
// The dates the dashboard counts: cases opened in [from, to). Handled by App,
// which analyses the book again only when the range or the book changes, and
// only while the dashboard is shown. No outcome: AppState::dashboard says.
enum class DashboardRange { ThisWeek, ThisMonth, Last90Days, Custom };
struct RequestDashboardRange {
  DashboardRange range = DashboardRange::ThisMonth;
  TimeMs from = 0, to = 0;  // Custom only
};

// ---- the owner's editors (editing.cpp) --------------------------------------------
// Each saves one of the business's own records through the core's checks
// (core/model/editing.hpp) and the store, with the same pending/saved states
// as a case. Only a role that may manage (core may_manage) may; others are
// refused. A refused edit changes nothing. Outcomes: RecordSaved (banner: a
// notice) or RecordRefused (no banner: the editor shows `error.where`'s
// field with the reason).
enum class EditKind { Item, Role, Staff, Playbook, Settings };
const char* edit_kind_name(EditKind);

// A catalog item, added (`is_new`: an empty id is made from the name) or
// replacing the item of that id.
struct RequestSaveItem {
  CatalogItem item;
  bool is_new = false;
};
// A role, added or replacing the role of that id.
struct RequestSaveRole {
  Role role;
  bool is_new = false;
};
// A member of staff, added or replacing; `pin` set: their new PIN (hashed
// with Argon2id and a fresh salt; never kept in clear), empty: the stored
// hash stays (staff.pin_hash is ignored either way). A new member of staff
// needs a PIN.
struct RequestSaveStaff {
  Staff staff;
  bool is_new = false;
  std::string pin;
};
// The business settings, replaced whole.
struct RequestSaveSettings {
  Settings settings;
};
// A custom playbook: `is_new` adds it as version 1 (a copy of a built-in
// starts this way; an empty id is made from the name), otherwise the edit is
// the next version of that id; cases already opened keep the version they
// started with.
struct RequestSavePlaybook {
  Playbook playbook;
  bool is_new = false;
};
// Removes a catalog item, role or member of staff: deleted when nothing
// refers to it, retired when past cases (or staff, for a role) do, so history
// still reads (core removal_of_*). RecordSaved says which.
struct RequestRemoveRecord {
  EditKind kind = EditKind::Item;
  std::string id;
};

// "Save as image": the dashboard as a PNG file for the owner's meeting.
// Handled by App (dashboard.cpp): only on the dashboard, for a role that may
// manage. Outcome: DashboardImageWanted (the platform draws the dashboard
// once more at its full height, off screen, and offers the PNG as a
// download, then pushes RequestDashboardImageDone).
struct RequestSaveDashboardImage {};
// What became of it, pushed by the platform: `why` empty when the file was
// offered. Handled by App. Outcome: DashboardImageSaved.
struct RequestDashboardImageDone {
  std::string why;
};

// ---- privacy (anonymising.cpp) ------------------------------------------------------
// A manager forgets the customer of this case at their request: every case
// of theirs (matched by contact, as repeat customers are) is anonymised with
// one token linked to nothing. CustomersForgotten, or RecordRefused{Settings}.
struct RequestForgetCustomer {
  std::string case_id;
};

// ---- kiosk mode (kiosk.cpp) ---------------------------------------------------------
// A member of staff who may manage turns this tab into a kiosk: nobody stays
// signed in and only the kiosk's requests are heard until a staff PIN leaves
// it. `restored` is the page coming back to a kiosk after a reload (the
// platform remembers it per tab), which needs nobody signed in.
struct RequestEnterKiosk {
  bool restored = false;
};
// The customer touched the attract screen.
struct RequestKioskBegin {};
// The customer's complaint: what went wrong (a failure kind id), optionally
// who they are, and what happened in their words. Outcome KioskCaseFiled, or
// KioskState::refused set.
struct RequestKioskSubmit {
  std::string kind;
  std::string name, contact, words;
};
// "Done" on the thanks screen, or "Start again" on the form: wiped for the next person.
struct RequestKioskDone {};
// A member of staff leaves kiosk mode with their PIN (any staff whose role
// may manage). Wrong PINs lock the exit for growing waits, as sign-in does.
struct RequestLeaveKiosk {
  std::string pin;
};

// ---- the passcode lock (lock.cpp, lock.hpp) --------------------------------------
// Each is checked by App (who may manage, the passcode's length and its
// repetition, the idle time), then carried out by the platform: Outcome
// LockCommand, and later LockChanged or LockRefused from what it reports.
// Unlock is heard in kiosk mode too: a locked kiosk opens only with the passcode.
struct RequestUnlock {
  std::string passcode;
};
struct RequestSetPasscode {
  std::string passcode, repeat;
  int idle_minutes = kDefaultLockIdleMinutes;
};
struct RequestChangePasscode {
  std::string current, passcode, repeat;
};
struct RequestRemovePasscode {
  std::string current;
};
struct RequestLockIdleTime {
  int minutes = kDefaultLockIdleMinutes;
};
struct RequestLockNow {};

using Request = std::variant<
    RequestShowScreen, RequestNewCase, RequestOpenCase, RequestShowCase, RequestDismissMessage,
    RequestExportBook, RequestPickImportFile, RequestImportStarted, RequestImportFile,
    RequestConfirmImport, RequestCancelImport, RequestNoteDeviceStorage,
    // the case screen
    RequestCaseEvent,
    // who is at the desk
    RequestTrySample, RequestSetUpBusiness, RequestSignIn, RequestSignOut, RequestDeskActivity,
    RequestSetIdleSignOut,
    // the queue
    RequestQueueView,
    // compensation
    RequestGrant, RequestApprovedGrant, RequestOffer, RequestReverseGrant,
    // the page
    RequestNotePage, RequestUpdateNow, RequestTextSize, RequestLanguage,
    // the owner's side
    RequestDashboardRange, RequestSaveItem, RequestSaveRole, RequestSaveStaff, RequestSaveSettings,
    RequestSavePlaybook, RequestRemoveRecord, RequestSaveDashboardImage, RequestDashboardImageDone,
    RequestForgetCustomer, RequestEnterKiosk, RequestKioskBegin, RequestKioskSubmit,
    RequestKioskDone, RequestLeaveKiosk,
    // files and the passcode lock
    RequestImportEncrypted, RequestOpenEncryptedImport, RequestUnlock, RequestSetPasscode,
    RequestChangePasscode, RequestRemovePasscode, RequestLockIdleTime, RequestLockNow>;

// The frame's requests, in the order views pushed them.
// Whether kiosk mode lets this request through (kiosk.cpp): only the
// kiosk's own, and the shell's news about the page.
bool heard_in_kiosk(const Request& r);

class Requests {
 public:
  void push(Request r) { queue_.push_back(std::move(r)); }
  std::vector<Request> take() { return std::exchange(queue_, {}); }
  bool empty() const { return queue_.empty(); }

 private:
  std::vector<Request> queue_;
};

}  // namespace mend::app
