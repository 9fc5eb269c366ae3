// The import review: a modal over any screen while a file is offered for
// import (AppState::import). It shows "Reading file…", or the file's errors
// with their JSON paths, or what merging it would add and any conflicts, from
// the core's results; Import confirms, Cancel changes nothing.
#include <algorithm>

#include "ui/format.hpp"
#include "ui/i18n.hpp"
#include "ui/messages.hpp"
#include "ui/messages_lock.hpp"
#include "ui/readable.hpp"
#include "ui/text_fields.hpp"
#include "ui/theme.hpp"
#include "ui/views.hpp"

namespace mend::ui {
namespace {

// Every word of this dialog, in one place to translate.
struct Words {
  Msg title = "Import book";
  Msg reading = "Reading file\u2026";
  Msg checking = "Checking file\u2026 %d %%";
  Msg importing = "Importing\u2026 %d %%";
  Msg will_add = "Importing will add:";
  Msg nothing_new = "Nothing new in this file: everything in it is already here.";
  Msg import = "Import";
  Msg cancel = "Cancel";
  Msg close = "Close";
};
const Words kWords;

// Each error wraps (a JSON path and its reason can be long); the list is as
// tall as its first eight entries and scrolls beyond.
void error_list(const char* id, const std::vector<Error>& errors, std::size_t max_shown) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float indent = ImGui::GetFontSize() + style.FramePadding.x * 2;
  const float wrap = ImGui::GetContentRegionAvail().x - indent - 2 * style.WindowPadding.x;
  const std::size_t shown = std::min(errors.size(), max_shown);
  float height = 2 * style.WindowPadding.y;
  for (std::size_t i = 0; i < std::min<std::size_t>(shown, 8); ++i)
    height += ImGui::CalcTextSize(tr_error(errors[i]).c_str(), nullptr, false, wrap).y +
              style.ItemSpacing.y;
  ImGui::BeginChild(id, ImVec2(0, height), true);
  for (std::size_t i = 0; i < shown; ++i) {
    ImGui::Bullet();
    ImGui::TextWrapped("%s", tr_error(errors[i]).c_str());
  }
  ImGui::EndChild();
}

// The passcode typed for an encrypted file: one dialog, one field; wiped
// when it is sent or the dialog closes.
std::string& typed_passcode() {
  static std::string passcode;
  return passcode;
}

void draw_passcode_prompt(const app::ImportReview& review, app::Requests& out) {
  std::string& passcode = typed_passcode();
  ImGui::TextWrapped("%s", lock_text::kImportEncrypted.c_str());
  if (review.wrong_passcode) {
    ImGui::PushTextWrapPos(0);
    readable_text(lock_text::kImportWrong, "import-wrong", static_cast<ImVec4>(kDanger));
    ImGui::PopTextWrapPos();
  }
  ImGui::TextUnformatted(lock_text::kFilePasscode);
  ImGui::SetNextItemWidth(-1);
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  bool submit = input_text("##import-passcode", &passcode, ImGuiInputTextFlags_EnterReturnsTrue,
                           TextKind::Secret);
  ImGui::Spacing();
  submit = primary_button(lock_text::kOpenFile) || submit;
  if (submit && !passcode.empty()) {
    out.push(app::RequestOpenEncryptedImport{passcode});
    wipe_secret(passcode);
  }
  ImGui::SameLine();
  if (ImGui::Button(kWords.cancel)) {
    wipe_secret(passcode);
    out.push(app::RequestCancelImport{});
  }
}

}  // namespace

void draw_import_dialog(const app::AppState& state, app::Requests& out) {
  // The title in the current language; its id the same in every one.
  const std::string title = text_format("%s###import-book", kWords.title.c_str());
  const bool open = ImGui::IsPopupOpen(title.c_str());
  if (state.import && !open) ImGui::OpenPopup(title.c_str());
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(680.0f, viewport->WorkSize.x - 32), 0));
  // Confirmed or cancelled: the app closed the review. The popup is closed
  // from inside it, in a frame where it is drawn clear, not as an empty box.
  const bool closing = !state.import;
  if (closing) ImGui::PushStyleVar(ImGuiStyleVar_Alpha, 0.0f);
  const bool shown = ImGui::BeginPopupModal(
      title.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoResize);
  if (closing) ImGui::PopStyleVar();
  if (!shown) return;
  if (closing) {
    wipe_secret(typed_passcode());
    ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return;
  }
  const app::ImportReview& review = *state.import;
  ImGui::PushFont(fonts().bold);
  ImGui::TextWrapped("%s", review.file_name.c_str());
  ImGui::PopFont();
  ImGui::Spacing();

  if (review.encrypted && !review.reading) {
    draw_passcode_prompt(review, out);
  } else if (review.applying >= 0) {
    // Import pressed on a large file: its events are gathered a slice a
    // frame; nothing is written until they all are, so Cancel still holds.
    ImGui::Text(kWords.importing, static_cast<int>(review.applying * 100));
    ImGui::ProgressBar(static_cast<float>(review.applying), ImVec2(-1, 0), "");
    ImGui::Spacing();
    if (ImGui::Button(kWords.cancel)) out.push(app::RequestCancelImport{});
  } else if (review.reading && review.checked >= 0) {
    // A large file is checked a slice a frame: how far, and Cancel meanwhile.
    ImGui::Text(kWords.checking, static_cast<int>(review.checked * 100));
    ImGui::ProgressBar(static_cast<float>(review.checked), ImVec2(-1, 0), "");
    ImGui::Spacing();
    if (ImGui::Button(kWords.cancel)) out.push(app::RequestCancelImport{});
  } else if (review.reading) {
    ImGui::TextUnformatted(review.encrypted ? lock_text::kOpening.c_str() : kWords.reading.c_str());
    ImGui::Spacing();
    if (ImGui::Button(kWords.cancel)) out.push(app::RequestCancelImport{});
  } else if (!review.theirs) {
    ImGui::TextColored(kDanger, "%s", import_errors_title(review).c_str());
    error_list("##errors", review.errors, app::kMaxShownImportErrors);
    if (primary_button(kWords.close)) out.push(app::RequestCancelImport{});
  } else if (review.nothing_new()) {
    ImGui::TextWrapped("%s", kWords.nothing_new.c_str());
    for (const std::string& line : import_summary(review)) ImGui::BulletText("%s", line.c_str());
    ImGui::Spacing();
    if (primary_button(kWords.close)) out.push(app::RequestCancelImport{});
  } else {
    ImGui::TextUnformatted(kWords.will_add);
    for (const std::string& line : import_summary(review)) ImGui::BulletText("%s", line.c_str());
    if (!review.conflicts.empty()) {
      ImGui::Spacing();
      ImGui::TextColored(kDanger, "%s", import_conflicts_title(review.conflicts.size()).c_str());
      error_list("##conflicts", review.conflicts, app::kMaxShownImportErrors);
    }
    ImGui::Spacing();
    if (primary_button(kWords.import)) out.push(app::RequestConfirmImport{});
    ImGui::SameLine();
    if (ImGui::Button(kWords.cancel)) out.push(app::RequestCancelImport{});
  }
  ImGui::EndPopup();
}

}  // namespace mend::ui
