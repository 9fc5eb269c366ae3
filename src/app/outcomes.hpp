// What happened, reported by the app: the answer to a request, or news from
// the store. AppState::outcomes lists those since the last frame was drawn
// (forms and tests read them); the ones a person must see also become the
// message banner. Named for what happened, as ImHex names its Event*s.
#pragma once
#include <cstddef>
#include <memory>
#include <string>
#include <variant>

#include "app/desk_session.hpp"
#include "app/requests.hpp"
#include "core/base/result.hpp"
#include "core/json/book_json.hpp"
#include "core/model/model.hpp"

namespace mend::app {

// The intake form was opened afresh (RequestNewCase): forms clear their drafts.
struct IntakeStarted {};

// RequestOpenCase succeeded: the case is in the book and on screen. Saving it
// is reported separately (ChangeSaved / SaveFailed). Banner: a notice.
struct CaseOpened {
  std::string case_id;
  std::string reference;
};

// RequestOpenCase was refused; `error` is the core's where and why. Nothing
// changed. Banner: an error.
struct IntakeRefused {
  Error error;
};

// The store confirmed `changes` changes (oldest first). Banner: only after a
// failure, to say everything is stored now.
struct ChangeSaved {
  std::size_t changes = 0;
};

// The store refused a write. The changes stay in the book and pending, and
// are tried again at `retry_at`. Banner: an error, on the first failure of a
// run (the menu bar keeps saying it while retrying).
struct SaveFailed {
  Error error;
  std::size_t unsaved = 0;
  TimeMs retry_at = 0;
};

// The book was read from the store at start. No banner.
struct BookOpened {
  std::size_t cases = 0;
};

// The store could not be read; the app starts with an empty book, and new
// changes are still saved (events never overwrite stored ones). Banner: an
// error.
struct BookOpenFailed {
  Error error;
};

// RequestExportBook made a file: the platform offers `bytes` as a download.
// Shared, not copied: a large book's export is many megabytes. Banner: a
// notice.
struct BookExported {
  ExportKind kind = ExportKind::Book;
  std::shared_ptr<const std::string> bytes;
  std::size_t cases = 0;
  std::string passcode;  // the platform encrypts the file with it; empty: plain
};

// RequestOpenEncryptedImport: the platform decrypts the file it holds. No banner.
struct ImportPasscodeGiven {
  std::string passcode;
};

// A lock request passed the app's checks: the platform carries it out and
// reports back (App::lock_news). No banner.
struct LockCommand {
  LockAction action = LockAction::Unlock;
  std::string current, passcode;
  int idle_minutes = 0;
};
// The platform finished a lock action. Banner: a notice.
struct LockChanged {
  LockAction action = LockAction::Set;
  int idle_minutes = 0;
};
// A lock action was refused, by the app's checks or by the platform (a
// wrong current passcode, a failed write). Banner: an error.
struct LockRefused {
  LockAction action = LockAction::Set;
  Error error;
};

// RequestExportBook could not run (the book is still opening). Banner: an error.
struct ExportRefused {
  Error error;
};

// RequestPickImportFile: the platform opens the file picker. No banner.
struct ImportFileWanted {};

// RequestConfirmImport merged the file; `added` says what is new (all zero:
// the file held nothing new). Saving follows as ChangeSaved / SaveFailed.
// Banner: a notice.
struct BookImported {
  MergeCounts added;
};

// News about the store as a whole rather than one write: the device's
// database cannot be used, was taken over by a newer Mend in another tab
// (reload to continue), or waits for other tabs to close. Changes stay in the
// book and pending meanwhile. Banner: an error.
enum class StoreProblem { Unavailable, NewerVersionElsewhere, BlockedByOtherTabs };
struct StoreNotice {
  Error error;  // the browser's own words, for the curious
  StoreProblem problem = StoreProblem::Unavailable;
};

// ---- the case screen (case_actions.cpp) -----------------------------------------
// RequestCaseEvent recorded its event (`event_id`) on the case. No banner:
// the case screen shows it (forms clear the control's draft on it).
struct CaseEventRecorded {
  std::string case_id;
  std::string control;
  std::string event_id;
};

// RequestCaseEvent was refused; `error` is the core's (or the app's) where
// and why. Nothing changed. No banner: the case screen shows the reason next
// to `control`, the button that asked.
struct CaseEventRefused {
  std::string case_id;
  std::string control;
  Error error;
};

// ---- who is at the desk ------------------------------------------------------------
// RequestSetUpBusiness saved the business and its owner. Banner: a notice.
struct BusinessSetUp {
  std::string business_name;
};
// RequestSetUpBusiness was refused (an empty name, a PIN of the wrong
// shape). No banner: the form shows it beside the field.
struct SetUpRefused {
  Error error;
};
// Someone signed in (RequestSignIn, or the owner after set-up). No banner.
struct SignedIn {
  std::string staff_id;
};
// RequestSignIn was refused: a wrong PIN, or the name is locked for
// `wait_ms` after repeated wrong PINs. No banner: the keypad shows it.
struct SignInRefused {
  std::string staff_id;
  bool locked = false;
  TimeMs wait_ms = 0;
};
// Signed out: "Switch user", or the desk was idle for the book's
// idle_sign_out_seconds. Banner: a notice when idle.
struct SignedOut {
  bool idle = false;
};
// A desk setting was changed (RequestSetIdleSignOut). Banner: a notice.
struct SettingsSaved {};
// ... or refused: not allowed, or out of range. No banner: the form shows it.
struct SettingsRefused {
  Error error;
};

// ---- compensation (issue 8 part D) -------------------------------------------------
// RequestApprovedGrant was refused because the approver's PIN did not check
// out: wrong (`wait_ms` > 0 when this wrong PIN locked the name), the name
// is locked for `wait_ms`, or has no PIN (an approval needs one). Nothing
// was recorded. No banner: the approval prompt shows it.
struct GrantApprovalRefused {
  std::string case_id;
  std::string control;
  PinVerdict verdict = PinVerdict::Wrong;
  TimeMs wait_ms = 0;
};

// ---- the owner's dashboard (dashboard.cpp) --------------------------------------
// RequestSaveDashboardImage: the platform makes the PNG now. No banner.
struct DashboardImageWanted {};
// ... and made it (`why` empty: a notice) or could not (`why`: an error).
struct DashboardImageSaved {
  std::string why;
};

// ---- the owner's editors (editing.cpp) --------------------------------------------
// An editor's record was saved (saving follows as ChangeSaved / SaveFailed):
// `id` (for a playbook, `version` is the version made), or removed: deleted,
// or retired because history refers to it. Banner: a notice.
enum class Removed { No, Deleted, Retired };
struct RecordSaved {
  EditKind kind = EditKind::Item;
  std::string id;
  int version = 0;
  Removed removed = Removed::No;
};
// ... or refused: `error.where` names the field and `error.why` says why.
// Nothing changed. No banner: the editor shows it beside the field.
struct RecordRefused {
  EditKind kind = EditKind::Item;
  Error error;
};

// ---- privacy (anonymising.cpp) ----------------------------------------------------
// RequestForgetCustomer anonymised this many cases. Banner: a notice.
struct CustomersForgotten {
  std::size_t cases = 0;
};

// ---- kiosk mode (kiosk.cpp) -----------------------------------------------------
// A customer filed a case at the kiosk (its reference is in KioskState). No banner.
struct KioskCaseFiled {
  std::string reference;
};
// The kiosk was wiped for the next person (`idle`: nobody touched it). No banner.
struct KioskWiped {
  bool idle = false;
};
// Kiosk mode began or ended in this tab. No banner.
struct KioskChanged {
  bool on = false;
};

// This device's text size changed (RequestTextSize): the platform draws at it
// and keeps it for the next start. No banner.
struct TextSizeChanged {
  float scale = 1.0f;
};

// This device's screen language changed (RequestLanguage): the views draw in
// it from the next frame and the platform keeps it. No banner.
struct LanguageChanged {
  std::string code;
};

using AppOutcome = std::variant<
    IntakeStarted, CaseOpened, IntakeRefused, ChangeSaved, SaveFailed, BookOpened, BookOpenFailed,
    BookExported, ExportRefused, ImportFileWanted, BookImported, StoreNotice,
    // the case screen
    CaseEventRecorded, CaseEventRefused,
    // who is at the desk
    BusinessSetUp, SetUpRefused, SignedIn, SignInRefused, SignedOut, SettingsSaved, SettingsRefused,
    // compensation
    GrantApprovalRefused,
    // the owner's side
    DashboardImageWanted, DashboardImageSaved, RecordSaved, RecordRefused,
    // privacy
    CustomersForgotten,
    // kiosk mode
    KioskCaseFiled, KioskWiped, KioskChanged,
    // this device
    TextSizeChanged, LanguageChanged,
    // files and the passcode lock
    ImportPasscodeGiven, LockCommand, LockChanged, LockRefused>;

}  // namespace mend::app
