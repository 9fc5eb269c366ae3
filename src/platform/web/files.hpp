// Files in and out of the browser (web/lib/lib_files.js) and what the app's
// outcomes ask of them (file_exports.cpp).
#pragma once
#include <cstddef>

#include "app/app_state.hpp"
#include "core/json/writer.hpp"

extern "C" {
// Offers `size` bytes at `data` as a download: kind 0 the book
// (mend-book-YYYY-MM-DD.json), 1 the cases as CSV (mend-cases-YYYY-MM-DD.csv),
// named by today's local date. The bytes are copied before this returns.
void mend_files_download(int kind, const char* data, std::size_t size);
// The book's bytes encrypted with `passcode` (lib_files.js: the lock's
// scheme), offered as mend-book-encrypted-YYYY-MM-DD.json.
void mend_files_download_encrypted(const char* data, std::size_t size, const char* passcode);
// The encrypted file held for import, opened with this passcode: it comes
// back as mend_files_import, or mend_files_import_encrypted (wrong passcode).
void mend_files_decrypt(const char* passcode);
// Lets the held encrypted file go (the review was closed).
void mend_files_forget();
// Opens the browser's file picker; a picked file comes back through
// mend_files_import_started / mend_files_buffer / mend_files_import.
void mend_files_pick();
// A file dropped anywhere on the page is imported like a picked one.
void mend_files_install_drop();
// Asks navigator.storage whether storage is persistent and how much is used;
// the answer comes back through mend_files_storage.
void mend_files_query_storage();
}

namespace mend::web {

// Does what the frame's outcomes ask of the browser (downloads, the file
// picker) and asks for storage figures when the Data screen opens. Called
// once per frame, after the app applied the frame's requests.
void follow_file_outcomes(const app::AppState& state);

// For window.mend.state(): "lastExport" and, while a file is under review,
// "import" with what the dialog shows (tests read it instead of pixels).
void write_files_state(json::Writer& out, const app::AppState& state);

}  // namespace mend::web
