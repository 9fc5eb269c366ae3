// The playbook's steps: the current one highlighted with what it asks you to
// record, a Done button per step (the core decides whether it may be done
// now), and suggested phrases that copy with one tap.
#include <string>

#include "core/playbook/playbooks.hpp"
#include "ui/case_view.hpp"
#include "ui/format.hpp"
#include "ui/messages_case.hpp"
#include "ui/text_fields.hpp"
#include "ui/theme.hpp"

namespace mend::ui {
namespace {

// The step to do now: the first not done in this round.
const Step* current_step(const Playbook& playbook, const CaseState& c) {
  for (const Step& step : playbook.steps)
    if (!c.step_record(step.id)) return &step;
  return nullptr;
}

std::string staff_name(const Book& book, const std::string& id) {
  const Staff* s = find_staff(book, id);
  return s && !s->name.empty() ? s->name : id;
}

}  // namespace

void CaseScreen::draw_phrases(const Step& step, TimeMs now) {
  if (step.phrases.empty()) return;
  ImGui::TextColored(kMuted, "%s", case_text::kSay.c_str());
  // Each phrase is its own button, laid out in a flow: one tap copies it.
  const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  for (std::size_t i = 0; i < step.phrases.size(); ++i) {
    const std::string label = "\"" + step.phrases[i] + "\"";
    const float width = ImGui::CalcTextSize(label.c_str()).x + 2 * ImGui::GetStyle().FramePadding.x;
    if (i > 0 && ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + width < right)
      ImGui::SameLine();
    ImGui::PushID(static_cast<int>(i));
    if (ImGui::Button((label + "##phrase").c_str())) {
      // Through ImGui's clipboard hook, which the web platform hands to
      // navigator.clipboard (web/lib/lib_clipboard.js).
      ImGui::SetClipboardText(step.phrases[i].c_str());
      copied_ = step.phrases[i];
      copied_at_ = now;
    }
    ImGui::PopID();
    if (copied_ == step.phrases[i] && now - copied_at_ < kCopiedShownMs) {
      ImGui::SameLine();
      ImGui::AlignTextToFramePadding();
      ImGui::TextColored(kOk, "%s", case_text::kCopied.c_str());
    }
  }
}

void CaseScreen::draw_steps(const app::AppState& state, const CaseState& c, app::Requests& out) {
  const Playbook* stored = find_playbook(state.book, c.playbook_id, c.playbook_version);
  if (!stored) {
    ImGui::TextColored(kDanger, case_text::kMissingPlaybook, c.playbook_id.c_str(),
                       c.playbook_version);
    return;
  }
  // Shown in the screen's language (a built-in's translation: the same steps,
  // ids and choices in the same places); what is recorded is the stored one's.
  const Playbook* playbook = &shown_playbook(*stored, screen_language());
  ImGui::PushFont(fonts().bold);
  ImGui::Text("%s", playbook->name.c_str());
  ImGui::PopFont();
  ImGui::TextColored(kMuted, "%s", playbook->summary.c_str());
  const Step* now = current_step(*playbook, c);
  std::size_t index = 0;
  int number = 1;
  for (const Step& step : playbook->steps) {
    const Step& stored_step = stored->steps[index++];
    ImGui::PushID(step.id.c_str());
    const std::string control = "step:" + step.id;
    const StepRecord* done = c.step_record(step.id);
    const bool current = &step == now;
    ImGui::Spacing();
    if (current) ImGui::Indent(12);
    ImGui::BeginGroup();
    ImGui::PushFont(fonts().bold);
    const ImVec4 title_colour = done      ? static_cast<ImVec4>(kOk)
                                : current ? kAccent
                                          : ImGui::GetStyleColorVec4(ImGuiCol_Text);
    ImGui::TextColored(title_colour, "%d. %s", number++, step.title.c_str());
    ImGui::PopFont();
    if (current) {
      ImGui::SameLine();
      ImGui::TextColored(kAccent, "%s", case_text::kNow.c_str());
    }
    if (done) {
      ImGui::TextColored(kMuted, case_text::kDoneBy, staff_name(state.book, done->actor).c_str(),
                         local_time_text(done->at).c_str());
      if (!done->note.empty()) ImGui::TextWrapped("%s", done->note.c_str());
      if (!done->choice.empty())
        ImGui::TextWrapped("%s", shown_choice(stored_step, step, done->choice).c_str());
    } else if (current || !playbook->strict_order) {
      // What to do and say for the step at hand; in a strict playbook the
      // later ones stay short until their turn, so the one to do now fits.
      if (current) {
        ImGui::TextWrapped("%s", step.guidance.c_str());
        draw_phrases(step, state.now);
      }
      if (step.record == Record::Note) {
        ImGui::TextUnformatted(case_text::kNoteLabel);
        input_text_multiline("##note", &drafts_.step_notes[step.id],
                             ImVec2(-1, ImGui::GetTextLineHeight() * 3));
      } else if (step.record == Record::Choice) {
        ImGui::TextUnformatted(case_text::kChoiceLabel);
        int& chosen = drafts_.step_choices.try_emplace(step.id, -1).first->second;
        for (std::size_t i = 0; i < step.choices.size(); ++i) {
          if (i > 0) ImGui::SameLine();
          ImGui::RadioButton(step.choices[i].c_str(), &chosen, static_cast<int>(i));
        }
      }
    }
    if (!done) {
      if (c.open && ImGui::Button((std::string(case_text::kDone) + "##" + control).c_str())) {
        StepDone payload{step.id, {}, {}};
        if (step.record == Record::Note) payload.note = drafts_.step_notes[step.id];
        const int chosen = drafts_.step_choices.count(step.id) ? drafts_.step_choices[step.id] : -1;
        if (step.record == Record::Choice && chosen >= 0 &&
            chosen < static_cast<int>(step.choices.size()))
          payload.choice = stored_step.choices[static_cast<std::size_t>(chosen)];
        push(out, control, std::move(payload));
      }
      draw_refusal(control);
    }
    ImGui::EndGroup();
    if (current) {
      // A bar beside the step to do now, so it stands out without hover.
      const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
      ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(min.x - 10, min.y), ImVec2(min.x - 5, max.y),
                                                ImGui::GetColorU32(static_cast<ImVec4>(kAccent)));
      ImGui::Unindent(12);
    }
    ImGui::PopID();
  }
}

}  // namespace mend::ui
