#include "ui/item_label.hpp"

#include <imgui.h>
#include <imgui_internal.h>

namespace mend::ui {

void report_item_label([[maybe_unused]] const char* label) {
  [[maybe_unused]] ImGuiContext& g = *GImGui;  // the hook's macro reads `g`
  IMGUI_TEST_ENGINE_ITEM_INFO(g.LastItemData.ID, label, g.LastItemData.StatusFlags);
}

}  // namespace mend::ui
