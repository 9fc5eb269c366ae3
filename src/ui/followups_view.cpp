// The Follow-ups screen: overdue first, then due today, then the ones coming
// up, from the derived list (earliest due first); one tap opens the case.
#include <ctime>
#include <string>

#include "ui/case_view.hpp"
#include "ui/format.hpp"
#include "ui/messages_case.hpp"
#include "ui/theme.hpp"

namespace mend::ui {
namespace {

// The end of the device's local day containing `now`.
TimeMs end_of_local_day(TimeMs now) {
  const auto seconds = static_cast<std::time_t>(now / 1000);
  std::tm local{};
  localtime_r(&seconds, &local);
  local.tm_hour = 23;
  local.tm_min = 59;
  local.tm_sec = 59;
  return static_cast<TimeMs>(std::mktime(&local)) * 1000 + 999;
}

}  // namespace

void draw_follow_ups(const app::AppState& state, app::Requests& out) {
  ImGui::PushFont(fonts().title);
  ImGui::TextUnformatted(case_text::kFollowUpsTitle);
  ImGui::PopFont();
  ImGui::Separator();
  const app::FollowUpList& list = state.derived.follow_ups();
  if (list.size() == 0) {
    ImGui::TextColored(kMuted, "%s", case_text::kFollowUpsNone.c_str());
    return;
  }
  const TimeMs today_ends = end_of_local_day(state.now);
  int shown_heading = -1;  // 0 overdue, 1 today, 2 later
  for (const auto& [due, case_id] : list.by_due()) {
    const app::FollowUpRow* row = list.find(case_id);
    if (!row) continue;
    const int heading = due < state.now ? 0 : due <= today_ends ? 1 : 2;
    if (heading != shown_heading) {
      shown_heading = heading;
      ImGui::Spacing();
      ImGui::PushFont(fonts().bold);
      const char* titles[] = {case_text::kFollowUpsOverdue, case_text::kFollowUpsToday,
                              case_text::kFollowUpsLater};
      ImGui::TextColored(heading == 0 ? static_cast<ImVec4>(kDanger) : static_cast<ImVec4>(kAccent),
                         "%s", titles[heading]);
      ImGui::PopFont();
    }
    ImGui::PushID(case_id.c_str());
    const std::string label = text_format(case_text::kOpenCase, row->reference.c_str());
    if (ImGui::Button(label.c_str())) out.push(app::RequestShowCase{case_id});
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextWrapped(case_text::kFollowUpsRow, local_time_text(due).c_str(),
                       row->customer.c_str(), row->note.c_str());
    ImGui::PopID();
  }
}

}  // namespace mend::ui
