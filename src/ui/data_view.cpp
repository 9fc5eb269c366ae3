// "Storage and backups": whether the browser keeps Mend's data, how much it
// holds, when the last backup was exported (with a reminder after a week),
// and the export and import buttons; plus the "Export book" dialog (whole
// book or the cases opened in a date range). The rules (when a backup is
// due, what an export holds) are the app's; this only draws them.
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <optional>
#include <string>

#include "core/model/lookup.hpp"
#include "ui/editor_form.hpp"
#include "ui/format.hpp"
#include "ui/i18n.hpp"
#include "ui/messages.hpp"
#include "ui/messages_desk.hpp"
#include "ui/messages_lock.hpp"
#include "ui/readable.hpp"
#include "ui/text_fields.hpp"
#include "ui/theme.hpp"
#include "ui/views.hpp"

namespace mend::ui {
namespace {

// Every word of this screen, in one place to translate.
struct Words {
  Msg title = "Storage and backups";
  Msg business = "Business";
  Msg reminder = "Export a backup: browsers may delete data of sites not used for a while.";
  Msg export_now = "Export now";
  Msg storage = "Storage";
  Msg used = "Used";
  Msg last_export = "Last backup export";
  Msg cases = "Cases in this book";
  Msg export_book = "Export book\u2026";
  Msg export_csv = "Export cases as CSV";
  Msg import_book = "Import book\u2026";
  Msg import_hint =
      "Import merges a book exported from Mend (this device or another) into this one. You see "
      "what will change before anything does. You can also drop a file anywhere on the page.";
  Msg dialog = "Export book";
  Msg whole = "Whole book";
  Msg range = "Cases opened in a date range";
  Msg from = "From";
  Msg to = "To (inclusive)";
  Msg date_hint = "YYYY-MM-DD";
  Msg bad_range = "Enter two dates as YYYY-MM-DD, the first not after the second.";
  Msg export_button = "Export";
  Msg cancel = "Cancel";
};
const Words kWords;

// Midnight at the start of a local calendar date, or nullopt for text that
// is not a date.
std::optional<TimeMs> local_midnight(const char* text, int extra_days = 0) {
  int y = 0, m = 0, d = 0;
  char tail = 0;
  if (std::sscanf(text, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3) return std::nullopt;
  if (m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  std::tm tm{};
  tm.tm_year = y - 1900;
  tm.tm_mon = m - 1;
  tm.tm_mday = d + extra_days;
  tm.tm_isdst = -1;
  const std::time_t t = std::mktime(&tm);
  if (t == static_cast<std::time_t>(-1)) return std::nullopt;
  return static_cast<TimeMs>(t) * 1000;
}

void local_date(TimeMs at, char (&out)[16]) {
  const std::time_t t = static_cast<std::time_t>(at / 1000);
  std::tm tm{};
  localtime_r(&t, &tm);
  std::strftime(out, sizeof out, "%Y-%m-%d", &tm);
}

// Digits as whole minutes; nullopt for anything else (empty, too long).
std::optional<int> whole_minutes(const std::string& text) {
  if (text.empty() || text.size() > 6) return std::nullopt;
  int minutes = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    minutes = minutes * 10 + (c - '0');
  }
  return minutes;
}

void label_value(const char* label, const std::string& value) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::PushStyleColor(ImGuiCol_Text, kMuted);
  ImGui::TextUnformatted(label);
  ImGui::PopStyleColor();
  ImGui::TableNextColumn();
  ImGui::TextWrapped("%s", value.c_str());
}

}  // namespace

void DataScreen::open_export(TimeMs now) {
  export_wanted_ = true;
  whole_ = true;
  range_error_ = false;
  local_date(now - 30 * kMsPerDay, from_);
  local_date(now, to_);
}

void DataScreen::follow(const app::AppState& state) {
  for (const app::AppOutcome& o : state.outcomes) {
    if (const auto* refused = std::get_if<app::SettingsRefused>(&o))
      idle_error_ = tr_sentence(refused->error.why);
    if (std::holds_alternative<app::SettingsSaved>(o)) {
      idle_minutes_.reset();
      idle_error_.clear();
    }
  }
}

// The desk's idle sign-out: a field and Save for those who may change it,
// the setting in words for everyone else.
void DataScreen::draw_idle_sign_out(const app::AppState& state, app::Requests& out) {
  namespace t = desk_text;
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::AlignTextToFramePadding();
  ImGui::PushStyleColor(ImGuiCol_Text, kMuted);
  ImGui::TextUnformatted(t::kIdleSignOut);
  ImGui::PopStyleColor();
  ImGui::TableNextColumn();
  const int seconds = state.book.settings.idle_sign_out_seconds;
  const bool may_change = may_manage(state.book, state.staff_id);
  if (!may_change) {
    const std::string now = seconds == 0        ? std::string(t::kIdleNever)
                            : seconds % 60 == 0 ? text_format(t::kIdleMinutesFormat, seconds / 60)
                                                : text_format(t::kIdleSecondsFormat, seconds);
    ImGui::TextUnformatted(now.c_str());
    ImGui::PushStyleColor(ImGuiCol_Text, kMuted);
    ImGui::TextWrapped("%s", t::kIdleManagersOnly.c_str());
    ImGui::PopStyleColor();
    return;
  }
  // A plain text field of digits, not InputInt: its +/- buttons are small
  // targets on a tablet and its inner field has no name a screen reader
  // could read.
  // The book's value fills the field, again whenever it changes (saved here,
  // in another tab or by an import).
  if (!idle_minutes_ || idle_based_on_ != seconds) {
    idle_minutes_ = std::to_string((seconds + 59) / 60);
    idle_based_on_ = seconds;
  }
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5);
  input_text("##idle-minutes", &*idle_minutes_, ImGuiInputTextFlags_CharsDecimal);
  ImGui::SameLine();
  ImGui::TextUnformatted(t::kIdleMinutesField);
  ImGui::SameLine();
  const std::optional<int> minutes = whole_minutes(*idle_minutes_);
  const bool changed = !minutes || *minutes * 60 != seconds;
  ImGui::BeginDisabled(!changed);
  if (ImGui::Button((std::string(t::kIdleSave) + "##idle").c_str()) && changed)
    out.push(app::RequestSetIdleSignOut{minutes ? *minutes * 60 : -1});
  ImGui::EndDisabled();
  if (!idle_error_.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, kDanger);
    ImGui::TextWrapped("%s", tr(idle_error_.c_str()));
    ImGui::PopStyleColor();
  }
}

