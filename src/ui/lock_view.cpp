// The lock screen: the whole window, nothing of the book behind it (the book
// is not even read until the passcode opens it). In kiosk mode too: the
// kiosk has no way round it.
#include <algorithm>
#include <cmath>

#include "ui/format.hpp"
#include "ui/messages_lock.hpp"
#include "ui/readable.hpp"
#include "ui/text_fields.hpp"
#include "ui/theme.hpp"
#include "ui/views.hpp"

namespace mend::ui {

void LockView::draw(const app::AppState& state, app::Requests& out) {
  namespace t = lock_text;
  const app::LockState& lock = state.lock;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(viewport->Size);
  constexpr ImGuiWindowFlags flags =
      ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings;
  ImGui::Begin("##lock", nullptr, flags);
  const ImGuiStyle& style = ImGui::GetStyle();
  const float width = std::min(420.0f, ImGui::GetContentRegionAvail().x);
  const float left = std::max(style.WindowPadding.x, (viewport->Size.x - width) / 2);
  ImGui::SetCursorPosY(std::max(style.WindowPadding.y, viewport->Size.y * 0.18f));

  ImGui::SetCursorPosX(left);
  ImGui::PushFont(fonts().title);
  ImGui::TextUnformatted(t::kTitle);
  ImGui::PopFont();
  ImGui::SetCursorPosX(left);
  ImGui::PushTextWrapPos(left + width);
  ImGui::TextUnformatted(state.kiosk.on ? t::kKioskExplain : t::kExplain);
  ImGui::PopTextWrapPos();
  ImGui::Spacing();

  ImGui::SetCursorPosX(left);
  ImGui::TextUnformatted(t::kPasscode);
  ImGui::SetCursorPosX(left);
  ImGui::SetNextItemWidth(width);
  if (focus_ && !lock.checking) {
    ImGui::SetKeyboardFocusHere();
    focus_ = false;
  }
  const bool waiting = lock.wait_until > state.now;
  bool submit =
      input_text("##passcode", &passcode_, ImGuiInputTextFlags_EnterReturnsTrue, TextKind::Secret);
  ImGui::SetCursorPosX(left);
  const TouchRows rows;
  submit = primary_button(t::kUnlock, ImVec2(width, touch_target())) || submit;

  ImGui::SetCursorPosX(left);
  ImGui::PushTextWrapPos(left + width);
  // Readable (the screen-reader mirror lists them), as every refusal is.
  if (lock.checking) {
    readable_text(t::kChecking, "lock-status", static_cast<ImVec4>(kMuted));
  } else if (waiting) {
    const int seconds =
        static_cast<int>(std::ceil(static_cast<double>(lock.wait_until - state.now) / 1000));
    readable_text(text_format(t::kWaitFormat, seconds).c_str(), "lock-status",
                  static_cast<ImVec4>(kDanger));
  } else if (lock.wrong) {
    readable_text(t::kWrong, "lock-status", static_cast<ImVec4>(kDanger));
  }
  ImGui::PopTextWrapPos();

  if (submit && !lock.checking && !waiting && !passcode_.empty()) {
    out.push(app::RequestUnlock{passcode_});
    wipe_secret(passcode_);
    focus_ = true;  // back in the field for the next try
  }
  ImGui::End();
}

}  // namespace mend::ui
