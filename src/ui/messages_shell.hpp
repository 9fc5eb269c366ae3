// Every word of the menu bar, in one place to translate.
#pragma once

namespace mend::ui::shell_text {

inline constexpr const char* kCases = "Cases";
inline constexpr const char* kNewCase = "New case";
inline constexpr const char* kNewCaseShortcut = "N";
inline constexpr const char* kCaseQueue = "Case queue";
inline constexpr const char* kData = "Data";
inline constexpr const char* kExportBook = "Export book\u2026";
inline constexpr const char* kExportCsv = "Export cases as CSV";
inline constexpr const char* kImportBook = "Import book\u2026";
inline constexpr const char* kStorage = "Storage and backups";
inline constexpr const char* kHelp = "Help";
inline constexpr const char* kTagline = "Service recovery, offline, in your browser";
// The one menu that holds the others where the bar is too narrow for them.
inline constexpr const char* kMenu = "Menu";

}  // namespace mend::ui::shell_text
