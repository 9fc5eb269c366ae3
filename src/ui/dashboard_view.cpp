#include "ui/dashboard_view.hpp"

#include <algorithm>

#include "core/base/money.hpp"
#include "core/base/time_iso.hpp"
#include "core/compensation/authority.hpp"
#include "core/model/lookup.hpp"
#include "core/model/vocabulary.hpp"
#include "ui/charts.hpp"
#include "ui/format.hpp"
#include "ui/messages_dashboard.hpp"
#include "ui/messages_shell.hpp"
#include "ui/text_fields.hpp"
#include "ui/theme.hpp"

namespace mend::ui {
namespace t = dashboard_text;
namespace {

void heading(const char* text) {
  ImGui::Spacing();
  ImGui::PushFont(fonts().bold);
  ImGui::TextUnformatted(text);
  ImGui::PopFont();
}

void muted(const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, static_cast<ImVec4>(kMuted));
  ImGui::TextWrapped("%s", text);
  ImGui::PopStyleColor();
}

// "2026-11-24": the business's day of a time.
std::string day_text(const Settings& settings, TimeMs at) {
  std::int64_t y = 0;
  unsigned m = 0, d = 0;
  civil_from_days(business_day(settings, at), y, m, d);
  return text_format("%04lld-%02u-%02u", static_cast<long long>(y), m, d);
}

// The business's midnight starting the day written "YYYY-MM-DD".
std::optional<TimeMs> day_start(const Settings& settings, const std::string& text) {
  const Result<TimeMs> t = parse_iso(text + "T00:00:00Z");
  if (!t.ok() || text.size() != 10) return std::nullopt;
  return t.value() - settings.utc_offset_minutes * kMsPerMinute;
}

// A failure kind's label as staff read it in the screen's language (Mend's
// default words translated, the business's own as written).
std::string kind_label(const Settings& settings, const ParetoRow& row) {
  if (!find_term(settings.vocabulary.failure_kinds, row.name)) return row.label;
  return shown_term_label(settings.vocabulary.failure_kinds, row.name, screen_language());
}

// The kinds' rows for the chart, labelled in the screen's language (without
// their case lists: the chart draws only counts and shares).
std::vector<ParetoRow> shown_kinds(const Settings& settings, const std::vector<ParetoRow>& rows) {
  std::vector<ParetoRow> out;
  out.reserve(rows.size());
  for (const ParetoRow& r : rows)
    out.push_back({r.name, kind_label(settings, r), r.count, r.share, r.cumulative, {}});
  return out;
}

double percent(int part, int whole) {
  return whole > 0 ? 100.0 * part / whole : 0.0;
}

// A headline: a small muted title over one bold line.
void tile(const char* title, const std::string& value) {
  ImGui::BeginGroup();
  ImGui::PushStyleColor(ImGuiCol_Text, static_cast<ImVec4>(kMuted));
  ImGui::TextUnformatted(title);
  ImGui::PopStyleColor();
  ImGui::PushFont(fonts().bold);
  ImGui::TextWrapped("%s", value.c_str());
  ImGui::PopFont();
  ImGui::EndGroup();
}

}  // namespace

