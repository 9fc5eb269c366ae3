// The kiosk's words (kiosk_view.cpp): read by customers, so plain and warm.
#pragma once

namespace mend::ui::kiosk_text {

inline constexpr const char* kAttractTitle = "Something not right?";
inline constexpr const char* kAttractAction = "Tell us here";
inline constexpr const char* kAttractHint = "Touch anywhere to start";
inline constexpr const char* kWhatWentWrong = "What went wrong?";
inline constexpr const char* kYourName = "Your name (if you like)";
inline constexpr const char* kYourContact = "Phone or e-mail, so we can reach you (if you like)";
inline constexpr const char* kYourWords = "What happened, in your own words";
inline constexpr const char* kSend = "Send";
inline constexpr const char* kStartAgain = "Start again";
inline constexpr const char* kPickKind = "Please choose what went wrong first.";
inline constexpr const char* kNotReady = "One moment, please: we are getting ready. Try again.";
inline constexpr const char* kYourReference = "Your reference";
inline constexpr const char* kDone = "Done";
inline constexpr const char* kStillThere = "Still there?";
inline constexpr const char* kTouchToContinue = "Touch to continue";
inline constexpr const char* kWipeInFormat = "This screen clears itself in %d seconds.";
inline constexpr const char* kStaffOnly = "Staff: enter your PIN to leave kiosk mode";
inline constexpr const char* kLeave = "Leave kiosk mode";
inline constexpr const char* kCancel = "Cancel";
inline constexpr const char* kDelete = "Delete";
inline constexpr const char* kExitWrong = "That PIN does not leave kiosk mode.";
inline constexpr const char* kExitLocked = "Too many wrong PINs: wait a little, then try again.";

}  // namespace mend::ui::kiosk_text
