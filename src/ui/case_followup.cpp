// After the steps: the follow-up (scheduled, then done), the customer's
// verdict and retention, the root cause with suggestions from earlier cases,
// and closing (which needs an outcome) or reopening (which needs a reason).
#include <algorithm>
#include <string>

#include "core/case/clocks.hpp"
#include "ui/case_view.hpp"
#include "ui/format.hpp"
#include "ui/messages_case.hpp"
#include "ui/text_fields.hpp"
#include "ui/theme.hpp"

namespace mend::ui {
namespace {

void section(const char* title) {
  ImGui::Spacing();
  ImGui::PushFont(fonts().bold);
  ImGui::TextUnformatted(title);
  ImGui::PopFont();
}

// The follow-up the business aims for, in whole days from opening (at least one).
int suggested_days(const Book& book, const CaseState& c) {
  const int seconds = clock_targets(book, c).follow_up_seconds;
  return std::max(1, (seconds + 86399) / 86400);
}

}  // namespace

void CaseScreen::draw_follow_up(const app::AppState& state, const CaseState& c,
                                app::Requests& out) {
  section(case_text::kFollowUpTitle);
  for (const FollowUpRecord& f : c.follow_ups) {
    if (f.done)
      ImGui::TextColored(kOk, case_text::kFollowUpDoneAt, local_time_text(f.done_at).c_str(),
                         f.note.c_str());
    else
      ImGui::TextWrapped(case_text::kFollowUpScheduled, local_time_text(f.due).c_str(),
                         f.note.c_str());
  }
  if (!c.open) return;
  const int suggested = suggested_days(state.book, c);
  if (drafts_.follow_up_days <= 0) drafts_.follow_up_days = suggested;
  ImGui::TextColored(kMuted, case_text::kFollowUpSuggested,
                     duration_text(static_cast<TimeMs>(suggested) * kMsPerDay).c_str());
  ImGui::TextUnformatted(case_text::kFollowUpIn);
  ImGui::SetNextItemWidth(160);
  if (ImGui::InputInt("##follow-up-days", &drafts_.follow_up_days))
    drafts_.follow_up_days = std::clamp(drafts_.follow_up_days, 1, 365);
  ImGui::TextUnformatted(case_text::kFollowUpNote);
  input_text("##follow-up-note", &drafts_.follow_up_note);
  if (ImGui::Button((std::string(case_text::kSchedule) + "##follow-up").c_str()))
    push(out, "follow-up",
         FollowUpScheduled{state.now + static_cast<TimeMs>(drafts_.follow_up_days) * kMsPerDay,
                           drafts_.follow_up_note});
  draw_refusal("follow-up");
  const bool pending = std::any_of(c.follow_ups.begin(), c.follow_ups.end(),
                                   [](const FollowUpRecord& f) { return !f.done; });
  if (!pending) return;
  ImGui::TextUnformatted(case_text::kFollowUpDoneNote);
  input_text("##follow-up-done-note", &drafts_.follow_up_done_note);
  if (ImGui::Button((std::string(case_text::kFollowUpRecord) + "##follow-up-done").c_str()))
    push(out, "follow-up-done", FollowUpDone{drafts_.follow_up_done_note});
  draw_refusal("follow-up-done");
}

void CaseScreen::draw_outcome(const app::AppState& state, const CaseState& c, app::Requests& out) {
  section(case_text::kOutcomeTitle);
  if (c.outcome)
    ImGui::TextColored(kOk, case_text::kOutcomeNow, case_text::verdict_text(c.outcome->verdict),
                       case_text::retention_text(c.outcome->retention));
  if (c.open) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(case_text::kVerdictLabel);
    for (Verdict v : {Verdict::NotResolved, Verdict::Satisfied, Verdict::Delighted}) {
      ImGui::SameLine();
      ImGui::RadioButton(case_text::verdict_text(v), &drafts_.verdict, static_cast<int>(v));
    }
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(case_text::kRetentionLabel);
    for (Retention r : {Retention::Unknown, Retention::Retained, Retention::Lost}) {
      ImGui::SameLine();
      ImGui::RadioButton(case_text::retention_text(r), &drafts_.retention, static_cast<int>(r));
    }
    if (ImGui::Button((std::string(case_text::kRecordOutcome) + "##outcome").c_str())) {
      if (drafts_.verdict < 0)
        refusals_["outcome"] = case_text::kChooseVerdict;
      else
        push(out, "outcome",
             Outcome{static_cast<Verdict>(drafts_.verdict),
                     static_cast<Retention>(drafts_.retention)});
    }
    draw_refusal("outcome");
  }

  if (!c.open && !c.analysis) return;
  section(case_text::kAnalysisTitle);
  if (c.analysis)
    ImGui::TextWrapped(case_text::kAnalysisNow, c.analysis->root_cause.c_str(),
                       c.analysis->corrective_action.c_str());
  if (!c.open) return;
  ImGui::TextUnformatted(case_text::kRootCause);
  input_text("##root-cause", &drafts_.root_cause);
  const std::vector<std::string>& known = state.derived.causes().most_common_first();
  if (!known.empty()) {
    ImGui::TextColored(kMuted, "%s", case_text::kKnownCauses.c_str());
    const std::size_t shown = std::min<std::size_t>(known.size(), 8);
    for (std::size_t i = 0; i < shown; ++i) {
      if (i > 0 && ImGui::GetContentRegionAvail().x > 160) ImGui::SameLine();
      if (ImGui::Button((known[i] + "##cause").c_str())) drafts_.root_cause = known[i];
    }
  }
  ImGui::TextUnformatted(case_text::kAction);
  input_text_multiline("##action", &drafts_.action, ImVec2(-1, ImGui::GetTextLineHeight() * 3));
  if (ImGui::Button((std::string(case_text::kRecordAnalysis) + "##analysis").c_str()))
    push(out, "analysis", Analysis{drafts_.root_cause, drafts_.action});
  draw_refusal("analysis");
  draw_closing_loop(state, c, out);
}

void CaseScreen::draw_close(const CaseState& c, app::Requests& out) {
  ImGui::Spacing();
  ImGui::Separator();
  if (c.open) {
    section(case_text::kCloseTitle);
    ImGui::TextUnformatted(case_text::kCloseNote);
    input_text("##close-note", &drafts_.close_note);
    if (ImGui::Button((std::string(case_text::kClose) + "##close").c_str()))
      push(out, "close", Closed{drafts_.close_note});
    draw_refusal("close");
    return;
  }
  section(case_text::kReopenTitle);
  ImGui::TextUnformatted(case_text::kReopenReason);
  input_text("##reopen-reason", &drafts_.reopen_reason);
  if (ImGui::Button((std::string(case_text::kReopen) + "##reopen").c_str()))
    push(out, "reopen", Reopened{drafts_.reopen_reason});
  draw_refusal("reopen");
}

}  // namespace mend::ui
