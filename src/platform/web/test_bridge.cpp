#include "platform/web/test_bridge.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <cstdio>
#include <string>
#include <vector>

namespace mend::web::bridge {
namespace {

struct Item {
  ImGuiID id;
  ImRect rect;
  ImRect clip;
  std::string window;
  std::string label;  // what a person reads ("Save")
  std::string name;   // the full ImGui label, unique within its window ("Save##form", "##name")
};

std::vector<Item> building, published;
std::string json_cache;
bool json_stale = true;

Item* find(std::vector<Item>& items, ImGuiID id) {
  // Labels arrive right after their item, so search from the back.
  for (auto it = items.rbegin(); it != items.rend(); ++it)
    if (it->id == id) return &*it;
  return nullptr;
}

void append_json_string(std::string& out, const std::string& s) {
  out += '"';
  for (unsigned char ch : s) {
    if (ch == '"' || ch == '\\') {
      out += '\\';
      out += static_cast<char>(ch);
    } else if (ch < 0x20) {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\u%04x", ch);
      out += escaped;
    } else {
      out += static_cast<char>(ch);
    }
  }
  out += '"';
}

}  // namespace

void begin_frame() {
  building.clear();
  ImGui::GetCurrentContext()->TestEngineHookItems = true;
}

void end_frame() {
  published.swap(building);
  json_stale = true;
}

const std::string& widgets_json() {
  if (!json_stale) return json_cache;
  std::string& out = json_cache;
  out.clear();
  out += '[';
  char numbers[160];
  for (const Item& item : published) {
    if (out.size() > 1) out += ',';
    ImRect visible = item.rect;
    visible.ClipWithFull(item.clip);
    const bool shown = visible.GetWidth() > 0 && visible.GetHeight() > 0;
    std::snprintf(numbers, sizeof numbers,
                  "{\"id\":%u,\"x\":%.1f,\"y\":%.1f,\"w\":%.1f,\"h\":%.1f,\"visible\":%s,", item.id,
                  item.rect.Min.x, item.rect.Min.y, item.rect.GetWidth(), item.rect.GetHeight(),
                  shown ? "true" : "false");
    out += numbers;
    out += "\"label\":";
    append_json_string(out, item.label);
    out += ",\"name\":";
    append_json_string(out, item.name);
    out += ",\"window\":";
    append_json_string(out, item.window);
    out += '}';
  }
  out += ']';
  json_stale = false;
  return out;
}

}  // namespace mend::web::bridge

using mend::web::bridge::building;

// ---- Dear ImGui's test-engine hooks ----------------------------------------------
void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, const ImRect& bb, ImGuiID id) {
  const ImGuiWindow* window = ctx->CurrentWindow;
  // ImGui's implicit "Debug" window is begun every frame but never shown.
  if (window && (window->IsFallbackWindow || window->Hidden)) return;
  building.push_back({id, bb, window ? window->ClipRect : bb, window ? window->Name : "", "", ""});
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label,
                                  ImGuiItemStatusFlags) {
  if (!label) return;
  if (auto* item = mend::web::bridge::find(building, id)) {
    // "Save##form" shows "Save": tests look items up by what a person reads.
    const char* end = ImGui::FindRenderedTextEnd(label);
    item->label.assign(label, end);
    item->name = label;
  }
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID id) {
  if (auto* item = mend::web::bridge::find(mend::web::bridge::published, id))
    return item->label.c_str();
  return nullptr;
}
