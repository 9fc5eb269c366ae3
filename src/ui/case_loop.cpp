// Closing the loop: once the corrective action is recorded, the case offers
// a short message telling the customer what changed because of them, drafted
// from the action, read by the coach, copyable; sending it is recorded as a
// follow-up done (the timeline keeps the words).
#include <algorithm>
#include <string>

#include "core/coach/closing_loop.hpp"
#include "ui/case_view.hpp"
#include "ui/format.hpp"
#include "ui/messages_case.hpp"
#include "ui/text_fields.hpp"
#include "ui/theme.hpp"

namespace mend::ui {

void CaseScreen::draw_closing_loop(const app::AppState& state, const CaseState& c,
                                   app::Requests& out) {
  if (!c.analysis || c.analysis->corrective_action.empty()) return;
  // Drafted again when the recorded action changes; the person's edits stay otherwise.
  if (drafts_.loop_from_action != c.analysis->corrective_action) {
    drafts_.loop_from_action = c.analysis->corrective_action;
    drafts_.loop_message =
        closing_loop_draft(case_text::kLoopTemplate.c_str(), c.customer.name,
                           c.analysis->corrective_action, state.book.settings.business_name);
  }
  ImGui::Spacing();
  ImGui::PushFont(fonts().bold);
  ImGui::TextUnformatted(case_text::kLoopTitle);
  ImGui::PopFont();
  ImGui::PushStyleColor(ImGuiCol_Text, static_cast<ImVec4>(kMuted));
  ImGui::TextWrapped("%s", case_text::kLoopHint.c_str());
  ImGui::PopStyleColor();

  if (loop_.coached != drafts_.loop_message && state.now - loop_.edited_at >= kCoachPauseMs) {
    loop_.coached = drafts_.loop_message;
    loop_.report = coach_text(loop_.coached, coach_rules_for(loop_.coached, screen_language()));
  }
  const bool current = loop_.coached == drafts_.loop_message;
  std::vector<TextMark> marks = current ? coach_marks(loop_.report) : std::vector<TextMark>{};
  if (input_text_multiline("##loop-message", &drafts_.loop_message,
                           ImVec2(-1, ImGui::GetTextLineHeight() * 5), 0, &marks))
    loop_.edited_at = state.now;
  if (current) {
    if (loop_.report.donts.empty())
      ImGui::TextColored(kOk, "%s", case_text::kLoopCoachGood.c_str());
    for (const CoachFinding& f : loop_.report.donts)
      ImGui::TextColored(kDanger, case_text::kLoopCoachDont, f.suggestion.c_str());
  }

  if (ImGui::Button((std::string(case_text::kLoopCopy) + "##loop").c_str())) {
    ImGui::SetClipboardText(drafts_.loop_message.c_str());
    loop_.copied = drafts_.loop_message;
    loop_.copied_at = state.now;
  }
  ImGui::SameLine();
  const std::string note = text_format(case_text::kLoopSentNote, drafts_.loop_message.c_str());
  ImGui::BeginDisabled(drafts_.loop_message.empty());
  if (ImGui::Button((std::string(case_text::kLoopRecordSent) + "##loop-sent").c_str()))
    push(out, "loop-sent", FollowUpDone{note});
  ImGui::EndDisabled();
  if (loop_.copied == drafts_.loop_message && state.now - loop_.copied_at < kCopiedShownMs) {
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(kOk, "%s", case_text::kCopied.c_str());
  }
  draw_refusal("loop-sent");
  const auto sent = std::find_if(c.follow_up_notes.begin(), c.follow_up_notes.end(),
                                 [&](const auto& done) { return done.second == note; });
  if (sent != c.follow_up_notes.end())
    ImGui::TextColored(kOk, case_text::kLoopSent, local_time_text(sent->first).c_str());
}

}  // namespace mend::ui
