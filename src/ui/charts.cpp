#include "ui/charts.hpp"

#include <algorithm>
#include <cmath>

#include "core/base/money.hpp"
#include "ui/format.hpp"
#include "ui/item_label.hpp"
#include "ui/theme.hpp"

namespace mend::ui {
namespace {

ImU32 colour(const Colour& c, float alpha = 1.0f) {
  return ImGui::GetColorU32(ImVec4(c.r, c.g, c.b, alpha));
}

// The text cut to fit `width`, with an ellipsis.
std::string fitted(const std::string& text, float width) {
  if (ImGui::CalcTextSize(text.c_str()).x <= width) return text;
  std::string out = text;
  while (!out.empty() && ImGui::CalcTextSize((out + "\u2026").c_str()).x > width) out.pop_back();
  // Never cut inside a UTF-8 sequence.
  while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();
  if (!out.empty() && static_cast<unsigned char>(out.back()) >= 0xC0) out.pop_back();
  return out + "\u2026";
}

void dashed_line(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 col, float dash) {
  const float length = std::hypot(b.x - a.x, b.y - a.y);
  if (length <= 0) return;
  const ImVec2 step{(b.x - a.x) / length, (b.y - a.y) / length};
  for (float t = 0; t < length; t += 2 * dash) {
    const float e = std::min(t + dash, length);
    dl->AddLine({a.x + step.x * t, a.y + step.y * t}, {a.x + step.x * e, a.y + step.y * e}, col,
                1.5f);
  }
}

// An invisible button that tells the widget registry its label, as a visible
// button does (ImGui 1.86 reports none for InvisibleButton): tests and the
// screen-reader mirror find bars by name.
bool labelled_invisible_button(const std::string& name, ImVec2 size) {
  const bool pressed = ImGui::InvisibleButton(name.c_str(), size);
  report_item_label(name.c_str());
  return pressed;
}

}  // namespace

int pareto_chart(const char* id, const std::vector<ParetoRow>& rows, int selected, float height) {
  const float line = ImGui::GetTextLineHeight();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = std::max(ImGui::GetContentRegionAvail().x, 8 * line);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const std::size_t shown = std::min<std::size_t>(rows.size(), 10);
  const float axis = 2.6f * line;  // the share's axis on the right
  const float plot_top = origin.y + line * 1.2f;
  const float plot_bottom = origin.y + height - line * 1.6f;
  const float plot_w = width - axis;
  int tapped = -1;
  if (shown == 0) {
    ImGui::Dummy({width, height});
    return -1;
  }
  const int top = rows.front().count;
  const float slot = plot_w / static_cast<float>(shown);
  const float bar_w = std::max(slot * 0.7f, 4.0f);
  const auto y_of_share = [&](double share) {
    return plot_bottom - static_cast<float>(share) * (plot_bottom - plot_top);
  };
  // The 80 % mark and the share axis.
  const ImU32 muted = colour(kMuted, 0.8f);
  dashed_line(dl, {origin.x, y_of_share(0.8)}, {origin.x + plot_w, y_of_share(0.8)},
              colour(kDanger, 0.7f), 5);
  dl->AddText({origin.x + plot_w + 4, y_of_share(0.8) - line / 2}, colour(kDanger), "80%");
  dl->AddText({origin.x + plot_w + 4, y_of_share(1.0) - line / 2}, muted, "100%");
  dl->AddLine({origin.x, plot_bottom}, {origin.x + plot_w, plot_bottom}, muted);
  ImVec2 previous{};
  for (std::size_t i = 0; i < shown; ++i) {
    const ParetoRow& r = rows[i];
    const float x = origin.x + slot * static_cast<float>(i) + (slot - bar_w) / 2;
    const float h =
        (plot_bottom - plot_top) * static_cast<float>(r.count) / static_cast<float>(top);
    // The bar is a button the width of its slot and the plot's height: easy to tap.
    ImGui::SetCursorScreenPos({origin.x + slot * static_cast<float>(i), plot_top});
    const std::string name = r.label + "##" + id + "-" + std::to_string(i);
    if (labelled_invisible_button(name, {slot, plot_bottom - plot_top + line * 1.4f}))
      tapped = static_cast<int>(i);
    const bool hot = ImGui::IsItemHovered() || static_cast<int>(i) == selected;
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("%s: %d (%.0f%%)", r.label.c_str(), r.count, r.share * 100);
    dl->AddRectFilled({x, plot_bottom - h}, {x + bar_w, plot_bottom},
                      colour(kAccent, hot ? 1.0f : 0.75f), 3);
    const std::string count = std::to_string(r.count);
    const float cw = ImGui::CalcTextSize(count.c_str()).x;
    dl->AddText({x + (bar_w - cw) / 2, plot_bottom - h - line}, colour(kMuted), count.c_str());
    const std::string label = fitted(r.label, slot - 4);
    const float lw = ImGui::CalcTextSize(label.c_str()).x;
    dl->AddText({origin.x + slot * static_cast<float>(i) + (slot - lw) / 2, plot_bottom + 3},
                ImGui::GetColorU32(ImGuiCol_Text), label.c_str());
    // The cumulative share: a line through a dot above each bar.
    const ImVec2 dot{x + bar_w / 2, y_of_share(r.cumulative)};
    if (i > 0) dl->AddLine(previous, dot, colour(kDanger), 2);
    dl->AddCircleFilled(dot, 3.5f, colour(kDanger));
    previous = dot;
  }
  ImGui::SetCursorScreenPos(origin);
  ImGui::Dummy({width, height});
  return tapped;
}

void duration_histogram(const char* id, const std::vector<TimeMs>& sorted, TimeMs target,
                        float height) {
  const float line = ImGui::GetTextLineHeight();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = std::max(ImGui::GetContentRegionAvail().x, 8 * line);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  constexpr int kBins = 12;
  // The scale runs to twice the target, or to the 90th percentile when the
  // bulk lies beyond that; slower ones gather in the last bin.
  const TimeMs p90 = sorted.empty() ? 0 : sorted[(sorted.size() * 9) / 10];
  const TimeMs top = std::max<TimeMs>({2 * target, p90, 1});
  std::vector<int> bins(kBins, 0);
  for (TimeMs t : sorted)
    ++bins[static_cast<std::size_t>(std::min<TimeMs>(t * kBins / top, kBins - 1))];
  const int most = std::max(1, *std::max_element(bins.begin(), bins.end()));
  const float plot_top = origin.y + line * 0.5f;
  const float plot_bottom = origin.y + height - line * 1.4f;
  const float bin_w = width / kBins;
  for (int i = 0; i < kBins; ++i) {
    const float h = (plot_bottom - plot_top) *
                    static_cast<float>(bins[static_cast<std::size_t>(i)]) /
                    static_cast<float>(most);
    const float x = origin.x + bin_w * static_cast<float>(i);
    const bool late = static_cast<TimeMs>(i) * top / kBins >= target;
    dl->AddRectFilled({x + 1, plot_bottom - h}, {x + bin_w - 1, plot_bottom},
                      colour(late ? kDanger : kOk, 0.7f), 2);
  }
  const ImU32 muted = colour(kMuted);
  dl->AddLine({origin.x, plot_bottom}, {origin.x + width, plot_bottom}, muted);
  const float tx = origin.x + width * static_cast<float>(target) / static_cast<float>(top);
  dl->AddLine({tx, plot_top}, {tx, plot_bottom}, ImGui::GetColorU32(ImGuiCol_Text), 2);
  const std::string target_text = duration_text(target);
  dl->AddText({tx + 4, plot_top}, ImGui::GetColorU32(ImGuiCol_Text), target_text.c_str());
  dl->AddText({origin.x, plot_bottom + 2}, muted, "0");
  const std::string end = duration_text(top) + "+";
  dl->AddText({origin.x + width - ImGui::CalcTextSize(end.c_str()).x, plot_bottom + 2}, muted,
              end.c_str());
  ImGui::PushID(id);
  ImGui::Dummy({width, height});
  ImGui::PopID();
}

void cost_value_bars(const char* id, const std::vector<CostValueRow>& rows,
                     const std::string& currency) {
  const float line = ImGui::GetTextLineHeight();
  Cents most = 1;
  for (const CostValueRow& r : rows) most = std::max({most, r.cost, r.value});
  const float width = ImGui::GetContentRegionAvail().x;
  const float name_w = std::min(width * 0.3f, 12 * line);
  const float bars_w = width - name_w - 8 * line;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImGui::PushID(id);
  for (const CostValueRow& r : rows) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const std::string name = fitted(r.name, name_w - 6);
    dl->AddText({at.x, at.y + line * 0.4f}, ImGui::GetColorU32(ImGuiCol_Text), name.c_str());
    const float x = at.x + name_w;
    const float cost_w = bars_w * static_cast<float>(r.cost) / static_cast<float>(most);
    const float value_w = bars_w * static_cast<float>(r.value) / static_cast<float>(most);
    dl->AddRectFilled({x, at.y + 2}, {x + std::max(cost_w, 1.0f), at.y + line * 0.9f},
                      colour(kDanger, 0.65f), 2);
    dl->AddRectFilled({x, at.y + line * 1.0f}, {x + std::max(value_w, 1.0f), at.y + line * 1.8f},
                      colour(kOk, 0.65f), 2);
    const std::string amounts =
        format_money(r.cost, currency) + " / " + format_money(r.value, currency);
    dl->AddText({x + std::max(cost_w, value_w) + 6, at.y + line * 0.4f}, colour(kMuted),
                amounts.c_str());
    ImGui::Dummy({width, line * 2.1f});
  }
  ImGui::PopID();
}

void stacked_bar(const char* id, const std::vector<BarPart>& parts) {
  const float line = ImGui::GetTextLineHeight();
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  int total = 0;
  for (const BarPart& p : parts) total += p.count;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  float x = at.x;
  for (const BarPart& p : parts) {
    if (total == 0 || p.count == 0) continue;
    const float w = width * static_cast<float>(p.count) / static_cast<float>(total);
    dl->AddRectFilled({x, at.y}, {x + w, at.y + line * 1.2f}, p.colour);
    x += w;
  }
  if (total == 0) dl->AddRect(at, {at.x + width, at.y + line * 1.2f}, colour(kMuted));
  ImGui::PushID(id);
  ImGui::Dummy({width, line * 1.4f});
  ImGui::PopID();
}

}  // namespace mend::ui
