// The queue's filter bar. Controls flow onto the next line when the window
// is too narrow for them side by side, so nothing is clipped at 400 px.
#include <imgui.h>
#include <imgui_internal.h>  // the test engine hook behind name_item
#include <imgui_stdlib.h>

#include <algorithm>
#include <array>

#include "app/book_terms.hpp"
#include "core/model/vocabulary.hpp"
#include "ui/format.hpp"
#include "ui/messages_queue.hpp"
#include "ui/queue_parts.hpp"
#include "ui/readable.hpp"
#include "ui/theme.hpp"

namespace mend::ui {
namespace {

// Puts the next item on the same line when `width` more fits there.
void flow(float width) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float right = ImGui::GetItemRectMax().x + style.ItemSpacing.x + width;
  if (right <= ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x) ImGui::SameLine();
}

float checkbox_width(const char* label) {
  const ImGuiStyle& style = ImGui::GetStyle();
  return ImGui::GetFrameHeight() + style.ItemInnerSpacing.x + ImGui::CalcTextSize(label).x;
}

}  // namespace

void draw_queue_filters(const app::AppState& state, std::string& search, app::Requests& out) {
  app::QueueChoice choice = state.queue_choice;
  bool changed = false;
  const float avail = ImGui::GetContentRegionAvail().x;

  // The field and its visible label ("Search") on one line, whatever the width.
  const float label = ImGui::CalcTextSize(queue_text::kSearch, nullptr, true).x +
                      ImGui::GetStyle().ItemInnerSpacing.x;
  ImGui::SetNextItemWidth(std::min(360.0f, avail - label));
  if (ImGui::InputTextWithHint(queue_text::kSearch, queue_text::kSearchHint, &search)) {
    choice.search = search;
    changed = true;
  }

  const std::array<const char*, 3> statuses = {queue_text::kStatusAll, queue_text::kStatusOpen,
                                               queue_text::kStatusClosed};
  const float status_width = 190;
  flow(status_width);
  ImGui::SetNextItemWidth(status_width);
  const auto status_at = static_cast<std::size_t>(choice.status);
  // Unlabelled on screen (the value shown is label enough), named for the registry.
  if (begin_combo_named(queue_text::kStatusCombo, "##status", statuses[status_at])) {
    for (std::size_t i = 0; i < statuses.size(); ++i) {
      if (ImGui::Selectable(statuses[i], i == status_at)) {
        choice.status = static_cast<app::QueueStatusFilter>(i);
        changed = true;
      }
    }
    end_combo();
  }

  const std::vector<Term>& kinds = app::vocabulary(state.book).failure_kinds;
  const std::string kind_shown = choice.kind.empty()
                                     ? std::string(queue_text::kEveryKind)
                                     : shown_term_label(kinds, choice.kind, screen_language());
  const float kind_width = 220;
  flow(kind_width);
  ImGui::SetNextItemWidth(kind_width);
  if (begin_combo_named(queue_text::kKindCombo, "##kind", kind_shown.c_str())) {
    if (ImGui::Selectable(queue_text::kEveryKind, choice.kind.empty())) {
      choice.kind.clear();
      changed = true;
    }
    for (const Term& t : kinds) {
      if (ImGui::Selectable(shown_term_label(kinds, t.id, screen_language()).c_str(),
                            t.id == choice.kind)) {
        choice.kind = t.id;
        changed = true;
      }
    }
    end_combo();
  }

  flow(checkbox_width(queue_text::kOverdueOnly));
  changed |= ImGui::Checkbox(queue_text::kOverdueOnly, &choice.overdue_only);
  flow(checkbox_width(queue_text::kMine));
  changed |= ImGui::Checkbox(queue_text::kMine, &choice.mine_only);

  // A search of a long queue fills the list in over a few frames.
  const std::string count = state.queue_order.searching()
                                ? text_format(queue_text::kSearching, state.queue_order.size())
                                : text_format(queue_text::kShownOf, state.queue_order.size(),
                                              state.derived.queue().size());
  flow(ImGui::CalcTextSize(count.c_str()).x);
  ImGui::AlignTextToFramePadding();
  ImGui::TextColored(kMuted, "%s", count.c_str());

  if (changed) out.push(app::RequestQueueView{std::move(choice)});
}

}  // namespace mend::ui
