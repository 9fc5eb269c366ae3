// The sign-in screen: tap your name, then your PIN on a keypad large enough
// for a finger; the keyboard's digits, Backspace and Enter work too. While
// the sample is in use each name shows its PIN so anyone can try every role.
#include <algorithm>
#include <cmath>
#include <variant>

#include "core/auth/pin.hpp"
#include "core/model/lookup.hpp"
#include "ui/format.hpp"
#include "ui/keyboard_focus.hpp"
#include "ui/messages_desk.hpp"
#include "ui/text_fields.hpp"
#include "ui/theme.hpp"
#include "ui/views.hpp"

namespace mend::ui {
namespace {

constexpr float kKeySize = 76;  // a keypad key, CSS px: well above a finger's 44

}  // namespace

void SignInView::follow(const app::AppState& state) {
  for (const app::AppOutcome& o : state.outcomes) {
    if (const auto* refused = std::get_if<app::SignInRefused>(&o)) {
      wrong_ = !refused->locked;
      locked_until_ = refused->wait_ms > 0 ? state.now + refused->wait_ms : 0;
    }
    if (std::holds_alternative<app::SignedIn>(o) || std::holds_alternative<app::SignedOut>(o)) {
      chosen_.clear();
      wipe_secret(digits_);
      wrong_ = false;
      locked_until_ = 0;
    }
  }
  if (!chosen_.empty() && !find_staff(state.book, chosen_)) chosen_.clear();
}

void SignInView::type_digit(char digit) {
  if (digits_.size() < auth::kMaxPinDigits) digits_ += digit;
  wrong_ = false;
}

void SignInView::draw(const app::AppState& state, app::Requests& out) {
  ImGui::PushFont(fonts().title);
  ImGui::TextUnformatted(desk_text::kWhoIsHere);
  ImGui::PopFont();
  ImGui::TextColored(kMuted, "%s", state.book.settings.business_name.c_str());
  ImGui::Separator();
  ImGui::Spacing();
  if (chosen_.empty())
    draw_staff(state, out);
  else
    draw_keypad(state, out);
}

void SignInView::draw_staff(const app::AppState& state, app::Requests& out) {
  ImGui::TextUnformatted(desk_text::kTapYourName);
  if (!state.desk.sample_pins.empty())
    ImGui::TextColored(kAccent, "%s", desk_text::kSampleNote.c_str());
  ImGui::Spacing();
  ImGui::BeginChild("##staff-list", ImVec2(0, 0), false, kTabThrough);
  const ImGuiStyle& style = ImGui::GetStyle();
  const float avail = ImGui::GetContentRegionAvail().x;
  const int columns = std::max(1, static_cast<int>(avail / 240.0f));
  const float width =
      (avail - style.ItemSpacing.x * static_cast<float>(columns - 1)) / static_cast<float>(columns);
  int column = 0;
  for (const Staff& s : state.book.staff) {
    if (s.retired) continue;  // kept for the history they made; they no longer sign in
    if (column > 0) ImGui::SameLine();
    ImGui::BeginGroup();
    ImGui::PushID(s.id.c_str());
    if (ImGui::Button(s.name.c_str(), ImVec2(width, 56))) {
      if (s.pin_hash.empty()) out.push(app::RequestSignIn{s.id, {}});  // a book from before PINs
      chosen_ = s.pin_hash.empty() ? std::string() : s.id;
      wipe_secret(digits_);
      wrong_ = false;
      locked_until_ = 0;
    }
    ImGui::PopID();
    const Role* role = role_of(state.book, s.id);
    const char* role_name = role ? role->name.c_str() : s.role_id.c_str();
    const auto pin = state.desk.sample_pins.find(s.id);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    if (pin != state.desk.sample_pins.end())
      ImGui::TextColored(kMuted, desk_text::kRoleAndPinFormat, role_name, pin->second.c_str());
    else
      ImGui::TextColored(kMuted, "%s", role_name);
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    if (++column == columns) {
      column = 0;
      ImGui::Spacing();
    }
  }
  ImGui::EndChild();
}

void SignInView::draw_keypad(const app::AppState& state, app::Requests& out) {
  const Staff* staff = find_staff(state.book, chosen_);
  if (!staff) return;
  const ImGuiStyle& style = ImGui::GetStyle();
  const float pad_width = 3 * kKeySize + 2 * style.ItemSpacing.x;
  const float avail = ImGui::GetContentRegionAvail().x;
  const float left = ImGui::GetCursorPosX() + std::max(0.0f, (avail - pad_width) / 2);

  ImGui::SetCursorPosX(left);
  ImGui::PushFont(fonts().bold);
  ImGui::Text(desk_text::kEnterPinFormat, staff->name.c_str());
  ImGui::PopFont();

  // What was typed, as dots: never the digits themselves.
  std::string dots;
  // U+2022: the fonts carry general punctuation, not geometric shapes (U+25CF).
  for (std::size_t i = 0; i < digits_.size(); ++i) dots += i ? " \xE2\x80\xA2" : "\xE2\x80\xA2";
  ImGui::SetCursorPosX(left);
  ImGui::PushFont(fonts().title);
  ImGui::TextUnformatted(dots.empty() ? " " : dots.c_str());
  ImGui::PopFont();

  const bool locked = locked_until_ > state.now;
  ImGui::SetCursorPosX(left);
  if (locked) {
    const int seconds =
        static_cast<int>(std::ceil(static_cast<double>(locked_until_ - state.now) / 1000));
    ImGui::TextColored(kDanger, desk_text::kTryAgainInFormat, seconds);
  } else if (wrong_) {
    ImGui::TextColored(kDanger, "%s", desk_text::kWrongPin.c_str());
  } else {
    ImGui::TextUnformatted(" ");
  }

  // The keyboard: digits, Backspace and Enter, when no text field has it.
  bool submit = false;
  const ImGuiIO& io = ImGui::GetIO();
  if (!io.WantTextInput) {
    for (int i = 0; i < io.InputQueueCharacters.Size; ++i) {
      const ImWchar c = io.InputQueueCharacters[i];
      if (c >= '0' && c <= '9') type_digit(static_cast<char>(c));
    }
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Backspace)) && !digits_.empty())
      digits_.pop_back();
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter)) ||
        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter)))
      submit = true;
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
      chosen_.clear();
      wipe_secret(digits_);
      return;
    }
  }

  static constexpr const char* kKeys[] = {"1", "2", "3", "4", "5", "6", "7", "8", "9"};
  ImGui::PushFont(fonts().title);
  for (int row = 0; row < 3; ++row) {
    ImGui::SetCursorPosX(left);
    for (int col = 0; col < 3; ++col) {
      const char* key = kKeys[row * 3 + col];
      if (col > 0) ImGui::SameLine();
      if (ImGui::Button(key, ImVec2(kKeySize, kKeySize))) type_digit(key[0]);
    }
  }
  ImGui::PopFont();
  ImGui::SetCursorPosX(left);
  if (ImGui::Button(desk_text::kDeleteDigit, ImVec2(kKeySize, kKeySize)) && !digits_.empty())
    digits_.pop_back();
  ImGui::SameLine();
  ImGui::PushFont(fonts().title);
  if (ImGui::Button("0", ImVec2(kKeySize, kKeySize))) type_digit('0');
  ImGui::PopFont();
  ImGui::SameLine();
  ImGui::PushStyleVar(ImGuiStyleVar_Alpha, digits_.size() >= auth::kMinPinDigits ? 1.0f : 0.5f);
  submit = primary_button(desk_text::kSignIn, ImVec2(kKeySize, kKeySize)) || submit;
  ImGui::PopStyleVar();
  ImGui::Spacing();
  ImGui::SetCursorPosX(left);
  if (ImGui::Button(desk_text::kNotMe, ImVec2(pad_width, 0))) {
    chosen_.clear();
    wipe_secret(digits_);
    return;
  }
  if (submit && !locked && digits_.size() >= auth::kMinPinDigits) {
    out.push(app::RequestSignIn{chosen_, digits_});
    wipe_secret(digits_);
  }
}

}  // namespace mend::ui
