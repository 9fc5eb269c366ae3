// Mend's look: fonts and colours, set once at start and again on DPI change.
#pragma once
#include <imgui.h>

namespace mend::ui {

struct Fonts {
  ImFont* body = nullptr;
  ImFont* bold = nullptr;
  ImFont* title = nullptr;
  // The kiosk's large type: read at arm's length by a customer.
  ImFont* large = nullptr;    // 24 px regular
  ImFont* display = nullptr;  // 40 px bold
};
const Fonts& fonts();

// Loads the fonts rasterised at `pixel_ratio` (so text is crisp on HiDPI
// screens) and scales them back to CSS pixels. Returns false when a font file
// is missing; ImGui's built-in font is used then.
bool load_fonts(float pixel_ratio);
// `touch`: the device's main pointer is a finger, so every target is made at
// least ~44 CSS px tall (the common minimum for a reliable tap).
void apply_style(bool touch);

// The least height of anything a finger presses on this device: 0 with a
// mouse, 44 (ImGui units: CSS px at text size 100 %) on a touch screen.
float touch_target();
inline constexpr float kTouchTarget = 44.0f;
inline constexpr float kKioskTouchTarget = 48.0f;  // a customer's first touch

// Rows of dropdowns, menus and lists: while one of these lives, a Selectable
// drawn with no height of its own is at least touch_target() tall (it is its
// text plus the item spacing, so the spacing grows) and its text centred.
// push_touch_rows() does the same until ImGui::PopStyleVar(<what it returned>).
int push_touch_rows();
class TouchRows {
 public:
  TouchRows() : pushed_(push_touch_rows()) {}
  ~TouchRows() {
    if (pushed_) ImGui::PopStyleVar(pushed_);
  }
  TouchRows(const TouchRows&) = delete;
  TouchRows& operator=(const TouchRows&) = delete;

 private:
  int pushed_ = 0;
};
// The height to give a Selectable that spans a table's row, so the row is
// at least touch_target() tall with the spacing around it (0: as designed).
float touch_row_height();

// The one action a screen is about, drawn in the accent colour.
bool primary_button(const char* label, const ImVec2& size = ImVec2(0, 0));
// For what cannot be undone (forgetting a customer), asked for once more first.
bool danger_button(const char* label, const ImVec2& size = ImVec2(0, 0));

// A colour fixed at compile time: ImVec4 has no constexpr constructor, so
// ImVec4 constants in a header would be built at startup in every file that
// includes it. Converts wherever ImGui takes an ImVec4.
struct Colour {
  float r, g, b, a;
  operator ImVec4() const { return {r, g, b, a}; }
  // The same colour as a faint tint (banner backgrounds).
  constexpr Colour tint(float alpha) const { return {r, g, b, alpha}; }
};

// Colours that carry meaning, used by several views.
inline constexpr Colour kAccent{0.14f, 0.42f, 0.55f, 1.0f};
inline constexpr Colour kDanger{0.72f, 0.16f, 0.16f, 1.0f};
inline constexpr Colour kMuted{0.42f, 0.44f, 0.47f, 1.0f};
inline constexpr Colour kOk{0.12f, 0.50f, 0.28f, 1.0f};

}  // namespace mend::ui
