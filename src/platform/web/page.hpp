// Functions the page provides to the app (web/lib/lib_input.js, linked with
// --js-library).
#pragma once

extern "C" {
// Shows a message the user can act on in place of the app, and stops.
void mend_page_fatal(const char* message);
// Pointer events (mouse, touch, pen) on the canvas -> mend_pointer(); WebGL
// context loss and restore -> mend_context_lost() / mend_context_restored().
void mend_page_install_input();
// Tells the page whether ImGui takes text input, so it can close the
// on-screen keyboard when a field loses focus.
void mend_page_text_input(int active);
// Copies text to the system clipboard (navigator.clipboard).
void mend_page_copy(const char* text);
// 1 when the device's main pointer is coarse (a finger): CSS (pointer: coarse).
int mend_page_coarse_pointer();
// Hides the loading status: the first frame is about to be drawn.
void mend_page_ready();
}
