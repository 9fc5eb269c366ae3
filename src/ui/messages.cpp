#include "ui/messages.hpp"

#include <iterator>

#include "ui/format.hpp"
#include "ui/i18n.hpp"
#include "ui/messages_business.hpp"
#include "ui/messages_dashboard.hpp"
#include "ui/messages_desk.hpp"
#include "ui/messages_lock.hpp"

namespace mend::ui {
namespace {

// Every sentence below, in one place to translate: whole sentences with
// printf slots, one per count where a language may say it differently.
namespace text {
inline constexpr Msg kCaseOpened = "Case %s opened.";
inline constexpr Msg kCaseRefused = "Could not open the case \u2014 %s";
inline constexpr Msg kAllSaved = "Saved: every change is stored now.";
inline constexpr Msg kSaveFailed =
    "Not saved: %s. Your changes are kept here and will be tried again; Export now keeps a copy "
    "in a file.";
inline constexpr Msg kExportedOneCsv = "Exported 1 case as CSV.";
inline constexpr Msg kExportedOneBook = "Exported 1 case to a book file.";
inline constexpr Msg kExportedCsv = "Exported %zu cases as CSV.";
inline constexpr Msg kExportedBook = "Exported %zu cases to a book file.";
inline constexpr Msg kExportRefused = "Could not export \u2014 %s";
inline constexpr Msg kNothingNew = "Nothing new in this file.";
inline constexpr Msg kImported = "Imported %zu new cases and %zu new events.";
inline constexpr Msg kOpenFailed =
    "The saved cases could not be read: %s. New cases are still saved.";
inline constexpr Msg kLockSetRefused = "Could not set the passcode \u2014 %s";
inline constexpr Msg kLockChangeRefused = "Could not change the passcode \u2014 %s";
inline constexpr Msg kLockRemoveRefused = "Could not remove the passcode \u2014 %s";
inline constexpr Msg kLockIdleRefused = "Could not change when the book locks \u2014 %s";
inline constexpr Msg kLockNowRefused = "Could not lock the book \u2014 %s";
inline constexpr Msg kUnlockRefused = "Could not open the book \u2014 %s";
inline constexpr Msg kNewerElsewhere = "Mend was updated in another tab \u2014 reload to continue.";
inline constexpr Msg kBlockedByTabs =
    "Mend is waiting for its other tabs: close the other Mend tabs to continue saving.";
inline constexpr Msg kCannotSave =
    "Mend cannot save on this device: %s. You can keep working, but cases stay in this tab only "
    "and are lost when it closes \u2014 to keep them, use Export now (or Export book\u2026 in the "
    "Data menu).";
// The Data screen and the import review.
inline constexpr Msg kBytes = "bytes";
inline constexpr Msg kAsking = "Asking the browser\u2026";
inline constexpr Msg kNotReported = "Not reported by this browser";
inline constexpr Msg kUsedOf = "%s of %s";
inline constexpr Msg kPersistent = "Persistent: the browser keeps Mend's data until you delete it";
inline constexpr Msg kNotPersistent =
    "Not persistent: the browser may delete Mend's data when space runs low or the site is not "
    "used for a while";
inline constexpr Msg kNever = "Never";
inline constexpr Msg kNewCasesEvents = "%zu new cases, %zu new events";
inline constexpr Msg kAlreadyHere = "%zu cases and %zu events already here";
inline constexpr Msg kRecordsAdded =
    "%zu compensation items, %zu roles, %zu staff, %zu playbooks added";
inline constexpr Msg kNotABookSome =
    "This file is not a Mend book that can be imported (%zu errors, the first %zu shown). "
    "Nothing was changed.";
inline constexpr Msg kNotABook =
    "This file is not a Mend book that can be imported (%zu errors). Nothing was changed.";
inline constexpr Msg kOneConflict =
    "1 record differs between this device and the file; this device's version is kept:";
inline constexpr Msg kConflicts =
    "%zu records differ between this device and the file; this device's version is kept:";
// The menu bar's storage status.
inline constexpr Msg kImporting = "Importing\u2026 %zu of %zu cases ready";
inline constexpr Msg kOpeningCases = "Opening the book\u2026 %zu of %zu cases ready";
inline constexpr Msg kOpeningEvents = "Opening the book\u2026 %zu events read";
inline constexpr Msg kOpening = "Opening the book\u2026";
inline constexpr Msg kRetrying = "Not saved: %s \u2014 retrying";
inline constexpr Msg kSavingOne = "Saving 1 change\u2026";
inline constexpr Msg kSavingMany = "Saving %zu changes\u2026";
inline constexpr Msg kTabOnly = "In this tab only \u2014 not saved to the device";
inline constexpr Msg kAllChangesSaved = "All changes saved";
}  // namespace text

struct Banner {
  std::optional<BannerText> operator()(const app::IntakeStarted&) const { return std::nullopt; }
  std::optional<BannerText> operator()(const app::CaseOpened& o) const {
    return BannerText{false, text_format(text::kCaseOpened, o.reference.c_str())};
  }
  std::optional<BannerText> operator()(const app::IntakeRefused& o) const {
    return BannerText{true, text_format(text::kCaseRefused, tr_error(o.error).c_str())};
  }
  std::optional<BannerText> operator()(const app::ChangeSaved&) const {
    return BannerText{false, text::kAllSaved.c_str()};
  }
  std::optional<BannerText> operator()(const app::SaveFailed& o) const {
    return BannerText{true, text_format(text::kSaveFailed, tr_sentence(o.error.why).c_str()), true};
  }
  std::optional<BannerText> operator()(const app::BookOpened&) const { return std::nullopt; }
  std::optional<BannerText> operator()(const app::BookExported& o) const {
    // Whole sentences per count, so a translation can follow its own plural rules.
    const bool csv = o.kind == app::ExportKind::CasesCsv;
    if (o.cases == 1)
      return BannerText{false, (csv ? text::kExportedOneCsv : text::kExportedOneBook).c_str()};
    return BannerText{false, text_format(csv ? text::kExportedCsv : text::kExportedBook, o.cases)};
  }
  std::optional<BannerText> operator()(const app::ExportRefused& o) const {
    return BannerText{true, text_format(text::kExportRefused, tr_error(o.error).c_str())};
  }
  std::optional<BannerText> operator()(const app::ImportFileWanted&) const { return std::nullopt; }
  std::optional<BannerText> operator()(const app::BookImported& o) const {
    if (o.added == MergeCounts{}) return BannerText{false, text::kNothingNew.c_str()};
    return BannerText{false, text_format(text::kImported, o.added.cases, o.added.events)};
  }
  std::optional<BannerText> operator()(const app::BookOpenFailed& o) const {
    return BannerText{true, text_format(text::kOpenFailed, tr_sentence(o.error.why).c_str())};
  }
  // The case screen shows these next to the control that asked.
  std::optional<BannerText> operator()(const app::CaseEventRecorded&) const { return std::nullopt; }
  std::optional<BannerText> operator()(const app::CaseEventRefused&) const { return std::nullopt; }
  // Who is at the desk (messages_desk.hpp): only set-up and the idle sign-out
  // need a banner; the sign-in screen shows its own refusals.
  std::optional<BannerText> operator()(const app::BusinessSetUp& o) const {
    return BannerText{false, text_format(desk_text::kBusinessReadyFormat, o.business_name.c_str())};
  }
  std::optional<BannerText> operator()(const app::SetUpRefused&) const { return std::nullopt; }
  std::optional<BannerText> operator()(const app::SignedIn&) const { return std::nullopt; }
  std::optional<BannerText> operator()(const app::SignInRefused&) const { return std::nullopt; }
  std::optional<BannerText> operator()(const app::SignedOut& o) const {
    if (!o.idle) return std::nullopt;
    return BannerText{false, desk_text::kIdleSignedOut.c_str()};
  }
  std::optional<BannerText> operator()(const app::SettingsSaved&) const {
    return BannerText{false, desk_text::kSettingsSaved.c_str()};
  }
  std::optional<BannerText> operator()(const app::SettingsRefused&) const { return std::nullopt; }
  // Compensation: the approval prompt shows a wrong PIN itself.
  std::optional<BannerText> operator()(const app::GrantApprovalRefused&) const {
    return std::nullopt;
  }
  std::optional<BannerText> operator()(const app::DashboardImageWanted&) const {
    return std::nullopt;
  }
  std::optional<BannerText> operator()(const app::DashboardImageSaved& o) const {
    if (o.why.empty()) return BannerText{false, dashboard_text::kImageSaved.c_str()};
    return BannerText{true, text_format(dashboard_text::kImageFailedFormat, o.why.c_str())};
  }
  // The owner's editors: the editor shows a refusal beside its field.
  std::optional<BannerText> operator()(const app::RecordSaved& o) const {
    namespace t = business_text;
    if (o.removed == app::Removed::Retired) return BannerText{false, t::kRetiredBanner.c_str()};
    if (o.removed == app::Removed::Deleted) return BannerText{false, t::kDeletedBanner.c_str()};
    if (o.kind == app::EditKind::Playbook)
      return BannerText{false, text_format(t::kPlaybookSavedFormat, o.version)};
    return BannerText{false, t::kSavedBanner.c_str()};
  }
  std::optional<BannerText> operator()(const app::RecordRefused&) const { return std::nullopt; }
  // The kiosk shows its own screens; the staff's banner never appears over them.
  std::optional<BannerText> operator()(const app::KioskCaseFiled&) const { return std::nullopt; }
  std::optional<BannerText> operator()(const app::KioskWiped&) const { return std::nullopt; }
  std::optional<BannerText> operator()(const app::KioskChanged&) const { return std::nullopt; }
  std::optional<BannerText> operator()(const app::TextSizeChanged&) const { return std::nullopt; }
  std::optional<BannerText> operator()(const app::LanguageChanged&) const { return std::nullopt; }
  std::optional<BannerText> operator()(const app::ImportPasscodeGiven&) const {
    return std::nullopt;
  }
  std::optional<BannerText> operator()(const app::LockCommand&) const { return std::nullopt; }
  std::optional<BannerText> operator()(const app::LockChanged& o) const {
    switch (o.action) {
      case app::LockAction::Set:
        return BannerText{false, lock_text::kDoneSet.c_str()};
      case app::LockAction::Change:
        return BannerText{false, lock_text::kDoneChange.c_str()};
      case app::LockAction::Remove:
        return BannerText{false, lock_text::kDoneRemove.c_str()};
      case app::LockAction::IdleTime:
        return BannerText{false, text_format(lock_text::kDoneIdleFormat, o.idle_minutes)};
      default:
        return std::nullopt;
    }
  }
  std::optional<BannerText> operator()(const app::LockRefused& o) const {
    // A whole sentence per action, so a language words each its own way.
    const Msg* sentence = &text::kUnlockRefused;
    switch (o.action) {
      case app::LockAction::Set:
        sentence = &text::kLockSetRefused;
        break;
      case app::LockAction::Change:
        sentence = &text::kLockChangeRefused;
        break;
      case app::LockAction::Remove:
        sentence = &text::kLockRemoveRefused;
        break;
      case app::LockAction::IdleTime:
        sentence = &text::kLockIdleRefused;
        break;
      case app::LockAction::LockNow:
        sentence = &text::kLockNowRefused;
        break;
      case app::LockAction::Unlock:
        break;
    }
    return BannerText{true, text_format(*sentence, tr_sentence(o.error.why).c_str())};
  }
  std::optional<BannerText> operator()(const app::CustomersForgotten& o) const {
    return BannerText{false, text_format(business_text::kForgottenFormat, o.cases)};
  }
  std::optional<BannerText> operator()(const app::StoreNotice& o) const {
    switch (o.problem) {
      case app::StoreProblem::NewerVersionElsewhere:
        return BannerText{true, text::kNewerElsewhere.c_str(), true};
      case app::StoreProblem::BlockedByOtherTabs:
        return BannerText{true, text::kBlockedByTabs.c_str()};
      case app::StoreProblem::Unavailable:
        break;
    }
    // The store's why already names the browser's refusal; this says what
    // it means for the work and what to do about it.
    return BannerText{true, text_format(text::kCannotSave, tr_sentence(o.error.why).c_str()), true};
  }
};

}  // namespace

std::optional<BannerText> banner_text(const app::AppOutcome& outcome) {
  return std::visit(Banner{}, outcome);
}

std::string bytes_text(double bytes) {
  // Only "bytes" is a word; the units' symbols read the same in every language.
  const char* const kUnits[] = {text::kBytes, "KB", "MB", "GB", "TB"};
  std::size_t unit = 0;
  while (bytes >= 1000 && unit + 1 < std::size(kUnits)) {
    bytes /= 1000;
    ++unit;
  }
  if (unit == 0) return text_format("%.0f %s", bytes, kUnits[unit]);
  return text_format("%.1f %s", bytes, kUnits[unit]);
}

std::string storage_use_text(const app::DeviceStorage& d) {
  if (!d.known) return text::kAsking.c_str();
  if (d.quota_bytes <= 0) return text::kNotReported.c_str();
  return text_format(text::kUsedOf, bytes_text(d.used_bytes).c_str(),
                     bytes_text(d.quota_bytes).c_str());
}

std::string persistence_text(const app::DeviceStorage& d) {
  if (!d.known) return text::kAsking.c_str();
  return (d.persisted ? text::kPersistent : text::kNotPersistent).c_str();
}

std::string last_export_text(const app::AppState& state) {
  if (!state.last_export) return text::kNever.c_str();
  return local_time_text(*state.last_export);
}

std::vector<std::string> import_summary(const app::ImportReview& r) {
  const MergeCounts& a = r.added;
  std::vector<std::string> lines;
  lines.push_back(text_format(text::kNewCasesEvents, a.cases, a.events));
  lines.push_back(text_format(text::kAlreadyHere, r.cases_known, r.events_known));
  if (a.catalog + a.roles + a.staff + a.playbooks > 0)
    lines.push_back(text_format(text::kRecordsAdded, a.catalog, a.roles, a.staff, a.playbooks));
  return lines;
}

std::string import_errors_title(const app::ImportReview& r) {
  if (r.error_count > r.errors.size())
    return text_format(text::kNotABookSome, r.error_count, r.errors.size());
  return text_format(text::kNotABook, r.error_count);
}

std::string import_conflicts_title(std::size_t conflicts) {
  if (conflicts == 1) return text::kOneConflict.c_str();
  return text_format(text::kConflicts, conflicts);
}

std::string storage_text(const app::StorageStatus& s) {
  if (s.opening && s.importing) return text_format(text::kImporting, s.cases_ready, s.cases_read);
  if (s.opening && s.cases_read > 0)
    return text_format(text::kOpeningCases, s.cases_ready, s.cases_read);
  if (s.opening && s.events_read > 0) return text_format(text::kOpeningEvents, s.events_read);
  if (s.opening) return text::kOpening.c_str();
  // A store that refuses to work before anything was changed: nothing to retry yet.
  if (s.failure && !s.unsaved.empty()) return text_format(text::kRetrying, s.failure->why.c_str());
  if (s.unsaved.size() == 1) return text::kSavingOne.c_str();
  if (!s.unsaved.empty()) return text_format(text::kSavingMany, s.unsaved.size());
  if (!s.durable) return text::kTabOnly.c_str();
  return text::kAllChangesSaved.c_str();
}

}  // namespace mend::ui
