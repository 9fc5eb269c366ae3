// The queue screen's parts (queue_view.cpp draws them in turn).
#pragma once
#include <imgui.h>

#include <string>

#include "app/app_state.hpp"
#include "ui/views.hpp"

namespace mend::ui {

// Below these content widths the queue drops the less important columns
// (mid: status, age, owner; tight: the reference column too) and, narrowest,
// stacks its cells (queue_table.cpp's Layout).
inline constexpr float kQueueNarrowWidth = 600;
inline constexpr float kQueueTightWidth = 820;
inline constexpr float kQueueMidWidth = 1000;

// The filter bar: search, status, kind, overdue, mine. `search` is the
// field's draft; any change is pushed as RequestQueueView.
void draw_queue_filters(const app::AppState& state, std::string& search, app::Requests& out);
// The table of the rows AppState::queue_order lists; a header click pushes
// RequestQueueView with the new sort.
void draw_queue_table(const app::AppState& state, QueueScreen::TableMemory& memory,
                      app::Requests& out);

}  // namespace mend::ui
