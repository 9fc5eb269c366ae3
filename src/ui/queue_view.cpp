// The case queue: the first screen, and where overdue cases must stand out.
#include <ctime>
#include <string>

#include "app/vocabulary.hpp"
#include "core/case/case_state.hpp"
#include "ui/format.hpp"
#include "ui/theme.hpp"
#include "ui/views.hpp"

namespace mend::ui {
namespace {

void draw_empty_queue(app::Commands& out) {
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
  if (primary_button("Open the first case")) out.push(app::ShowScreen{app::Screen::NewCase});
}

}  // namespace

void draw_queue(const app::AppState& state, app::Commands& out) {
  ImGui::PushFont(fonts().title);
  ImGui::TextUnformatted("Case queue");
  ImGui::PopFont();
  ImGui::SameLine(ImGui::GetContentRegionMax().x - 130);
  if (primary_button("New case", ImVec2(130, 0))) out.push(app::ShowScreen{app::Screen::NewCase});
  ImGui::Separator();

  if (state.book.cases.empty()) {
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
  // Newest first: the case just opened is the one staff are dealing with.
  for (auto it = state.book.cases.rbegin(); it != state.book.cases.rend(); ++it) {
    const Case& c = *it;
    const Opened* opened = case_opened(c);
    if (!opened) continue;
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::PushID(c.id.c_str());
    if (ImGui::Selectable(opened->reference.c_str(), false, ImGuiSelectableFlags_SpanAllColumns)) {
      out.push(app::OpenCase{c.id});
    }
    ImGui::PopID();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(opened->customer.name.empty() ? opened->customer.contact.c_str()
                                                         : opened->customer.name.c_str());
    ImGui::TableNextColumn();
    const std::string category(app::label_of(app::kFailureCategories, opened->category));
    ImGui::TextUnformatted(category.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(local_time_text(c.events.front().at).c_str());
    ImGui::TableNextColumn();
    ImGui::Text("%d of 5", opened->severity);
    ImGui::TableNextColumn();
    if (const auto urgent = most_urgent_clock(case_clocks(state.book, c, state.now)))
      ImGui::TextColored(urgent->clock->overdue() ? kDanger : kMuted, "%s %s",
                         clock_name(urgent->kind), clock_text(*urgent->clock).c_str());
  }
  ImGui::EndTable();
}

}  // namespace mend::ui
