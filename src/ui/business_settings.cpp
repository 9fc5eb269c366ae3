#include "ui/business_settings.hpp"

#include "core/analytics/analytics.hpp"
#include "core/base/money.hpp"
#include "core/model/vocabulary.hpp"
#include "ui/format.hpp"
#include "ui/messages_business.hpp"
#include "ui/theme.hpp"

namespace mend::ui {
namespace {

void row(const char* name, const std::string& value) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::TextColored(kMuted, "%s", name);
  ImGui::TableNextColumn();
  ImGui::TextWrapped("%s", value.c_str());
}

std::string labels(const std::vector<Term>& terms) {
  std::string out;
  for (const Term& term : terms) {
    if (term.retired) continue;
    if (!out.empty()) out += ", ";
    out += term.label;
  }
  return out;
}

}  // namespace

void SettingsEditor::draw(const app::AppState& state, app::Requests&, bool) {
  namespace t = business_text;
  const Settings& s = state.book.settings;
  if (!ImGui::BeginTable("##settings", 2,
                         ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_BordersInnerH))
    return;
  row(t::kBusinessName, s.business_name);
  row(t::kCurrency, s.currency);
  row(t::kFirstResponse, duration_text(static_cast<TimeMs>(s.first_response_seconds) * 1000));
  row(t::kRecovery, duration_text(static_cast<TimeMs>(s.recovery_seconds) * 1000));
  row(t::kFollowUp, duration_text(static_cast<TimeMs>(s.follow_up_seconds) * 1000));
  row(t::kDayOffset, text_format(t::kOffsetFormat, s.utc_offset_minutes));
  for (const Term& tier : s.vocabulary.value_tiers)
    if (!tier.retired)
      row(text_format(t::kTierValue, tier.label.c_str()).c_str(),
          format_money(tier_value(s, tier.id), s.currency));
  for (const auto& [segment, budget] : s.segment_budgets)
    row(text_format(t::kSegmentBudget, term_label(s.vocabulary.segments, segment).c_str()).c_str(),
        format_money(budget, s.currency));
  row(t::kKinds, labels(s.vocabulary.failure_kinds));
  row(t::kChannels, labels(s.vocabulary.channels));
  row(t::kSegments, labels(s.vocabulary.segments));
  ImGui::EndTable();
}

}  // namespace mend::ui
