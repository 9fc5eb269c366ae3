// Functions the page provides to the app: web/lib/*.js, linked with
// --js-library, one file per job.
#pragma once

extern "C" {
// ---- lib_page.js: the page around the canvas -----------------------------------
// Shows a message the user can act on in place of the app, and stops.
void mend_page_fatal(const char* message);
// Hides the loading status: the first frame is about to be drawn.
void mend_page_ready();
// 1 when the device's main pointer is coarse (a finger): CSS (pointer: coarse).
int mend_page_coarse_pointer();
// Lets the waiting build of Mend (its service worker) take over; the page
// reloads into it. Called once every change is saved (PageStatus::update_go).
void mend_page_activate_update();

// Remembers kiosk mode for this tab (a reload comes back to it) and keeps
// the browser's Back from leaving it; 0 lets both go.
void mend_page_kiosk(int on);
// 1 when this tab was a kiosk before it reloaded.
int mend_page_kiosk_remembered();

// This device's text size as last kept (1 when never set), and keeping it.
float mend_page_text_size();
void mend_page_keep_text_size(float scale);
// This device's screen language ("en", "ms") as last kept, or the browser's
// own when never chosen: a malloc'ed string the caller frees. Keeping one
// also sets <html lang> for screen readers.
char* mend_page_language();
void mend_page_keep_language(const char* code);

// ---- lib_input.js --------------------------------------------------------------
// Pointer events (mouse, touch, pen) on the canvas -> mend_pointer(); a touch
// released on a text field (mend_text_field_at) raises the on-screen keyboard.
void mend_page_install_input();

// ---- lib_keyboard.js -----------------------------------------------------------
// Tells the page whether ImGui takes text input, so it can close the
// on-screen keyboard when a field loses focus.
void mend_page_text_input(int active);

// ---- lib_clipboard.js ----------------------------------------------------------
// Copies text to the system clipboard (navigator.clipboard).
void mend_page_copy(const char* text);
// The page's paste events -> mend_paste().
void mend_page_install_clipboard();

// ---- lib_context.js ------------------------------------------------------------
// WebGL context loss and restore -> mend_context_lost() / mend_context_restored().
void mend_page_watch_context();
}
