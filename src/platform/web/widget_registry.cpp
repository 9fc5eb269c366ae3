#include "platform/web/widget_registry.hpp"

#include <algorithm>

namespace mend::web::widgets {
namespace {

// A top-level window as drawn: later entries are in front.
struct Layer {
  ImGuiID root;
  ImRect rect;
};

std::vector<Widget> building, published;
std::vector<Layer> layers;
// Index into layers of the open modal popup: nothing behind it takes a tap.
std::size_t modal_layer = 0;

Widget* find(std::vector<Widget>& items, ImGuiID id) {
  // Labels arrive right after their item, so search from the back.
  auto it =
      std::find_if(items.rbegin(), items.rend(), [id](const Widget& w) { return w.id == id; });
  return it == items.rend() ? nullptr : &*it;
}

// ImGui 1.86 tells text fields apart only by ImGuiItemFlags_Inputable, which
// every InputText* (and InputInt/InputFloat, built on it) passes to ItemAdd.
// The status flags ItemInfo receives say nothing about text. Drags and
// sliders pass it too unless drawn with ImGuiSliderFlags_NoInput, because
// Ctrl+click turns them into a text field; a tap only drags them, so views
// must draw them with NoInput or a tap on one would raise the keyboard.
bool takes_text(const ImGuiContext& ctx, ImGuiID id) {
  // ButtonBehavior reports items that never went through ItemAdd; then
  // LastItemData still describes the previous item.
  if (ctx.LastItemData.ID != id) return false;
  // While ImGui looks for the next tab stop the UI marks every control
  // inputable (ui/keyboard_focus.cpp): keep what the item was last frame.
  if (ctx.NavMoveScoringItems && (ctx.NavMoveFlags & ImGuiNavMoveFlags_Tabbing)) {
    const Widget* before = find(published, id);
    return before && before->text;
  }
  const ImGuiItemFlags flags = ctx.LastItemData.InFlags;
  return (flags & ImGuiItemFlags_Inputable) != 0 && (flags & ImGuiItemFlags_Disabled) == 0;
}

// ImGui's window list after Render() is in display order, back to front;
// child windows follow their parent and share its root.
void collect_layers(const ImGuiContext& ctx) {
  layers.clear();
  modal_layer = 0;
  const ImGuiWindow* modal = ImGui::GetTopMostPopupModal();
  for (ImGuiWindow* window : ctx.Windows) {
    if (window->RootWindow != window || !window->Active || window->Hidden) continue;
    if (window->IsFallbackWindow || (window->Flags & ImGuiWindowFlags_NoMouseInputs)) continue;
    if (window == modal) modal_layer = layers.size();
    layers.push_back({window->ID, window->OuterRectClipped});
  }
}

}  // namespace

void begin_frame() {
  building.clear();
  ImGui::GetCurrentContext()->TestEngineHookItems = true;
}

void end_frame() {
  published.swap(building);
  collect_layers(*ImGui::GetCurrentContext());
}

const std::vector<Widget>& last_frame() {
  return published;
}

const Widget* text_field_at(float x, float y) {
  const ImVec2 point(x, y);
  // The front-most window under the point takes the tap, as in ImGui.
  auto front = std::find_if(layers.rbegin(), layers.rend(),
                            [&](const Layer& layer) { return layer.rect.Contains(point); });
  if (front == layers.rend()) return nullptr;
  const std::size_t index = static_cast<std::size_t>(layers.rend() - front) - 1;
  if (index < modal_layer) return nullptr;
  auto field = std::find_if(published.begin(), published.end(), [&](const Widget& w) {
    return w.text && w.root == front->root && w.visible.Contains(point);
  });
  return field == published.end() ? nullptr : &*field;
}

}  // namespace mend::web::widgets

using mend::web::widgets::building;
using mend::web::widgets::Widget;

// ---- Dear ImGui's test-engine hooks ----------------------------------------------
void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, const ImRect& bb, ImGuiID id) {
  ImGuiWindow* window = ctx->CurrentWindow;
  // ImGui's implicit "Debug" window is begun every frame but never shown.
  if (window && (window->IsFallbackWindow || window->Hidden)) return;
  Widget w;
  w.id = id;
  w.rect = bb;
  w.visible = bb;
  if (window) {
    w.visible.ClipWithFull(window->ClipRect);
    w.window = window->Name;
    w.root = window->RootWindow->ID;
  }
  w.text = mend::web::widgets::takes_text(*ctx, id);
  if (w.text) w.kind = mend::ui::text_kind_of(id);
  building.push_back(std::move(w));
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label,
                                  ImGuiItemStatusFlags) {
  if (!label) return;
  if (Widget* w = mend::web::widgets::find(building, id)) {
    // "Save##form" shows "Save": tests look items up by what a person reads.
    const char* end = ImGui::FindRenderedTextEnd(label);
    w->label.assign(label, end);
    w->name = label;
  }
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID id) {
  if (Widget* w = mend::web::widgets::find(mend::web::widgets::published, id))
    return w->label.c_str();
  return nullptr;
}
