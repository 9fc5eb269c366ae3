// The case queue: the first screen, and where overdue cases must stand out.
#include <string>
#include <vector>

#include "app/book_terms.hpp"
#include "core/model/vocabulary.hpp"
#include "ui/format.hpp"
#include "ui/theme.hpp"
#include "ui/views.hpp"

namespace mend::ui {
namespace {

void draw_empty_queue(app::Requests& out) {
  ImGui::Spacing();
  ImGui::Spacing();
  ImGui::PushFont(fonts().bold);
  ImGui::TextUnformatted("No open cases.");
  ImGui::PopFont();
  ImGui::PushStyleColor(ImGuiCol_Text, kMuted);
  ImGui::PushTextWrapPos(ImGui::GetContentRegionAvail().x * 0.8f);
  ImGui::TextWrapped(
      "When a customer has been let down \u2014 a broken promise, a faulty product, a billing "
      "mistake, a long wait \u2014 press New case. Mend walks you through the apology, a fitting "
      "make-good within your authority, the 24-hour clock and the follow-up.");
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  ImGui::Spacing();
  if (primary_button("Open the first case")) out.push(app::RequestNewCase{});
}

}  // namespace

void draw_queue(const app::AppState& state, app::Requests& out) {
  ImGui::PushFont(fonts().title);
  ImGui::TextUnformatted("Case queue");
  ImGui::PopFont();
  ImGui::SameLine(ImGui::GetContentRegionMax().x - 130);
  if (primary_button("New case", ImVec2(130, 0))) out.push(app::RequestNewCase{});
  ImGui::Separator();

  const app::QueueRows& rows = state.derived.queue();
  if (rows.empty()) {
    draw_empty_queue(out);
    return;
  }
  constexpr ImGuiTableFlags flags =
      ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY;
  if (!ImGui::BeginTable("queue", 6, flags)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("Ref", ImGuiTableColumnFlags_WidthFixed, 90);
  ImGui::TableSetupColumn("Customer");
  ImGui::TableSetupColumn("What went wrong");
  ImGui::TableSetupColumn("Opened", ImGuiTableColumnFlags_WidthFixed, 150);
  ImGui::TableSetupColumn("Severity", ImGuiTableColumnFlags_WidthFixed, 80);
  ImGui::TableSetupColumn("Clock", ImGuiTableColumnFlags_WidthFixed, 260);
  ImGui::TableHeadersRow();
  const std::vector<Term>& kinds = app::vocabulary(state.book).failure_kinds;
  // Only the rows on screen are formatted: the cost of a frame does not grow
  // with the book.
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(rows.size()));
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const app::QueueRow& row = rows.newest_first(static_cast<std::size_t>(i));
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::PushID(row.case_id.c_str());
      if (ImGui::Selectable(row.reference.c_str(), false, ImGuiSelectableFlags_SpanAllColumns))
        out.push(app::RequestShowCase{row.case_id});
      ImGui::PopID();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(row.customer.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(term_label(kinds, row.kind).c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(local_time_text(row.opened_at).c_str());
      ImGui::TableNextColumn();
      ImGui::Text("%d of 5", row.severity);
      ImGui::TableNextColumn();
      if (row.clock) {
        const Clock clock = row.clock->at(state.now);
        ImGui::TextColored(clock.overdue() ? kDanger : kMuted, "%s %s", clock_name(row.clock->kind),
                           clock_text(clock).c_str());
      }
    }
  }
  ImGui::EndTable();
}

}  // namespace mend::ui
