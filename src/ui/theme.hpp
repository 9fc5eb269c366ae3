// Mend's look: fonts and colours, set once at start and again on DPI change.
#pragma once
#include <imgui.h>

namespace mend::ui {

struct Fonts {
  ImFont* body = nullptr;
  ImFont* bold = nullptr;
  ImFont* title = nullptr;
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

// Colours that carry meaning, used by several views.
inline const ImVec4 kAccent{0.14f, 0.42f, 0.55f, 1.0f};
inline const ImVec4 kDanger{0.72f, 0.16f, 0.16f, 1.0f};
inline const ImVec4 kMuted{0.42f, 0.44f, 0.47f, 1.0f};
inline const ImVec4 kOk{0.12f, 0.50f, 0.28f, 1.0f};

}  // namespace mend::ui
