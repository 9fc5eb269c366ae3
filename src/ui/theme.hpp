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
