// The reply draft: staff write what they will say or send, and the coach
// (core/coach) reads along — the four good moves as ticks, every "don't" with
// the words marked in the text and a better phrasing that goes in with one
// tap. The coach runs when typing pauses, not every frame.
#include <imgui_internal.h>

#include <algorithm>
#include <iterator>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/coach/coach_edit.hpp"
#include "core/i18n/strings.hpp"
#include "ui/case_view.hpp"
#include "ui/format.hpp"
#include "ui/i18n.hpp"
#include "ui/messages_case.hpp"
#include "ui/messages_reply.hpp"
#include "ui/text_fields.hpp"
#include "ui/theme.hpp"

namespace mend::ui {
namespace {

const char* kind_text(const std::string& kind) {
  const char* label = reply_text::kind_label(kind);
  return *label ? label : kind.c_str();
}

// A tick or an empty box, then the label as an item of its own so the widget
// registry (tests, a screen reader) reads it; its id says which it is.
void check_line(bool ok, const char* label, const std::string& id) {
  const float box = ImGui::GetTextLineHeight();
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImU32 colour = ImGui::GetColorU32(static_cast<ImVec4>(ok ? kOk : kMuted));
  draw->AddRect(at, ImVec2(at.x + box, at.y + box), colour, 3.0f, 0, 1.5f);
  if (ok)
    ImGui::RenderCheckMark(draw, ImVec2(at.x + box * 0.15f, at.y + box * 0.15f), colour,
                           box * 0.7f);
  ImGui::Dummy(ImVec2(box, box));
  ImGui::SameLine();
  const ImVec4 clear(0, 0, 0, 0);
  ImGui::PushStyleColor(ImGuiCol_HeaderHovered, clear);
  ImGui::PushStyleColor(ImGuiCol_HeaderActive, clear);
  ImGui::Selectable((std::string(label) + "##check-" + id + (ok ? "-yes" : "-no")).c_str(), false,
                    0, ImVec2(ImGui::CalcTextSize(label).x, 0));
  ImGui::PopStyleColor(2);
}

// A row of a findings table: what to say (wrapped) and the button that puts
// it in, in the table's right column.
bool phrase_row(std::string_view phrase, const char* button, const std::string& id) {
  ImGui::TextWrapped("\u201c%.*s\u201d", static_cast<int>(phrase.size()), phrase.data());
  ImGui::TableNextColumn();
  ImGui::AlignTextToFramePadding();
  const bool pressed = ImGui::Button((std::string(button) + "##" + id).c_str());
  ImGui::TableNextColumn();
  return pressed;
}

bool begin_findings_table(const char* id) {
  if (!ImGui::BeginTable(id, 2, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg))
    return false;
  const float button =
      std::max(ImGui::CalcTextSize(reply_text::kUse).x, ImGui::CalcTextSize(reply_text::kAdd).x) +
      2 * ImGui::GetStyle().FramePadding.x;
  ImGui::TableSetupColumn("##what", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("##do", ImGuiTableColumnFlags_WidthFixed, button);
  ImGui::TableNextColumn();
  return true;
}

}  // namespace

// The rules the reply is coached with: chosen for this reply, or told from
// its words (the screens' language when they could be either).
const CoachRules& CaseScreen::reply_rules() const {
  if (!reply_.language.empty()) return builtin_coach_rules(reply_.language);
  return builtin_coach_rules(reply_.detected.empty() ? screen_language()
                                                     : std::string_view(reply_.detected));
}

void CaseScreen::coach_reply(TimeMs now) {
  if (drafts_.reply == reply_.coached || now - reply_.edited_at < kCoachPauseMs) return;
  reply_.coached = drafts_.reply;
  reply_.detected = detect_coach_language(reply_.coached, screen_language());
  reply_.report = coach_text(reply_.coached, reply_rules());
}

// "Coach it as: Detected (English) · English · Bahasa Melayu", one choice per reply.
void CaseScreen::draw_reply_language() {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(reply_text::kReadAs);
  // The words as last coached (not the keystroke just typed): detected when they change.
  const std::string_view detected =
      reply_.detected.empty() ? screen_language() : std::string_view(reply_.detected);
  std::string detected_name;
  for (const LanguageName& language : screen_languages())
    if (language.code == detected) detected_name = language.name;
  std::vector<std::pair<std::string, std::string>> choices = {
      {"", text_format(reply_text::kReadDetect, detected_name.c_str())}};
  for (const LanguageName& language : screen_languages())
    choices.emplace_back(std::string(language.code), std::string(language.name));
  for (const auto& choice : choices) {
    ImGui::SameLine();
    const std::string label =
        choice.second + "##coach-as-" + (choice.first.empty() ? "auto" : choice.first);
    if (ImGui::RadioButton(label.c_str(), reply_.language == choice.first) &&
        reply_.language != choice.first) {
      reply_.language = choice.first;
      reply_.coached.clear();  // coached again with the chosen rules, now
      reply_.edited_at = 0;
    }
  }
}

void CaseScreen::draw_reply(const app::AppState& state, const CaseState& c, app::Requests& out) {
  (void)c;
  coach_reply(state.now);
  const bool current = reply_.coached == drafts_.reply;
  ImGui::PushFont(fonts().bold);
  ImGui::TextUnformatted(reply_text::kTitle);
  ImGui::PopFont();
  ImGui::PushStyleColor(ImGuiCol_Text, static_cast<ImVec4>(kMuted));
  ImGui::TextWrapped("%s", reply_text::kHint.c_str());
  ImGui::PopStyleColor();
  // Marks only while they belong to the text on screen.
  std::vector<TextMark> marks = current ? coach_marks(reply_.report) : std::vector<TextMark>{};
  if (input_text_multiline("##reply", &drafts_.reply, ImVec2(-1, ImGui::GetTextLineHeight() * 7), 0,
                           &marks))
    reply_.edited_at = state.now;
  if (ImGui::Button(reply_text::kCopyReply)) {
    ImGui::SetClipboardText(drafts_.reply.c_str());
    reply_.copied_at = state.now;
    reply_.copied = drafts_.reply;
  }
  ImGui::SameLine();
  ImGui::BeginDisabled(drafts_.reply.empty());
  if (ImGui::Button(reply_text::kSaveAsNote)) push(out, "reply", Note{drafts_.reply});
  ImGui::EndDisabled();
  if (!drafts_.reply.empty() && reply_.copied == drafts_.reply &&
      state.now - reply_.copied_at < kCopiedShownMs) {
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(kOk, "%s", reply_text::kCopied.c_str());
  } else if (!drafts_.reply.empty() && reply_.saved == drafts_.reply) {
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(kOk, "%s", reply_text::kSaved.c_str());
  }
  draw_refusal("reply");
  draw_reply_language();
  ImGui::Separator();
  if (drafts_.reply.empty()) {
    ImGui::TextColored(kMuted, "%s", reply_text::kEmpty.c_str());
    return;
  }
  if (!current) ImGui::TextColored(kMuted, "%s", reply_text::kChecking.c_str());
  draw_reply_findings();
}

void CaseScreen::draw_reply_findings() {
  const CoachReport& report = reply_.report;
  // A tap's result, applied after the lists are drawn. The findings' offsets
  // belong to the text the coach read: taps wait until that is the draft.
  std::optional<std::string> edited;
  ImGui::BeginDisabled(reply_.coached != drafts_.reply);
  // The four good moves as ticks in one row (it flows on a narrow screen).
  const struct {
    const char* kind;
    bool there;
  } moves[] = {{"apology", report.apology},
               {"ownership", report.ownership},
               {"ask", report.ask},
               {"thanks", report.thanks}};
  const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  for (std::size_t i = 0; i < std::size(moves); ++i) {
    const float width = ImGui::GetTextLineHeight() + ImGui::GetStyle().ItemSpacing.x +
                        ImGui::CalcTextSize(kind_text(moves[i].kind)).x;
    if (i > 0 && ImGui::GetItemRectMax().x + 2 * ImGui::GetStyle().ItemSpacing.x + width < right)
      ImGui::SameLine(0, 2 * ImGui::GetStyle().ItemSpacing.x);
    check_line(moves[i].there, kind_text(moves[i].kind), moves[i].kind);
  }
  // How strong the apology is, by what research finds matters (core/coach:
  // responsibility and repair most), and whether the three steps come in order.
  std::string found;
  for (const std::string& id : report.components) {
    const char* label = reply_text::component_label(id);
    found += (found.empty() ? "" : ", ") + std::string(*label ? label : id.c_str());
  }
  ImGui::PushStyleColor(ImGuiCol_Text, static_cast<ImVec4>(kMuted));
  if (found.empty())
    ImGui::TextWrapped(reply_text::kStrengthNone, report.score);
  else
    ImGui::TextWrapped(reply_text::kStrength, report.score, found.c_str());
  ImGui::PopStyleColor();
  if (report.order == "off") ImGui::TextColored(kDanger, "%s", reply_text::kOrderOff.c_str());
  ImGui::Spacing();
  if (report.apology && report.ownership && report.ask && report.thanks && report.donts.empty())
    ImGui::TextColored(kOk, "%s", reply_text::kAllGood.c_str());
  // The don'ts first: they undo the apology, so they matter most.
  if (!report.donts.empty()) {
    ImGui::PushFont(fonts().bold);
    ImGui::Text(reply_text::kDontsTitle, report.donts.size());
    ImGui::PopFont();
  }
  if (!report.donts.empty() && begin_findings_table("##donts")) {
    for (std::size_t i = 0; i < report.donts.size(); ++i) {
      const CoachFinding& f = report.donts[i];
      ImGui::PushID(static_cast<int>(i));
      ImGui::PushStyleColor(ImGuiCol_Text, static_cast<ImVec4>(kDanger));
      ImGui::TextWrapped(reply_text::kDontWords, kind_text(f.kind), f.text.c_str());
      ImGui::PopStyleColor();
      const std::string_view phrase = suggested_phrase(f.suggestion);
      // The advice before the phrase ("'But' cancels the apology. … use 'and':").
      const std::size_t advice =
          phrase.empty() ? f.suggestion.size()
                         : static_cast<std::size_t>(phrase.data() - f.suggestion.data()) - 2;
      ImGui::PushStyleColor(ImGuiCol_Text, static_cast<ImVec4>(kMuted));
      ImGui::TextWrapped("%.*s", static_cast<int>(advice), f.suggestion.c_str());
      ImGui::PopStyleColor();
      if (phrase.empty()) {
        ImGui::TableNextColumn();
        ImGui::TableNextColumn();
      } else if (phrase_row(phrase, reply_text::kUse, "use-" + f.rule)) {
        edited = replace_sentence(reply_.coached, f, phrase);
      }
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  // Then each missing move, with a phrase that adds it.
  bool any_missing = false;
  for (const auto& move : moves) any_missing |= !move.there;
  if (any_missing && begin_findings_table("##missing")) {
    for (const auto& move : moves) {
      const CoachRule* rule = move.there ? nullptr : rule_to_add(reply_rules(), move.kind);
      if (!rule) continue;
      ImGui::PushID(move.kind);
      ImGui::PushStyleColor(ImGuiCol_Text, static_cast<ImVec4>(kMuted));
      ImGui::TextWrapped(reply_text::kMissing, kind_text(move.kind));
      ImGui::PopStyleColor();
      const std::string_view phrase = suggested_phrase(rule->suggestion);
      if (phrase_row(phrase, reply_text::kAdd, std::string("add-") + move.kind))
        edited = add_phrase(reply_.coached, move.kind, phrase, &reply_.report);
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  ImGui::EndDisabled();
  if (edited) {
    drafts_.reply = std::move(*edited);
    reply_.edited_at = 0;  // read again at once
  }
}

}  // namespace mend::ui
