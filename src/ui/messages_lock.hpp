// Every word of the passcode lock in one place to translate: the lock
// screen, the Settings section, the encrypted export and import, the banners.
#pragma once
#include "ui/i18n.hpp"

namespace mend::ui::lock_text {

// The lock screen.
inline constexpr Msg kTitle = "Mend is locked";
inline constexpr Msg kExplain =
    "The book on this device is encrypted. Enter the passcode to open it.";
inline constexpr Msg kKioskExplain =
    "This tablet's book is encrypted. Someone who manages opens it with the passcode; the "
    "kiosk cannot.";
inline constexpr Msg kPasscode = "Passcode";
inline constexpr Msg kUnlock = "Unlock";
inline constexpr Msg kChecking = "Checking the passcode\u2026";
inline constexpr Msg kWrong = "That passcode is wrong.";
inline constexpr Msg kWaitFormat = "Too many wrong passcodes: try again in %d s.";
inline constexpr Msg kStarting = "Opening\u2026";

// Business > Settings: "Passcode lock".
inline constexpr Msg kHeading = "Passcode lock (this device)";
inline constexpr Msg kOffNote =
    "With a passcode, the book is encrypted in this browser's storage: a lost tablet or another "
    "program reading the browser's files shows no customer. Mend then opens locked, and locks "
    "again after the idle time. Nobody can open the book without the passcode: keep it safe, "
    "and keep an exported backup.";
inline constexpr Msg kOnNote =
    "The book is encrypted on this device and opens only with the passcode.";
inline constexpr Msg kNewPasscode = "New passcode";
inline constexpr Msg kRepeatPasscode = "Repeat the passcode";
inline constexpr Msg kCurrentPasscode = "Current passcode";
inline constexpr Msg kIdleMinutes = "Lock after (minutes idle)";
inline constexpr Msg kSet = "Set passcode";
inline constexpr Msg kChange = "Change passcode";
inline constexpr Msg kRemove = "Remove passcode";
inline constexpr Msg kSaveIdle = "Save idle time";
inline constexpr Msg kLockNow = "Lock now";
inline constexpr Msg kEncryptingFormat = "Encrypting the book: %zu of %zu records\u2026";
inline constexpr Msg kDecryptingFormat = "Decrypting the book: %zu of %zu records\u2026";
inline constexpr Msg kWorking = "Working\u2026";
inline constexpr Msg kNotHere = "The passcode is set by someone who manages.";
inline constexpr Msg kTypeCurrent = "type the current passcode";

// Banners.
inline constexpr Msg kDoneSet = "The book is now encrypted on this device.";
inline constexpr Msg kDoneChange = "The passcode is changed.";
inline constexpr Msg kDoneRemove =
    "The passcode is removed: the book is no longer encrypted on this device.";
inline constexpr Msg kDoneIdleFormat = "The book now locks after %d minutes idle.";

// Data > Export book: an encrypted file.
inline constexpr Msg kEncryptExport = "Encrypt the file with a passcode";
inline constexpr Msg kEncryptHint =
    "Anyone with the file and its passcode can read it; without the passcode, nobody can, not "
    "even you.";
inline constexpr Msg kFilePasscode = "File passcode";
inline constexpr Msg kFileRepeat = "Repeat it";

// Import: an encrypted file.
inline constexpr Msg kImportEncrypted =
    "This file is an encrypted book. Enter its passcode to read it.";
inline constexpr Msg kImportWrong =
    "That passcode does not open this file (or the file was changed). Nothing was imported.";
inline constexpr Msg kOpenFile = "Open file";
inline constexpr Msg kOpening = "Opening the file\u2026";

}  // namespace mend::ui::lock_text
