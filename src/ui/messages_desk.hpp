// Every sentence of the first run, the sign-in screen and the user menu, in
// one place to translate. Slots are printf-style so a language can reorder
// the words around them.
#pragma once
#include <string>
#include "ui/i18n.hpp"

#include "app/app_state.hpp"

namespace mend::ui::desk_text {

// ---- first run ----
inline constexpr Msg kWelcome = "Welcome to Mend";
inline constexpr Msg kWelcomeLead =
    "Mend helps you and your staff win back customers who have been let down. How would you like "
    "to start?";
inline constexpr Msg kTrySample = "Try Mend with a sample business";
inline constexpr Msg kTrySampleHint =
    "A small hotel with a bistro, with 60 cases and staff in every role. Their PINs are shown when "
    "you sign in, so you can try everything. Nothing of yours is needed.";
inline constexpr Msg kSetUp = "Set up my business";
inline constexpr Msg kSetUpHint =
    "Your business's name and currency, and your own name and PIN. You can add staff later.";
inline constexpr Msg kBusinessName = "Business name";
inline constexpr Msg kCurrency = "Currency (three letters, such as EUR or USD)";
inline constexpr Msg kOwnerName = "Your name";
inline constexpr Msg kPin = "Your PIN (4 to 8 digits)";
inline constexpr Msg kPinAgain = "The same PIN again";
inline constexpr Msg kPinsDiffer = "The two PINs are not the same.";
inline constexpr Msg kStart = "Start";
inline constexpr Msg kBack = "Back";
inline constexpr Msg kOpenCaseNow = "New case";

// ---- sign-in ----
inline constexpr Msg kWhoIsHere = "Who is at the desk?";
inline constexpr Msg kTapYourName = "Tap your name, then enter your PIN.";
inline constexpr Msg kSampleNote =
    "This is the sample business: everyone's PIN is shown so you can try every role.";
inline constexpr Msg kRoleAndPinFormat = "%s \xC2\xB7 PIN %s";  // role, PIN
inline constexpr Msg kEnterPinFormat = "%s, enter your PIN";    // name
inline constexpr Msg kWrongPin = "That PIN is not right. Try again.";
inline constexpr Msg kTryAgainInFormat = "Too many wrong PINs. Try again in %d s.";
inline constexpr Msg kSignIn = "Sign in";
inline constexpr Msg kDeleteDigit = "Delete";
inline constexpr Msg kNotMe = "Not me";

// ---- the menu bar ----
inline constexpr Msg kSwitchUser = "Switch user";
inline constexpr Msg kSignedInAsFormat = "%s (%s)";  // name, role

// ---- desk settings (the Data screen) ----
inline constexpr Msg kDeskSettings = "Desk";
inline constexpr Msg kIdleSignOut = "Sign out when untouched";
inline constexpr Msg kIdleMinutesFormat = "after %d min";
inline constexpr Msg kIdleSecondsFormat = "after %d s";
inline constexpr Msg kIdleNever = "never";
inline constexpr Msg kIdleMinutesField = "minutes (0 = never)";
inline constexpr Msg kIdleSave = "Save";
inline constexpr Msg kIdleManagersOnly = "A manager can change this.";
inline constexpr Msg kSettingsSaved = "Settings saved.";

// ---- banners ----
inline constexpr Msg kBusinessReadyFormat = "%s is set up. You are signed in.";
inline constexpr Msg kIdleSignedOut = "Nobody used the desk for a while, so it signed out.";

}  // namespace mend::ui::desk_text
