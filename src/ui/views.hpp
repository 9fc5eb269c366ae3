// Views: free functions that draw state and push commands. They never change
// the book; the only state they own is UI-local (a form being filled in).
#pragma once
#include "app/app_state.hpp"

namespace mend::ui {

// The whole app for one frame: menu bar, messages, then the current screen.
void draw_app(const app::AppState& state, app::IntakeDraft& draft, app::Commands& out);

void draw_main_menu(const app::AppState& state, app::Commands& out);
void draw_messages(const app::AppState& state, app::Commands& out);
void draw_queue(const app::AppState& state, app::Commands& out);
void draw_intake(const app::AppState& state, app::IntakeDraft& draft, app::Commands& out);
void draw_case(const app::AppState& state, app::Commands& out);

}  // namespace mend::ui
