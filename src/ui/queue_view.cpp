// The case queue: the first screen, and where overdue cases must stand out.
// Draws AppState::queue_order, the rows already filtered and sorted by App
// (app/derived/queue_order.hpp): nothing here grows with the book.
#include "ui/messages_queue.hpp"
#include "ui/queue_parts.hpp"
#include "ui/theme.hpp"
#include "ui/views.hpp"

namespace mend::ui {
namespace {

void draw_empty_queue(app::Requests& out) {
  ImGui::Spacing();
  ImGui::Spacing();
  ImGui::PushFont(fonts().bold);
  ImGui::TextUnformatted(queue_text::kNoCases);
  ImGui::PopFont();
  ImGui::PushStyleColor(ImGuiCol_Text, kMuted);
  ImGui::PushTextWrapPos(ImGui::GetContentRegionAvail().x * 0.8f);
  ImGui::TextWrapped("%s", queue_text::kNoCasesHelp.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  ImGui::Spacing();
  if (primary_button(queue_text::kOpenFirstCase)) out.push(app::RequestNewCase{});
}

void draw_nothing_matches(const app::AppState& state, std::string& search, app::Requests& out) {
  ImGui::Spacing();
  ImGui::TextUnformatted(queue_text::kNothingMatches);
  if (ImGui::Button(queue_text::kClearFilters)) {
    app::QueueChoice cleared;
    cleared.sort = state.queue_choice.sort;
    cleared.descending = state.queue_choice.descending;
    search.clear();
    out.push(app::RequestQueueView{cleared});
  }
}

}  // namespace

void QueueScreen::draw(const app::AppState& state, app::Requests& out) {
  // The app's choice wins when it changed by itself (a reload's preference).
  if (state.queue_choice.search != sent_search_) search_ = sent_search_ = state.queue_choice.search;

  ImGui::PushFont(fonts().title);
  ImGui::TextUnformatted(queue_text::kTitle);
  ImGui::PopFont();
  const float button =
      ImGui::CalcTextSize(queue_text::kNewCase).x + ImGui::GetStyle().FramePadding.x * 2 + 24;
  ImGui::SameLine(ImGui::GetContentRegionMax().x - button);
  if (primary_button(queue_text::kNewCase, ImVec2(button, 0))) out.push(app::RequestNewCase{});
  ImGui::Separator();

  if (state.derived.queue().empty()) {
    draw_empty_queue(out);
    return;
  }
  draw_queue_filters(state, search_, out);
  if (search_ != state.queue_choice.search) sent_search_ = search_;
  if (state.queue_order.size() == 0 && !state.storage.opening && !state.queue_order.searching()) {
    draw_nothing_matches(state, search_, out);
    return;
  }
  draw_queue_table(state, table_, out);
}

}  // namespace mend::ui
