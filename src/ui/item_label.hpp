// Tells the widget registry (tests, the screen-reader mirror) the label of
// the item just drawn, for the items ImGui 1.86 reports none for: invisible
// buttons and tab items.
#pragma once

namespace mend::ui {

void report_item_label(const char* label);

}  // namespace mend::ui