void DataScreen::draw(const app::AppState& state, app::Requests& out) {
  follow(state);
  ImGui::PushFont(fonts().title);
  ImGui::TextUnformatted(kWords.title);
  ImGui::PopFont();
  ImGui::Separator();
  ImGui::Spacing();

  if (app::backup_due(state)) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(kDanger.tint(0.10f)));
    const float height = ImGui::GetFrameHeight() + 2 * ImGui::GetStyle().WindowPadding.y + 4;
    ImGui::BeginChild("##reminder", ImVec2(0, height), true, ImGuiWindowFlags_NoScrollbar);
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(kDanger, "%s", kWords.reminder.c_str());
    ImGui::SameLine();
    if (primary_button(kWords.export_now)) out.push(app::RequestExportBook{});
    ImGui::EndChild();
    ImGui::PopStyleColor();
    ImGui::Spacing();
  }

  if (ImGui::BeginTable("##storage", 2, ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn("##label", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 12);
    ImGui::TableSetupColumn("##value", ImGuiTableColumnFlags_WidthStretch);
    label_value(kWords.business, state.book.settings.business_name);
    draw_idle_sign_out(state, out);
    label_value(kWords.storage, persistence_text(state.device));
    label_value(kWords.used, storage_use_text(state.device));
    label_value(kWords.last_export, last_export_text(state));
    label_value(kWords.cases, std::to_string(state.book.cases.size()));
    ImGui::EndTable();
  }
  ImGui::Spacing();
  ImGui::Spacing();
  if (primary_button(kWords.export_book)) open_export(state.now);
  ImGui::SameLine();
  if (ImGui::Button(kWords.export_csv))
    out.push(app::RequestExportBook{app::ExportKind::CasesCsv, std::nullopt, std::nullopt, {}, {}});
  ImGui::SameLine();
  if (ImGui::Button(kWords.import_book)) out.push(app::RequestPickImportFile{});
  ImGui::Spacing();
  ImGui::PushStyleColor(ImGuiCol_Text, kMuted);
  ImGui::TextWrapped("%s", kWords.import_hint.c_str());
  ImGui::PopStyleColor();
}