void DashboardScreen::draw(const app::AppState& state, app::Requests& out) {
  ImGui::PushFont(fonts().title);
  ImGui::TextUnformatted(t::kTitle);
  ImGui::PopFont();
  if (!may_manage(state.book, state.staff_id)) {
    ImGui::TextWrapped("%s", shell_text::kManagersOnly.c_str());
    return;
  }
  if (state.dashboard.analysis && state.dashboard.analysis->cases > 0) {
    // At the title's right: the whole dashboard, as drawn, to a PNG file.
    const float width = ImGui::CalcTextSize(t::kSaveImage).x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - width));
    if (ImGui::Button(t::kSaveImage)) out.push(app::RequestSaveDashboardImage{});
  }
  draw_range(state, out);
  const std::optional<Analytics>& analysis = state.dashboard.analysis;
  if (!analysis) {
    muted(t::kCounting);
    return;
  }
  const Analytics& a = *analysis;
  ImGui::TextWrapped(t::kRangeLine, a.cases, day_text(state.book.settings, a.from).c_str(),
                     day_text(state.book.settings, a.to - 1).c_str());
  if (a.cases == 0) {
    muted(t::kNoCases);
    return;
  }
  draw_headlines(state, a);
  ImGui::Separator();
  const bool wide = ImGui::GetContentRegionAvail().x >= 900;
  if (wide && ImGui::BeginTable("##dashboard-columns", 2, ImGuiTableFlags_SizingStretchSame)) {
    ImGui::TableNextColumn();
    draw_failures(state, a, out);
    ImGui::TableNextColumn();
    draw_clocks(a);
    ImGui::TableNextColumn();
    draw_make_goods(state, a);
    ImGui::TableNextColumn();
    draw_outcomes(state, a, out);
    ImGui::EndTable();
  } else {
    draw_failures(state, a, out);
    draw_clocks(a);
    draw_make_goods(state, a);
    draw_outcomes(state, a, out);
  }
}

void DashboardScreen::draw_range(const app::AppState& state, app::Requests& out) {
  const app::DashboardState& d = state.dashboard;
  const auto choice = [&](const char* label, app::DashboardRange range) {
    const bool on = d.range == range;
    if (on ? primary_button(label) : ImGui::Button(label)) {
      out.push(app::RequestDashboardRange{range, 0, 0});
      listed_ = Listed::None;
    }
    ImGui::SameLine();
  };
  choice(t::kThisWeek, app::DashboardRange::ThisWeek);
  choice(t::kThisMonth, app::DashboardRange::ThisMonth);
  choice(t::kLast90Days, app::DashboardRange::Last90Days);
  ImGui::NewLine();
  const Settings& settings = state.book.settings;
  if (from_.empty()) from_ = day_text(settings, state.now - 30 * kMsPerDay);
  if (to_.empty()) to_ = day_text(settings, state.now);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(t::kCustom);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
  input_text("##dashboard-from", &from_);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", t::kFrom.c_str());
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
  input_text("##dashboard-to", &to_);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", t::kTo.c_str());
  ImGui::SameLine();
  const bool custom = d.range == app::DashboardRange::Custom;
  if (custom ? primary_button(t::kApply) : ImGui::Button(t::kApply)) {
    const std::optional<TimeMs> from = day_start(settings, from_);
    const std::optional<TimeMs> to = day_start(settings, to_);
    bad_dates_ = !from || !to || *to < *from;
    if (!bad_dates_) {
      out.push(app::RequestDashboardRange{app::DashboardRange::Custom, *from, *to + kMsPerDay});
      listed_ = Listed::None;
    }
  }
  if (bad_dates_) ImGui::TextColored(kDanger, "%s", t::kBadDates.c_str());
}

void DashboardScreen::draw_headlines(const app::AppState& state, const Analytics& a) {
  const std::string& currency = state.book.settings.currency;
  const float width = ImGui::GetContentRegionAvail().x;
  const int columns = width >= 900 ? 4 : 2;
  if (!ImGui::BeginTable("##dashboard-headlines", columns, ImGuiTableFlags_SizingStretchSame))
    return;
  ImGui::TableNextColumn();
  if (!a.categories.empty()) {
    const ParetoRow& top = a.categories.front();
    tile(t::kTopCause, text_format(t::kTopCauseValue, kind_label(state.book.settings, top).c_str(),
                                   top.count, a.cases, top.share * 100));
  }
  ImGui::TableNextColumn();
  tile(t::kRecovered, text_format(t::kRecoveredValue, a.recovery.share_within * 100,
                                  duration_text(a.recovery_target_ms).c_str()));
  ImGui::TableNextColumn();
  tile(t::kCostValue, text_format(t::kCostValueLine, format_money(a.total_cost, currency).c_str(),
                                  format_money(a.total_value, currency).c_str()));
  ImGui::TableNextColumn();
  tile(t::kRevenueKept, format_money(a.revenue_kept, currency));
  ImGui::EndTable();
}

