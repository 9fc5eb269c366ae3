// Every word of the menu bar, in one place to translate.
#pragma once
#include "ui/i18n.hpp"

namespace mend::ui::shell_text {

inline constexpr Msg kCases = "Cases";
inline constexpr Msg kNewCase = "New case";
inline constexpr Msg kNewCaseShortcut = "N";
inline constexpr Msg kCaseQueue = "Case queue";
inline constexpr Msg kData = "Data";
inline constexpr Msg kDashboard = "Dashboard";
inline constexpr Msg kBusiness = "Business";
inline constexpr Msg kCatalog = "Catalog";
inline constexpr Msg kStaffAndRoles = "Staff and roles";
inline constexpr Msg kPlaybooks = "Playbooks";
inline constexpr Msg kSettings = "Settings";
inline constexpr Msg kStartKiosk = "Start kiosk mode (customers tell us here)";
inline constexpr Msg kManagersOnly =
    "Only someone whose role manages the business can see this. Ask the owner.";
inline constexpr Msg kReadOnly =
    "You can read these; only someone whose role manages the business can change them.";
inline constexpr Msg kExportBook = "Export book\u2026";
inline constexpr Msg kExportCsv = "Export cases as CSV";
inline constexpr Msg kImportBook = "Import book\u2026";
inline constexpr Msg kStorage = "Storage and backups";
inline constexpr Msg kHelp = "Help";
inline constexpr Msg kTextSize = "Text size";
inline constexpr Msg kLanguage = "Language";
inline constexpr Msg kTextSizePercent = "%d%%";
inline constexpr Msg kTagline = "Service recovery, offline, in your browser";
// The one menu that holds the others where the bar is too narrow for them.
inline constexpr Msg kMenu = "Menu";

// ---- offline and updates ----
inline constexpr Msg kOfflineStatus = "Offline \u00b7 %s";  // the storage status
inline constexpr Msg kWorksOffline =
    "Mend works offline on this device: nothing it does needs the network.";
inline constexpr Msg kNotYetOffline =
    "Mend is not yet kept on this device for offline use (it is after the first visit in a "
    "browser with service workers).";
inline constexpr Msg kUpdateReady = "A new version of Mend is ready \u2014 Reload";
// The same where the menu bar has less room (a cut-off "A new version of…"
// would hide the one word that matters).
inline constexpr Msg kUpdateReadyShort = "New version \u2014 Reload";
inline constexpr Msg kUpdateReadyShortest = "Reload to update";
inline constexpr Msg kUpdateHint =
    "A new version of Mend is ready. This reloads into it once every change is saved. Nothing "
    "is lost.";
inline constexpr Msg kUpdating = "Saving, then updating\u2026";

}  // namespace mend::ui::shell_text
