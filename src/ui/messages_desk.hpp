// Every sentence of the first run, the sign-in screen and the user menu, in
// one place to translate. Slots are printf-style so a language can reorder
// the words around them.
#pragma once
#include <string>

#include "app/app_state.hpp"

namespace mend::ui::desk_text {

// ---- first run ----
inline constexpr const char* kWelcome = "Welcome to Mend";
inline constexpr const char* kWelcomeLead =
    "Mend helps you and your staff win back customers who have been let down. How would you like "
    "to start?";
inline constexpr const char* kTrySample = "Try Mend with a sample business";
inline constexpr const char* kTrySampleHint =
    "A small hotel with a bistro, with 60 cases and staff in every role. Their PINs are shown when "
    "you sign in, so you can try everything. Nothing of yours is needed.";
inline constexpr const char* kSetUp = "Set up my business";
inline constexpr const char* kSetUpHint =
    "Your business's name and currency, and your own name and PIN. You can add staff later.";
inline constexpr const char* kBusinessName = "Business name";
inline constexpr const char* kCurrency = "Currency (three letters, such as EUR or USD)";
inline constexpr const char* kOwnerName = "Your name";
inline constexpr const char* kPin = "Your PIN (4 to 8 digits)";
inline constexpr const char* kPinAgain = "The same PIN again";
inline constexpr const char* kPinsDiffer = "The two PINs are not the same.";
inline constexpr const char* kStart = "Start";
inline constexpr const char* kBack = "Back";
inline constexpr const char* kOpenCaseNow = "New case";

// ---- sign-in ----
inline constexpr const char* kWhoIsHere = "Who is at the desk?";
inline constexpr const char* kTapYourName = "Tap your name, then enter your PIN.";
inline constexpr const char* kSampleNote =
    "This is the sample business: everyone's PIN is shown so you can try every role.";
inline constexpr const char* kRoleAndPinFormat = "%s \xC2\xB7 PIN %s";  // role, PIN
inline constexpr const char* kEnterPinFormat = "%s, enter your PIN";    // name
inline constexpr const char* kWrongPin = "That PIN is not right. Try again.";
inline constexpr const char* kTryAgainInFormat = "Too many wrong PINs. Try again in %d s.";
inline constexpr const char* kSignIn = "Sign in";
inline constexpr const char* kDeleteDigit = "Delete";
inline constexpr const char* kNotMe = "Not me";

// ---- the menu bar ----
inline constexpr const char* kSwitchUser = "Switch user";
inline constexpr const char* kSignedInAsFormat = "%s (%s)";  // name, role

// ---- desk settings (the Data screen) ----
inline constexpr const char* kDeskSettings = "Desk";
inline constexpr const char* kIdleSignOut = "Sign out when untouched";
inline constexpr const char* kIdleMinutesFormat = "after %d min";
inline constexpr const char* kIdleSecondsFormat = "after %d s";
inline constexpr const char* kIdleNever = "never";
inline constexpr const char* kIdleMinutesField = "minutes (0 = never)";
inline constexpr const char* kIdleSave = "Save";
inline constexpr const char* kIdleManagersOnly = "A manager can change this.";
inline constexpr const char* kSettingsSaved = "Settings saved.";

// ---- banners ----
inline constexpr const char* kBusinessReadyFormat = "%s is set up. You are signed in.";
inline constexpr const char* kIdleSignedOut = "Nobody used the desk for a while, so it signed out.";

}  // namespace mend::ui::desk_text
