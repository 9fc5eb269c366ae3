// The audit trail: every event of the case, oldest first (newest last), with
// who did it and when. Decoded from the case's bytes only when they change.
#include <string>

#include "core/playbook/playbooks.hpp"
#include "ui/case_view.hpp"
#include "ui/format.hpp"
#include "ui/messages_case.hpp"
#include "ui/theme.hpp"

namespace mend::ui {

void CaseScreen::refresh_timeline(const app::AppState& state, const CaseState& c) {
  const auto index = state.book.cases.index_of(c.case_id);
  if (!index) return;
  const std::size_t bytes = state.book.cases.bytes(*index).size();
  if (timeline_case_ == c.case_id && timeline_bytes_ == bytes &&
      timeline_language_ == screen_language())
    return;
  timeline_case_ = c.case_id;
  timeline_bytes_ = bytes;
  timeline_language_ = std::string(screen_language());
  timeline_.clear();
  const auto decoded = find_case(state.book, c.case_id);
  if (!decoded) return;
  const Playbook* stored = find_playbook(state.book, c.playbook_id, c.playbook_version);
  const Playbook* playbook = stored ? &shown_playbook(*stored, screen_language()) : nullptr;
  for (const Event& e : decoded->events) {
    std::string step_title;
    if (const auto* d = std::get_if<StepDone>(&e.payload)) {
      const Step* step = playbook ? find_step(*playbook, d->step_id) : nullptr;
      step_title = step ? step->title : d->step_id;
    }
    const Staff* who = find_staff(state.book, e.actor);
    timeline_.push_back({local_time_text(e.at), who && !who->name.empty() ? who->name : e.actor,
                         case_text::event_sentence(e, state.book, step_title)});
  }
}

void CaseScreen::draw_timeline(const app::AppState& state, const CaseState& c) {
  refresh_timeline(state, c);
  constexpr ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH;
  if (!ImGui::BeginTable("##timeline-table", 3, flags)) return;
  ImGui::TableSetupColumn(case_text::kWhen, ImGuiTableColumnFlags_WidthFixed, 110);
  ImGui::TableSetupColumn(case_text::kWho, ImGuiTableColumnFlags_WidthFixed, 110);
  ImGui::TableSetupColumn(case_text::kWhat);
  ImGui::TableHeadersRow();
  for (const TimelineRow& row : timeline_) {
    ImGui::TableNextColumn();
    ImGui::TextColored(kMuted, "%s", row.when.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(row.who.c_str());
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", row.what.c_str());
  }
  ImGui::EndTable();
}

}  // namespace mend::ui
