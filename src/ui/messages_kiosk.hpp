// The kiosk's words (kiosk_view.cpp): read by customers, so plain and warm.
#pragma once
#include "ui/i18n.hpp"

namespace mend::ui::kiosk_text {

inline constexpr Msg kAttractTitle = "Something not right?";
inline constexpr Msg kAttractAction = "Tell us here";
inline constexpr Msg kAttractHint = "Touch anywhere to start";
inline constexpr Msg kWhatWentWrong = "What went wrong?";
inline constexpr Msg kYourName = "Your name (if you like)";
inline constexpr Msg kYourContact = "Phone or e-mail, so we can reach you (if you like)";
inline constexpr Msg kYourWords = "What happened, in your own words";
inline constexpr Msg kSend = "Send";
inline constexpr Msg kStartAgain = "Start again";
inline constexpr Msg kPickKind = "Please choose what went wrong first.";
inline constexpr Msg kNotReady = "One moment, please: we are getting ready. Try again.";
inline constexpr Msg kYourReference = "Your reference";
inline constexpr Msg kDone = "Done";
inline constexpr Msg kStillThere = "Still there?";
inline constexpr Msg kTouchToContinue = "Touch to continue";
inline constexpr Msg kWipeInFormat = "This screen clears itself in %d seconds.";
inline constexpr Msg kStaffOnly = "Staff: enter your PIN to leave kiosk mode";
inline constexpr Msg kLeave = "Leave kiosk mode";
inline constexpr Msg kCancel = "Cancel";
inline constexpr Msg kDelete = "Delete";
inline constexpr Msg kExitWrong = "That PIN does not leave kiosk mode.";
inline constexpr Msg kExitLocked = "Too many wrong PINs: wait a little, then try again.";

}  // namespace mend::ui::kiosk_text
