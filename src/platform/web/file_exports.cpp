// What web/lib/lib_files.js calls: a file to import arriving (its name, then
// its bytes in a buffer the app owns), and the browser's storage figures.
// Each becomes a request for the app, applied after the next frame.
#include <emscripten/emscripten.h>

#include <cstdint>
#include <string>
#include <utility>
#include <variant>

#include "core/base/time_iso.hpp"
#include "platform/web/files.hpp"
#include "platform/web/runtime.hpp"

namespace mend::web {
namespace {

// The file being read: JS copies its bytes straight into this string, which
// then moves into the request, so a large file is copied into wasm memory once.
std::string& incoming() {
  static std::string bytes;
  return bytes;
}

void push(app::Request request) {
  Runtime* rt = runtime();
  if (!rt) return;
  rt->requests.push(std::move(request));
  request_frames();
}

}  // namespace

void follow_file_outcomes(const app::AppState& state) {
  for (const app::AppOutcome& outcome : state.outcomes) {
    if (const auto* exported = std::get_if<app::BookExported>(&outcome)) {
      const int kind = exported->kind == app::ExportKind::CasesCsv ? 1 : 0;
      if (!exported->passcode.empty())
        mend_files_download_encrypted(exported->bytes->data(), exported->bytes->size(),
                                      exported->passcode.c_str());
      else
        mend_files_download(kind, exported->bytes->data(), exported->bytes->size());
    } else if (std::holds_alternative<app::ImportFileWanted>(outcome)) {
      mend_files_pick();
    } else if (const auto* given = std::get_if<app::ImportPasscodeGiven>(&outcome)) {
      mend_files_decrypt(given->passcode.c_str());
    }
  }
  // An encrypted file held for its passcode goes once the review closes.
  static bool reviewing_encrypted = false;
  if (reviewing_encrypted && !(state.import && state.import->encrypted)) mend_files_forget();
  reviewing_encrypted = state.import && state.import->encrypted;
  // Fresh figures each time the Data screen is opened.
  static app::Screen shown = app::Screen::Queue;
  if (state.screen == app::Screen::Data && shown != app::Screen::Data) mend_files_query_storage();
  shown = state.screen;
}

void write_files_state(json::Writer& out, const app::AppState& state) {
  out.field("lastExport", state.last_export ? format_iso(*state.last_export) : std::string());
  out.field("backupDue", app::backup_due(state));
  if (!state.import) return;
  const app::ImportReview& r = *state.import;
  auto count = [](std::size_t n) { return static_cast<std::int64_t>(n); };
  out.object("import", [&] {
    out.field("file", r.file_name);
    out.field("reading", r.reading);
    out.field("checked", r.checked);
    out.field("applying", r.applying);
    out.field("valid", r.theirs.has_value());
    out.field("encrypted", r.encrypted);
    out.field("wrongPasscode", r.wrong_passcode);
    out.field("errorCount", count(r.error_count));
    out.key("errors");
    out.begin_array();
    for (const Error& e : r.errors) out.string(e.message());
    out.end_array();
    out.field("cases", count(r.added.cases));
    out.field("events", count(r.added.events));
    out.field("casesKnown", count(r.cases_known));
    out.field("eventsKnown", count(r.events_known));
    out.field("conflicts", count(r.conflicts.size()));
    out.field("nothingNew", r.nothing_new());
  });
}

}  // namespace mend::web

extern "C" {
EMSCRIPTEN_KEEPALIVE void mend_files_import_started(const char* name) {
  mend::web::push(mend::app::RequestImportStarted{name});
}
// A buffer of `size` bytes for the file's content; null for a file larger
// than one piece of wasm memory should hold (streaming import is a later step).
EMSCRIPTEN_KEEPALIVE char* mend_files_buffer(std::size_t size) {
  constexpr std::size_t kMaxImportBytes = std::size_t{512} << 20;
  if (size > kMaxImportBytes) return nullptr;
  std::string& bytes = mend::web::incoming();
  bytes.clear();
  bytes.shrink_to_fit();
  bytes.resize(size);
  return bytes.data();
}
EMSCRIPTEN_KEEPALIVE void mend_files_import(const char* name) {
  mend::web::push(mend::app::RequestImportFile{name, std::exchange(mend::web::incoming(), {}), ""});
}
// The browser could not read the file, or it is too large: the review says so.
EMSCRIPTEN_KEEPALIVE void mend_files_import_failed(const char* name) {
  mend::web::push(mend::app::RequestImportFile{
      name, std::string(), "the browser could not read this file, or it is larger than 512 MB"});
}
// The file is an encrypted book (lib_files.js holds it): the review asks for
// its passcode; `wrong`: the last one did not open it.
EMSCRIPTEN_KEEPALIVE void mend_files_import_encrypted(const char* name, int wrong) {
  mend::web::push(mend::app::RequestImportEncrypted{name, wrong != 0});
}
// The file cannot be imported, for this reason (a damaged encrypted book).
EMSCRIPTEN_KEEPALIVE void mend_files_import_refused(const char* name, const char* why) {
  mend::web::push(mend::app::RequestImportFile{name, std::string(), why});
}
EMSCRIPTEN_KEEPALIVE void mend_files_storage(int persisted, double used, double quota) {
  mend::web::push(mend::app::RequestNoteDeviceStorage{persisted != 0, used, quota});
}
}