void DashboardScreen::draw_failures(const app::AppState& state, const Analytics& a,
                                    app::Requests& out) {
  const float height = ImGui::GetTextLineHeight() * 12;
  heading(t::kKinds);
  muted(t::kTapBar);
  const int kind = pareto_chart("pareto-kinds", shown_kinds(state.book.settings, a.categories),
                                listed_ == Listed::Kinds ? listed_index_ : -1, height);
  if (kind >= 0) listed_ = Listed::Kinds, listed_index_ = kind;
  if (listed_ == Listed::Kinds) draw_list(state, a, out);
  heading(t::kCauses);
  if (a.root_causes.empty()) {
    muted(t::kNoCauses);
    return;
  }
  const int cause = pareto_chart("pareto-causes", a.root_causes,
                                 listed_ == Listed::Causes ? listed_index_ : -1, height);
  if (cause >= 0) listed_ = Listed::Causes, listed_index_ = cause;
  if (listed_ == Listed::Causes) draw_list(state, a, out);
}

void DashboardScreen::draw_clocks(const Analytics& a) {
  const float height = ImGui::GetTextLineHeight() * 8;
  const auto one = [&](const char* title, const char* id, const std::vector<TimeMs>& times,
                       TimeMs target, const DurationStats& stats) {
    heading(title);
    if (times.empty()) {
      muted(t::kNoDurations);
      return;
    }
    duration_histogram(id, times, target, height);
    ImGui::TextWrapped(t::kWithinTarget, stats.share_within * 100, duration_text(target).c_str(),
                       duration_text(stats.median_ms).c_str(), duration_text(stats.p90_ms).c_str());
  };
  one(t::kFirstResponse, "histogram-first-response", a.first_response_times,
      a.first_response_target_ms, a.first_response);
  one(t::kRecovery, "histogram-recovery", a.recovery_times, a.recovery_target_ms, a.recovery);
}

void DashboardScreen::draw_make_goods(const app::AppState& state, const Analytics& a) {
  heading(t::kMakeGoods);
  const int live = a.grants - a.reversed_grants;
  if (live <= 0) {
    muted(t::kNoGrants);
    return;
  }
  std::vector<CostValueRow> rows;
  for (std::size_t i = 0; i < a.items.size() && i < 6; ++i)
    rows.push_back({a.items[i].name.empty() ? a.items[i].item_id : a.items[i].name, a.items[i].cost,
                    a.items[i].value});
  rows.push_back({t::kAllItems.c_str(), a.total_cost, a.total_value});
  cost_value_bars("make-goods", rows, state.book.settings.currency);
  ImGui::TextWrapped(t::kApprovals, a.approved_grants, live, percent(a.approved_grants, live));
}