void DataScreen::draw_export_dialog(app::Requests& out) {
  // The title in the current language; its id the same in every one.
  const std::string title = text_format("%s###export-book", kWords.dialog.c_str());
  if (export_wanted_) {
    ImGui::OpenPopup(title.c_str());
    export_wanted_ = false;
  }
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(520.0f, viewport->WorkSize.x - 32), 0));
  if (!ImGui::BeginPopupModal(title.c_str(), nullptr,
                              ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoResize))
    return;
  if (ImGui::RadioButton(kWords.whole, whole_)) whole_ = true;
  if (ImGui::RadioButton(kWords.range, !whole_)) whole_ = false;
  if (!whole_) {
    ImGui::Indent();
    ImGui::SetNextItemWidth(160);
    ImGui::InputTextWithHint(kWords.from, kWords.date_hint, from_, sizeof from_);
    ImGui::SetNextItemWidth(160);
    ImGui::InputTextWithHint(kWords.to, kWords.date_hint, to_, sizeof to_);
    if (range_error_) ImGui::TextColored(kDanger, "%s", kWords.bad_range.c_str());
    ImGui::Unindent();
  }
  ImGui::Spacing();
  ImGui::Checkbox(lock_text::kEncryptExport, &encrypt_);
  if (encrypt_) {
    ImGui::Indent();
    ImGui::PushTextWrapPos(0);
    ImGui::TextColored(kMuted, "%s", lock_text::kEncryptHint.c_str());
    ImGui::PopTextWrapPos();
    form::text(lock_text::kFilePasscode, "##file-passcode", &file_passcode_, TextKind::Secret);
    form::text(lock_text::kFileRepeat, "##file-repeat", &file_repeat_, TextKind::Secret);
    if (passcode_error_)
      readable_text(tr(passcode_error_->why.c_str()), "file-passcode-error",
                    static_cast<ImVec4>(kDanger));
    ImGui::Unindent();
  }
  ImGui::Spacing();
  bool close = false;
  if (primary_button(kWords.export_button)) {
    const auto from = local_midnight(from_);
    const auto to = local_midnight(to_, 1);  // the whole last day
    passcode_error_ =
        encrypt_ ? app::check_new_passcode(file_passcode_, file_repeat_) : std::nullopt;
    range_error_ = !whole_ && !(from && to && *from < *to);
    if (!passcode_error_ && !range_error_) {
      app::RequestExportBook request;
      if (!whole_) {
        request.from = *from;
        request.to = *to;
      }
      if (encrypt_) {
        request.passcode = file_passcode_;
        request.repeat = file_repeat_;
      }
      out.push(std::move(request));
      close = true;
    }
  }
  ImGui::SameLine();
  if (ImGui::Button(kWords.cancel)) close = true;
  if (close) {
    wipe_secret(file_passcode_);
    wipe_secret(file_repeat_);
    passcode_error_.reset();
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

}  // namespace mend::ui
