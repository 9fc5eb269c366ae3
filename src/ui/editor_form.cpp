#include "ui/editor_form.hpp"

#include <variant>

#include "core/base/money.hpp"
#include "core/base/text.hpp"
#include "ui/messages_business.hpp"
#include "ui/readable.hpp"
#include "ui/text_fields.hpp"
#include "ui/theme.hpp"

namespace mend::ui::form {
namespace {

constexpr float kLabelWidth = 250;
// Narrower than this, a label goes above its field.
constexpr float kStackBelow = 560;

bool about(const Error& error, std::string_view field) {
  const std::string_view where = error.where;
  if (!where.starts_with(field)) return false;
  return where.size() == field.size() || where[field.size()] == '.' || where[field.size()] == '[';
}

// The trimmed, non-empty pieces of `text` between `separator`s.
std::vector<std::string> split(std::string_view text, char separator) {
  std::vector<std::string> out;
  while (!text.empty()) {
    const std::size_t end = text.find(separator);
    if (std::string piece = trim(text.substr(0, end)); !piece.empty()) out.push_back(piece);
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return out;
}

}  // namespace

void heading(const char* text) {
  ImGui::Spacing();
  ImGui::PushFont(fonts().bold);
  ImGui::TextUnformatted(text);
  ImGui::PopFont();
}

void label(const char* text) {
  // A label longer than its column (a long tier's name, a longer language)
  // goes above its field rather than under it.
  const bool stack = ImGui::GetContentRegionAvail().x < kStackBelow ||
                     ImGui::CalcTextSize(text).x > kLabelWidth - ImGui::GetStyle().ItemSpacing.x;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(text);
  if (!stack) ImGui::SameLine(kLabelWidth);
  ImGui::SetNextItemWidth(-1);
}

bool text(const char* label_text, const char* id, std::string* value, TextKind kind) {
  label(label_text);
  return input_text(id, value, 0, kind);
}

bool amount(const char* label_text, const char* id, std::string* value) {
  label(label_text);
  // CharsDecimal lets digits, '.', '+', '-', '*' and '/' through; parse_money
  // refuses what is not an amount when the form is saved.
  return input_text(id, value, ImGuiInputTextFlags_CharsDecimal);
}

bool whole(const char* label_text, const char* id, std::string* value) {
  label(label_text);
  return input_text(id, value, ImGuiInputTextFlags_CharsDecimal);
}

bool lines(const char* label_text, const char* id, std::string* value, float height) {
  label(label_text);
  return input_text_multiline(id, value, ImVec2(-1, height));
}

bool flow_checkbox(const char* label_text, bool* value, bool first) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float width = ImGui::GetFrameHeight() + style.ItemInnerSpacing.x +
                      ImGui::CalcTextSize(label_text, nullptr, true).x;
  if (!first) {
    const float right = ImGui::GetWindowContentRegionMax().x + ImGui::GetWindowPos().x;
    if (ImGui::GetItemRectMax().x + style.ItemSpacing.x * 2 + width <= right)
      ImGui::SameLine(0, style.ItemSpacing.x * 2);
  }
  return ImGui::Checkbox(label_text, value);
}

std::vector<std::string> split_lines(std::string_view text) {
  return split(text, '\n');
}

std::string join_lines(const std::vector<std::string>& lines_in) {
  std::string out;
  for (const std::string& l : lines_in) out += (out.empty() ? "" : "\n") + l;
  return out;
}

std::vector<std::string> split_commas(std::string_view text) {
  return split(text, ',');
}

std::string join_commas(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& i : items) out += (out.empty() ? "" : ", ") + i;
  return out;
}

std::string amount_text(Cents cents) {
  return format_cents(cents);
}

std::optional<int> parse_whole(std::string_view text) {
  std::string t = trim(text);
  if (t.empty() || t.size() > 9) return std::nullopt;
  std::size_t i = t[0] == '-' ? 1 : 0;
  if (i == t.size()) return std::nullopt;
  int v = 0;
  for (; i < t.size(); ++i) {
    if (t[i] < '0' || t[i] > '9') return std::nullopt;
    v = v * 10 + (t[i] - '0');
  }
  return t[0] == '-' ? -v : v;
}

void error_for(const std::optional<Error>& error, std::string_view field) {
  if (!error || !about(*error, field)) return;
  // Listed by the registry as "<why>##error-<field>", so a screen reader
  // (and a test) finds the reason beside the field it is about. The core's
  // reasons are English sentences: the table has them too.
  readable_text(tr(error->why.c_str()), ("error-" + std::string(field)).c_str(), kDanger);
}

void error_other(const std::optional<Error>& error, const std::vector<std::string_view>& fields) {
  if (!error) return;
  for (std::string_view f : fields)
    if (about(*error, f)) return;
  // As Error::message() puts it, with the reason in the screen's language.
  const char* why = tr(error->why.c_str());
  const std::string message = error->where.empty() ? why : error->where + ": " + why;
  readable_text(message.c_str(), "error", kDanger);
}

bool SaveState::note(const app::AppState& state, app::EditKind kind) {
  bool was_saved = false;
  for (const app::AppOutcome& o : state.outcomes) {
    if (const auto* refused = std::get_if<app::RecordRefused>(&o); refused && refused->kind == kind)
      error = refused->error;
    if (const auto* done = std::get_if<app::RecordSaved>(&o); done && done->kind == kind) {
      error.reset();
      saved = was_saved = true;
    }
  }
  return was_saved;
}

void save_status(const app::AppState& state, const SaveState& save) {
  namespace t = business_text;
  if (!save.saved) return;
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  if (state.storage.failure)
    ImGui::TextColored(kDanger, "%s", t::kNotSavedYet.c_str());
  else if (!state.storage.unsaved.empty())
    ImGui::TextColored(kMuted, "%s", t::kSaving.c_str());
  else
    ImGui::TextColored(kOk, "%s", t::kSaved.c_str());
}

}  // namespace mend::ui::form
