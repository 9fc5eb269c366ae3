// Every word of the passcode lock in one place to translate: the lock
// screen, the Settings section, the encrypted export and import, the banners.
#pragma once

namespace mend::ui::lock_text {

// The lock screen.
inline constexpr const char* kTitle = "Mend is locked";
inline constexpr const char* kExplain =
    "The book on this device is encrypted. Enter the passcode to open it.";
inline constexpr const char* kKioskExplain =
    "This tablet's book is encrypted. Someone who manages opens it with the passcode; the "
    "kiosk cannot.";
inline constexpr const char* kPasscode = "Passcode";
inline constexpr const char* kUnlock = "Unlock";
inline constexpr const char* kChecking = "Checking the passcode\u2026";
inline constexpr const char* kWrong = "That passcode is wrong.";
inline constexpr const char* kWaitFormat = "Too many wrong passcodes: try again in %d s.";
inline constexpr const char* kStarting = "Opening\u2026";

// Business > Settings: "Passcode lock".
inline constexpr const char* kHeading = "Passcode lock (this device)";
inline constexpr const char* kOffNote =
    "With a passcode, the book is encrypted in this browser's storage: a lost tablet or another "
    "program reading the browser's files shows no customer. Mend then opens locked, and locks "
    "again after the idle time. Nobody can open the book without the passcode: keep it safe, "
    "and keep an exported backup.";
inline constexpr const char* kOnNote =
    "The book is encrypted on this device and opens only with the passcode.";
inline constexpr const char* kNewPasscode = "New passcode";
inline constexpr const char* kRepeatPasscode = "Repeat the passcode";
inline constexpr const char* kCurrentPasscode = "Current passcode";
inline constexpr const char* kIdleMinutes = "Lock after (minutes idle)";
inline constexpr const char* kSet = "Set passcode";
inline constexpr const char* kChange = "Change passcode";
inline constexpr const char* kRemove = "Remove passcode";
inline constexpr const char* kSaveIdle = "Save idle time";
inline constexpr const char* kLockNow = "Lock now";
inline constexpr const char* kEncryptingFormat = "Encrypting the book: %zu of %zu records\u2026";
inline constexpr const char* kDecryptingFormat = "Decrypting the book: %zu of %zu records\u2026";
inline constexpr const char* kWorking = "Working\u2026";
inline constexpr const char* kNotHere = "The passcode is set by someone who manages.";

// Banners.
inline constexpr const char* kDoneSet = "The book is now encrypted on this device.";
inline constexpr const char* kDoneChange = "The passcode is changed.";
inline constexpr const char* kDoneRemove =
    "The passcode is removed: the book is no longer encrypted on this device.";
inline constexpr const char* kDoneIdleFormat = "The book now locks after %d minutes idle.";
inline constexpr const char* kRefusedFormat = "Could not %s \u2014 %s";

// Data > Export book: an encrypted file.
inline constexpr const char* kEncryptExport = "Encrypt the file with a passcode";
inline constexpr const char* kEncryptHint =
    "Anyone with the file and its passcode can read it; without the passcode, nobody can, not "
    "even you.";
inline constexpr const char* kFilePasscode = "File passcode";
inline constexpr const char* kFileRepeat = "Repeat it";

// Import: an encrypted file.
inline constexpr const char* kImportEncrypted =
    "This file is an encrypted book. Enter its passcode to read it.";
inline constexpr const char* kImportWrong =
    "That passcode does not open this file (or the file was changed). Nothing was imported.";
inline constexpr const char* kOpenFile = "Open file";
inline constexpr const char* kOpening = "Opening the file\u2026";

}  // namespace mend::ui::lock_text
