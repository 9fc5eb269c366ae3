// The first visit: an empty book offers the sample business or setting up
// one's own. The queue's "New case" stays in its place for someone who only
// wants to write a complaint down now (and for the browser tests that do).
#include <algorithm>
#include <utility>
#include <variant>

#include "ui/i18n.hpp"
#include "ui/keyboard_focus.hpp"
#include "ui/messages_desk.hpp"
#include "ui/text_fields.hpp"
#include "ui/theme.hpp"
#include "ui/views.hpp"

namespace mend::ui {
namespace {

void field_label(const char* text) {
  ImGui::Spacing();
  ImGui::TextUnformatted(text);
}

}  // namespace

void FirstRunView::follow(const app::AppState& state) {
  for (const app::AppOutcome& o : state.outcomes) {
    if (const auto* refused = std::get_if<app::SetUpRefused>(&o))
      error_ = tr_sentence(refused->error.why);
    if (std::holds_alternative<app::BusinessSetUp>(o)) {
      setting_up_ = false;
      error_.clear();
    }
  }
}

void FirstRunView::draw(const app::AppState&, app::Requests& out) {
  ImGui::PushFont(fonts().title);
  ImGui::TextUnformatted(desk_text::kWelcome);
  ImGui::PopFont();
  ImGui::SameLine(ImGui::GetContentRegionMax().x - 130);
  if (ImGui::Button(desk_text::kOpenCaseNow, ImVec2(130, 0))) out.push(app::RequestNewCase{});
  ImGui::Separator();

  // One readable column, centred on wide screens.
  const float avail = ImGui::GetContentRegionAvail().x;
  const float column = std::min(avail, 620.0f);
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - column) / 2);
  ImGui::BeginChild("##first-run", ImVec2(column, 0), false, kTabThrough);
  ImGui::PushTextWrapPos(0);
  ImGui::Spacing();
  ImGui::TextWrapped("%s", desk_text::kWelcomeLead.c_str());
  ImGui::Spacing();
  if (!setting_up_) {
    ImGui::Spacing();
    if (primary_button(desk_text::kTrySample, ImVec2(-1, 56))) out.push(app::RequestTrySample{});
    ImGui::TextColored(kMuted, "%s", desk_text::kTrySampleHint.c_str());
    ImGui::Spacing();
    ImGui::Spacing();
    if (ImGui::Button(desk_text::kSetUp, ImVec2(-1, 56))) {
      setting_up_ = true;
      focus_first_ = true;
      error_.clear();
    }
    ImGui::TextColored(kMuted, "%s", desk_text::kSetUpHint.c_str());
  } else {
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(desk_text::kSetUp);
    ImGui::PopFont();
    ImGui::PushItemWidth(-1);
    field_label(desk_text::kBusinessName);
    if (std::exchange(focus_first_, false)) ImGui::SetKeyboardFocusHere();
    input_text("##business", &business_);
    field_label(desk_text::kCurrency);
    input_text("##currency", &currency_, ImGuiInputTextFlags_CharsUppercase);
    field_label(desk_text::kOwnerName);
    input_text("##owner", &owner_, 0, TextKind::Name);
    field_label(desk_text::kPin);
    constexpr ImGuiInputTextFlags pin_flags = ImGuiInputTextFlags_Password |
                                              ImGuiInputTextFlags_CharsDecimal |
                                              ImGuiInputTextFlags_EnterReturnsTrue;
    bool submit = input_text("##pin", &pin_, pin_flags);
    field_label(desk_text::kPinAgain);
    submit = input_text("##pin-again", &pin_again_, pin_flags) || submit;
    ImGui::PopItemWidth();
    ImGui::Spacing();
    if (!error_.empty()) ImGui::TextColored(kDanger, "%s", error_.c_str());
    submit = primary_button(desk_text::kStart, ImVec2(160, 0)) || submit;
    ImGui::SameLine();
    if (ImGui::Button(desk_text::kBack, ImVec2(120, 0))) {
      setting_up_ = false;
      error_.clear();
    }
    if (submit) {
      if (pin_ != pin_again_) {
        error_ = desk_text::kPinsDiffer;
      } else {
        error_.clear();
        out.push(app::RequestSetUpBusiness{business_, currency_, owner_, pin_});
      }
      wipe_secret(pin_);
      wipe_secret(pin_again_);
    }
  }
  ImGui::PopTextWrapPos();
  ImGui::EndChild();
}

}  // namespace mend::ui
