// The customer's other cases (found by contact in the derived customer
// index; the app keeps their states when the case is shown), what they were
// given and how each ended, one tap to each.
#include <string>

#include "app/book_terms.hpp"
#include "core/base/money.hpp"
#include "core/model/lookup.hpp"
#include "core/model/vocabulary.hpp"
#include "core/privacy/anonymise.hpp"
#include "ui/case_view.hpp"
#include "ui/format.hpp"
#include "ui/messages_case.hpp"
#include "ui/theme.hpp"

namespace mend::ui {

void CaseScreen::draw_history(const app::AppState& state, const CaseState& c, app::Requests& out) {
  ImGui::PushFont(fonts().bold);
  ImGui::TextUnformatted(case_text::kHistoryTitle);
  ImGui::PopFont();
  const auto cases = state.derived.customers().cases_of(c.customer.contact);
  const std::string& currency = state.book.settings.currency;
  Cents total = c.total_cost;
  std::size_t others = 0;
  for (const app::CustomerCase& entry : cases) {
    if (entry.case_id == c.case_id) continue;
    const CaseState* other = state.derived.case_state(entry.case_id);
    if (!other) continue;
    ++others;
    total += other->total_cost;
    ImGui::PushID(entry.case_id.c_str());
    ImGui::Spacing();
    const std::string label = text_format(case_text::kOpenCase, other->reference.c_str());
    if (ImGui::Button(label.c_str())) out.push(app::RequestShowCase{entry.case_id});
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    const std::string kind = shown_term_label(app::vocabulary(state.book).failure_kinds,
                                              other->category, screen_language());
    const char* verdict = other->outcome ? case_text::verdict_text(other->outcome->verdict)
                                         : case_text::kNoVerdict.c_str();
    ImGui::TextWrapped(case_text::kHistoryRow, local_time_text(other->opened_at).c_str(),
                       kind.c_str(),
                       (other->open ? case_text::kStatusOpen : case_text::kStatusClosed).c_str(),
                       verdict, format_money(other->total_cost, currency).c_str());
    ImGui::PopID();
  }
  if (others == 0) {
    ImGui::TextColored(kMuted, "%s", case_text::kHistoryNone.c_str());
  } else {
    ImGui::Spacing();
    ImGui::TextWrapped(case_text::kHistoryTotal, format_money(total, currency).c_str(), others + 1);
  }
  draw_forget(state, c, others + 1, out);
}

// A request to erase a customer's data (GDPR-style), for those who may
// manage: asked once more, with how many cases it touches, before it acts.
void CaseScreen::draw_forget(const app::AppState& state, const CaseState& c, std::size_t cases,
                             app::Requests& out) {
  if (!may_manage(state.book, state.staff_id)) return;
  if (c.anonymised_at && c.anonymised_reason == kAnonymisedOnRequest) return;
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::Spacing();
  if (!drafts_.forgetting) {
    if (ImGui::Button(case_text::kForget)) drafts_.forgetting = true;
    return;
  }
  ImGui::PushTextWrapPos(0);
  ImGui::TextColored(kDanger, case_text::kForgetAsk, cases);
  ImGui::PopTextWrapPos();
  if (danger_button(case_text::kForgetConfirm)) {
    out.push(app::RequestForgetCustomer{c.case_id});
    drafts_.forgetting = false;
  }
  ImGui::SameLine();
  if (ImGui::Button(case_text::kForgetKeep)) drafts_.forgetting = false;
}

}  // namespace mend::ui
