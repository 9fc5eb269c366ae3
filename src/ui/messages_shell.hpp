// Every word of the menu bar, in one place to translate.
#pragma once

namespace mend::ui::shell_text {

inline constexpr const char* kCases = "Cases";
inline constexpr const char* kNewCase = "New case";
inline constexpr const char* kNewCaseShortcut = "N";
inline constexpr const char* kCaseQueue = "Case queue";
inline constexpr const char* kData = "Data";
inline constexpr const char* kDashboard = "Dashboard";
inline constexpr const char* kBusiness = "Business";
inline constexpr const char* kCatalog = "Catalog";
inline constexpr const char* kStaffAndRoles = "Staff and roles";
inline constexpr const char* kPlaybooks = "Playbooks";
inline constexpr const char* kSettings = "Settings";
inline constexpr const char* kStartKiosk = "Start kiosk mode (customers tell us here)";
inline constexpr const char* kManagersOnly =
    "Only someone whose role manages the business can see this. Ask the owner.";
inline constexpr const char* kReadOnly =
    "You can read these; only someone whose role manages the business can change them.";
inline constexpr const char* kExportBook = "Export book\u2026";
inline constexpr const char* kExportCsv = "Export cases as CSV";
inline constexpr const char* kImportBook = "Import book\u2026";
inline constexpr const char* kStorage = "Storage and backups";
inline constexpr const char* kHelp = "Help";
inline constexpr const char* kTextSize = "Text size";
inline constexpr const char* kTextSizePercent = "%d%%";
inline constexpr const char* kTagline = "Service recovery, offline, in your browser";
// The one menu that holds the others where the bar is too narrow for them.
inline constexpr const char* kMenu = "Menu";

// ---- offline and updates ----
inline constexpr const char* kOfflineStatus = "Offline \u00b7 %s";  // the storage status
inline constexpr const char* kWorksOffline =
    "Mend works offline on this device: nothing it does needs the network.";
inline constexpr const char* kNotYetOffline =
    "Mend is not yet kept on this device for offline use (it is after the first visit in a "
    "browser with service workers).";
inline constexpr const char* kUpdateReady = "A new version of Mend is ready \u2014 Reload";
// The same where the menu bar has less room (a cut-off "A new version of…"
// would hide the one word that matters).
inline constexpr const char* kUpdateReadyShort = "New version \u2014 Reload";
inline constexpr const char* kUpdateReadyShortest = "Reload to update";
inline constexpr const char* kUpdateHint =
    "A new version of Mend is ready. This reloads into it once every change is saved. Nothing "
    "is lost.";
inline constexpr const char* kUpdating = "Saving, then updating\u2026";

}  // namespace mend::ui::shell_text
