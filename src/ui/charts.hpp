// Small charts drawn with ImGui's draw lists (no chart library exists for
// ImGui 1.86 in Debian). Sizes follow the font, so they scale on a tablet;
// every tappable part is an ImGui item with a label, so the widget registry
// (tests, the screen-reader mirror) lists it.
#pragma once
#include <string>
#include <vector>

#include <imgui.h>

#include "core/analytics/analytics.hpp"

namespace mend::ui {

// Bars in descending order with the cumulative share as a line with dots and
// the 80 % mark. Each bar is a button named "<label>##<id>-<i>"; returns the
// index of the bar tapped this frame, or -1. `selected` is drawn highlighted.
int pareto_chart(const char* id, const std::vector<ParetoRow>& rows, int selected, float height);

// Durations in bins up to past the target, the target drawn as a line; the
// caption under it is the caller's (the share within target).
void duration_histogram(const char* id, const std::vector<TimeMs>& sorted, TimeMs target,
                        float height);

// One row per item: what it cost the business against what it was worth to
// the customer, two bars on one scale, with the amounts.
struct CostValueRow {
  std::string name;
  Cents cost = 0, value = 0;
};
void cost_value_bars(const char* id, const std::vector<CostValueRow>& rows,
                     const std::string& currency);

// A share as a horizontal bar with its parts (e.g. outcomes), each a colour.
struct BarPart {
  std::string label;
  int count = 0;
  ImU32 colour = 0;
};
void stacked_bar(const char* id, const std::vector<BarPart>& parts);

}  // namespace mend::ui
