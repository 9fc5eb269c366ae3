// Text that the widget registry lists (browser tests, a screen-reader
// mirror): ImGui's plain text is no item, so it is wrapped as usual and then
// covered by a see-through selectable carrying the same words.
#pragma once
#include <imgui.h>

#include <string>

namespace mend::ui {

// Wrapped text in `colour`, listed as "<text>##<id>".
void readable_text(const char* text, const char* id, const ImVec4& colour);

// Tells the widget registry the name of item `id` where ImGui 1.86 does not
// (combos, table headers), so the screen-reader mirror and tests find it.
void name_item(ImGuiID id, const char* name);

// ImGui::BeginCombo(id, preview), listed as "<label><id>" ("Segment##segment"):
// this ImGui gives a combo no label of its own, and a form's labels are drawn
// beside its fields. `id` starts with "##".
// Its rows are touch targets on a touch screen; end it with end_combo().
bool begin_combo(const char* label, const char* id, const char* preview);
// The same, listed under `name` as it is.
bool begin_combo_named(const char* name, const char* id, const char* preview);
void end_combo();

// `text` when it fits `width` pixels in the current font, else its longest
// start (whole UTF-8 characters) followed by an ellipsis that does.
std::string fit_text(const std::string& text, float width);

}  // namespace mend::ui