void DashboardScreen::draw_outcomes(const app::AppState& state, const Analytics& a,
                                    app::Requests& out) {
  heading(t::kOutcomes);
  const OutcomeCounts& o = a.outcomes;
  stacked_bar("verdicts", {{"", o.not_resolved, ImGui::GetColorU32(static_cast<ImVec4>(kDanger))},
                           {"", o.satisfied, ImGui::GetColorU32(static_cast<ImVec4>(kAccent))},
                           {"", o.delighted, ImGui::GetColorU32(static_cast<ImVec4>(kOk))},
                           {"", o.no_outcome, ImGui::GetColorU32(static_cast<ImVec4>(kMuted))}});
  // The legend: each count in its part's colour.
  const std::pair<const char*, int> legend[] = {{t::kNotResolved, o.not_resolved},
                                                {t::kSatisfied, o.satisfied},
                                                {t::kDelighted, o.delighted},
                                                {t::kNoneYet, o.no_outcome}};
  const Colour colours[] = {kDanger, kAccent, kOk, kMuted};
  for (std::size_t i = 0; i < 4; ++i) {
    if (i > 0) ImGui::SameLine(0, ImGui::GetFontSize());
    ImGui::TextColored(colours[i], legend[i].first, legend[i].second);
  }
  ImGui::TextWrapped(t::kRetention, o.retained, o.lost, o.unknown);
  ImGui::TextWrapped(t::kRepeat, static_cast<int>(a.repeat_customers.size()));
  if (!a.repeat_customers.empty() && ImGui::Button(t::kShowRepeat))
    listed_ = Listed::Repeat, listed_index_ = 0;
  if (listed_ == Listed::Repeat) draw_list(state, a, out);

  heading(t::kRevenueTitle);
  const Settings& settings = state.book.settings;
  ImGui::TextWrapped(t::kRevenueValue, format_money(a.revenue_kept, settings.currency).c_str(),
                     a.retained_customers);
  muted(t::kRevenueHow);
  for (const Term& tier : settings.vocabulary.value_tiers) {
    if (tier.retired) continue;
    ImGui::BulletText(
        t::kTierValue,
        shown_term_label(settings.vocabulary.value_tiers, tier.id, screen_language()).c_str(),
        format_money(tier_value(settings, tier.id), settings.currency).c_str());
  }
  muted(a.kept_counts_satisfied ? t::kKeptRuleSatisfied : t::kKeptRule);
  muted(t::kEditAssumptions);
  muted(t::kFamousFigure);
}

void DashboardScreen::draw_list(const app::AppState& state, const Analytics& a,
                                app::Requests& out) {
  if (listed_ == Listed::None) return;
  std::vector<std::string> ids;
  std::string title;
  const auto from_rows = [&](const std::vector<ParetoRow>& rows) {
    if (listed_index_ < 0 || static_cast<std::size_t>(listed_index_) >= rows.size()) return;
    ids = rows[static_cast<std::size_t>(listed_index_)].case_ids;
    title = kind_label(state.book.settings, rows[static_cast<std::size_t>(listed_index_)]);
  };
  if (listed_ == Listed::Kinds) from_rows(a.categories);
  if (listed_ == Listed::Causes) from_rows(a.root_causes);
  if (listed_ == Listed::Repeat) {
    for (const RepeatCustomer& c : a.repeat_customers)
      ids.insert(ids.end(), c.case_ids.begin(), c.case_ids.end());
    title = t::kRepeatLabel;
  }
  ImGui::PushFont(fonts().bold);
  ImGui::AlignTextToFramePadding();
  ImGui::Text(t::kListTitle, title.c_str(), ids.size());
  ImGui::PopFont();
  ImGui::SameLine();
  if (ImGui::Button(t::kCloseList)) listed_ = Listed::None;
  const float row = ImGui::GetFrameHeightWithSpacing();
  const float height = std::min(static_cast<float>(ids.size()), 10.0f) * row + row * 0.5f;
  ImGui::BeginChild("##dashboard-cases", {0, height}, true);
  const TouchRows touch_rows;  // each case a finger's height on a tablet
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(ids.size()));
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const std::string& id = ids[static_cast<std::size_t>(i)];
      const app::QueueRow* r = state.derived.queue().find(id);
      if (!r) continue;
      const std::string label = text_format(t::kListRow, r->reference.c_str(), r->customer.c_str(),
                                            local_time_text(r->opened_at).c_str(),
                                            (r->open ? t::kOpenStatus : t::kClosedStatus).c_str());
      if (ImGui::Selectable((label + "##dash-case-" + id).c_str()))
        out.push(app::RequestShowCase{id});
    }
  }
  ImGui::EndChild();
}

}  // namespace mend::ui
