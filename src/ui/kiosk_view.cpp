#include "ui/kiosk_view.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <cstring>

#include "app/book_terms.hpp"
#include "core/model/vocabulary.hpp"
#include "ui/format.hpp"
#include "ui/i18n.hpp"
#include "ui/item_label.hpp"
#include "ui/messages_kiosk.hpp"
#include "ui/readable.hpp"
#include "ui/text_fields.hpp"
#include "ui/theme.hpp"

namespace mend::ui {
namespace {

namespace t = kiosk_text;

// Touch targets of the kiosk: at least this tall (CSS px), for any finger.
constexpr float kKioskTarget = 56;
// The hidden way out: the top-left corner, held this long.
constexpr float kCornerSize = 64;
constexpr float kCornerHoldSeconds = 3;
// The staff's PIN pad closes after this long untouched.
constexpr TimeMs kPadOpenMs = 30 * 1000;
// The form's width on a wide screen: lines a customer can read at a glance.
constexpr float kFormWidth = 760;

// Text centred in the window's width, each line of it, wrapped to `width`.
void centred(const char* text, ImFont* font, const ImVec4& colour, float width) {
  ImGui::PushFont(font);
  const float avail = ImGui::GetContentRegionAvail().x;
  const float w = std::min(width, avail);
  const float x = ImGui::GetCursorPosX();
  const char* end = text + std::strlen(text);
  for (const char* line = text; line < end;) {
    const char* stop =
        font->CalcWordWrapPositionA(ImGui::GetFontSize() / font->FontSize, line, end, w);
    if (stop == line) ++stop;  // a word wider than the line: at least one character
    const float line_w = ImGui::CalcTextSize(line, stop).x;
    ImGui::SetCursorPosX(x + (avail - line_w) / 2);
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::TextUnformatted(line, stop);
    ImGui::PopStyleColor();
    line = stop;
    while (line < end && (*line == ' ' || *line == '\n')) ++line;
  }
  ImGui::PopFont();
}

bool big_button(const char* label, float width, bool primary = true) {
  ImGui::PushFont(fonts().large);
  const ImVec2 size(width, kKioskTarget);
  const bool pressed = primary ? primary_button(label, size) : ImGui::Button(label, size);
  ImGui::PopFont();
  return pressed;
}

}  // namespace

void KioskScreen::forget() {
  // Overwritten, then emptied: nothing of the last customer stays in the
  // strings' buffers either.
  for (std::string* s : {&kind_, &name_, &contact_, &words_, &pin_}) {
    std::fill(s->begin(), s->end(), '\0');
    s->clear();
  }
  exit_pad_ = false;
  corner_since_ = 0;
}

void KioskScreen::draw(const app::AppState& state, app::Requests& out) {
  const app::KioskState& k = state.kiosk;
  if (k.visitor != visitor_) {
    visitor_ = k.visitor;
    forget();
    // A field still active would keep the last customer's text and undo
    // history in ImGui's own buffer: let go of it.
    ImGui::ClearActiveID();
  }
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(viewport->Size);
  constexpr ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                     ImGuiWindowFlags_NoSavedSettings |
                                     ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(28, 28));
  ImGui::Begin("##kiosk", nullptr, flags);
  // First, so it is the item under a finger in the corner (ImGui gives the
  // hover to the first item submitted there, and the attract screen is one
  // big button).
  draw_exit_corner(state);
  // An abandoned staff pad closes itself: the next customer finds the kiosk.
  if (exit_pad_ && state.now - k.last_touch > kPadOpenMs) {
    exit_pad_ = false;
    pin_.clear();
  }
  // Each customer's widgets get ids of their own: ImGui keeps no state
  // (text, undo, scroll) from one customer to the next.
  ImGui::PushID(static_cast<int>(visitor_ & 0x7fffffff));
  if (exit_pad_) {
    draw_exit_pad(state, out);
  } else {
    switch (k.stage) {
      case app::KioskStage::Attract:
        draw_attract(out);
        break;
      case app::KioskStage::Telling:
        draw_form(state, out);
        break;
      case app::KioskStage::Thanks:
        draw_thanks(state, out);
        break;
    }
  }
  ImGui::PopID();
  ImGui::End();
  ImGui::PopStyleVar();
  if (const TimeMs left = app::kiosk_countdown_left(k, state.book.settings, state.now); left > 0)
    draw_still_there(left);
}

void KioskScreen::draw_attract(app::Requests& out) {
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const ImVec2 start = ImGui::GetCursorPos();
  ImGui::SetCursorPosY(start.y + avail.y * 0.30f);
  centred(t::kAttractTitle, fonts().display, kAccent, avail.x);
  ImGui::Spacing();
  centred(t::kAttractAction, fonts().display, ImGui::GetStyle().Colors[ImGuiCol_Text], avail.x);
  ImGui::Spacing();
  ImGui::Spacing();
  centred(t::kAttractHint, fonts().large, kMuted, avail.x);
  // The whole screen is the button: a customer touches wherever they like.
  ImGui::SetCursorPos(start);
  const bool pressed = ImGui::InvisibleButton(t::kAttractAction, avail);
  report_item_label(t::kAttractAction);
  if (pressed) out.push(app::RequestKioskBegin{});
}

void KioskScreen::draw_form(const app::AppState& state, app::Requests& out) {
  // The footer's place: centred in the window.
  const float foot_width = std::min(kFormWidth, ImGui::GetContentRegionAvail().x);
  const float foot_left =
      ImGui::GetCursorPosX() + (ImGui::GetContentRegionAvail().x - foot_width) / 2;
  // The form scrolls above a footer that always shows the way on: a customer
  // never has to find "Send" below the fold.
  const app::KioskState& k = state.kiosk;
  // "Choose what went wrong" is answered as soon as a tile is chosen.
  const bool kind_missing = k.refused == app::KioskRefusal::PickKind && kind_.empty();
  const char* refusal = kind_missing                               ? t::kPickKind.c_str()
                        : k.refused == app::KioskRefusal::NotReady ? t::kNotReady.c_str()
                        : k.refused == app::KioskRefusal::Other ? tr_sentence(k.refused_why).c_str()
                                                                : nullptr;
  ImGui::PushFont(fonts().large);
  const float refusal_h = refusal ? ImGui::CalcTextSize(refusal, nullptr, false, foot_width).y +
                                        ImGui::GetStyle().ItemSpacing.y
                                  : 0.0f;
  ImGui::PopFont();
  const float footer = kKioskTarget + refusal_h + 2 * ImGui::GetStyle().ItemSpacing.y;
  // A short screen (a tablet on its side) gets shorter tiles and box, so the
  // words field shows without scrolling.
  const bool short_screen = ImGui::GetContentRegionAvail().y < 900;
  const float tile_h = short_screen ? kKioskTarget : kKioskTarget * 1.2f;
  const float words_h = short_screen ? kKioskTarget * 1.5f : kKioskTarget * 2.2f;
  ImGui::BeginChild("##kiosk-form", ImVec2(0, -footer), false);
  // Inside the child (whose scrollbar takes some width) the form's own place.
  const float width = std::min(kFormWidth, ImGui::GetContentRegionAvail().x);
  const float left = ImGui::GetCursorPosX() + (ImGui::GetContentRegionAvail().x - width) / 2;
  ImGui::SetCursorPosX(left);
  ImGui::PushFont(fonts().display);
  ImGui::TextUnformatted(t::kWhatWentWrong);
  ImGui::PopFont();
  ImGui::Spacing();
  // The business's kinds of failure as big tiles, two or three a row.
  const Vocabulary& words = app::vocabulary(state.book);
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  ImGui::PushFont(fonts().large);
  // Three tiles a row where every kind's words fit in a third, else two, else one.
  float widest = 0;
  for (const Term& kind : words.failure_kinds)
    if (!kind.retired)
      widest = std::max(
          widest, ImGui::CalcTextSize(
                      shown_term_label(words.failure_kinds, kind.id, screen_language()).c_str())
                      .x);
  const float needed = widest + 2 * ImGui::GetStyle().FramePadding.x;
  int columns = 3;
  const auto tile_width = [&](int n) {
    return (width - gap * static_cast<float>(n - 1)) / static_cast<float>(n);
  };
  while (columns > 1 && tile_width(columns) < needed) --columns;
  const float tile = tile_width(columns);
  int shown = 0;
  for (const Term& kind : words.failure_kinds) {
    if (kind.retired) continue;
    if (shown % columns == 0) {
      ImGui::SetCursorPosX(left);
    } else {
      ImGui::SameLine();
    }
    ++shown;
    const bool chosen = kind_ == kind.id;
    const std::string label =
        shown_term_label(words.failure_kinds, kind.id, screen_language()) + "##kind-" + kind.id;
    if (chosen ? primary_button(label.c_str(), ImVec2(tile, tile_h))
               : ImGui::Button(label.c_str(), ImVec2(tile, tile_h)))
      kind_ = kind.id;
  }
  ImGui::PopFont();
  ImGui::Spacing();
  ImGui::Spacing();
  const auto field = [&](const char* label, const char* id, std::string* text, TextKind kind) {
    ImGui::SetCursorPosX(left);
    ImGui::PushFont(fonts().large);
    ImGui::TextUnformatted(label);
    ImGui::SetCursorPosX(left);
    ImGui::SetNextItemWidth(width);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(12, 14));
    input_text(id, text, 0, kind);
    ImGui::PopStyleVar();
    ImGui::PopFont();
    ImGui::Spacing();
  };
  field(t::kYourName, "##kiosk-name", &name_, TextKind::Name);
  field(t::kYourContact, "##kiosk-contact", &contact_, TextKind::Contact);
  ImGui::SetCursorPosX(left);
  ImGui::PushFont(fonts().large);
  ImGui::TextUnformatted(t::kYourWords);
  ImGui::SetCursorPosX(left);
  input_text_multiline("##kiosk-words", &words_, ImVec2(width, words_h));
  ImGui::PopFont();
  ImGui::EndChild();
  ImGui::Spacing();
  if (refusal) {
    ImGui::SetCursorPosX(foot_left);
    ImGui::PushFont(fonts().large);
    ImGui::PushTextWrapPos(foot_left + foot_width);
    readable_text(refusal, "kiosk-refused", static_cast<ImVec4>(kDanger));
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
  }
  ImGui::SetCursorPosX(foot_left);
  const float half = (foot_width - gap) / 2;
  if (big_button(t::kSend, half)) out.push(app::RequestKioskSubmit{kind_, name_, contact_, words_});
  ImGui::SameLine();
  if (big_button(t::kStartAgain, half, false)) out.push(app::RequestKioskDone{});
}

void KioskScreen::draw_thanks(const app::AppState& state, app::Requests& out) {
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float width = std::min(kFormWidth, avail.x);
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() + avail.y * 0.16f);
  const Settings& s = state.book.settings;
  centred(s.kiosk_apology.c_str(), fonts().display, kAccent, width);
  ImGui::Spacing();
  ImGui::Spacing();
  centred(t::kYourReference, fonts().large, kMuted, width);
  centred(state.kiosk.reference.c_str(), fonts().display, ImGui::GetStyle().Colors[ImGuiCol_Text],
          width);
  ImGui::Spacing();
  ImGui::Spacing();
  centred(s.kiosk_next_steps.c_str(), fonts().large, ImGui::GetStyle().Colors[ImGuiCol_Text],
          width);
  ImGui::Spacing();
  ImGui::Spacing();
  const float button = std::min(320.0f, width);
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail.x - button) / 2);
  if (big_button(t::kDone, button)) out.push(app::RequestKioskDone{});
}

void KioskScreen::draw_still_there(TimeMs left) {
  // Over everything: any touch (the shell reports it) keeps the customer's form.
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(viewport->Size);
  ImGui::SetNextWindowBgAlpha(0.92f);
  constexpr ImGuiWindowFlags flags =
      ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings;
  ImGui::Begin("##kiosk-still-there", nullptr, flags);
  ImGui::SetWindowFocus();
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const ImVec2 start = ImGui::GetCursorPos();
  ImGui::SetCursorPosY(start.y + avail.y * 0.35f);
  centred(t::kStillThere, fonts().display, kAccent, avail.x);
  centred(t::kTouchToContinue, fonts().display, ImGui::GetStyle().Colors[ImGuiCol_Text], avail.x);
  const int seconds = static_cast<int>(std::ceil(static_cast<double>(left) / 1000.0));
  centred(text_format(t::kWipeInFormat, seconds).c_str(), fonts().large, kMuted, avail.x);
  ImGui::SetCursorPos(start);
  ImGui::InvisibleButton(t::kTouchToContinue, avail);
  report_item_label(t::kTouchToContinue);
  ImGui::End();
}

void KioskScreen::draw_exit_corner(const app::AppState& state) {
  // The screen's top-left corner, with no look of its own.
  const ImVec2 content = ImGui::GetCursorScreenPos();
  ImGui::SetCursorScreenPos(ImGui::GetWindowPos());
  ImGui::InvisibleButton("##kiosk-corner", ImVec2(kCornerSize, kCornerSize));
  const bool held = ImGui::IsItemActive();
  ImGui::SetCursorScreenPos(content);
  if (held) {
    if (corner_since_ == 0) corner_since_ = state.now;
    if (static_cast<float>(state.now - corner_since_) >= kCornerHoldSeconds * 1000) {
      exit_pad_ = true;
      pin_.clear();
      corner_since_ = 0;
    }
  } else {
    corner_since_ = 0;
  }
}

void KioskScreen::draw_exit_pad(const app::AppState& state, app::Requests& out) {
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float width = std::min(360.0f, avail.x);
  const float left = ImGui::GetCursorPosX() + (avail.x - width) / 2;
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() + avail.y * 0.08f);
  centred(t::kStaffOnly, fonts().large, ImGui::GetStyle().Colors[ImGuiCol_Text], width);
  ImGui::Spacing();
  const std::string dots(pin_.size(), '*');
  centred(dots.empty() ? " " : dots.c_str(), fonts().display, kAccent, width);
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float key = (width - 2 * gap) / 3;
  const char* const keys[] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", t::kDelete, "0"};
  ImGui::PushFont(fonts().large);
  for (int i = 0; i < 11; ++i) {
    if (i % 3 == 0)
      ImGui::SetCursorPosX(left);
    else
      ImGui::SameLine();
    if (ImGui::Button(keys[i], ImVec2(key, kKioskTarget))) {
      if (i == 9) {
        if (!pin_.empty()) pin_.pop_back();
      } else if (pin_.size() < 12) {
        pin_ += keys[i];
      }
    }
  }
  ImGui::PopFont();
  ImGui::Spacing();
  const app::KioskExit exit = state.kiosk.exit;
  if (exit != app::KioskExit::None) {
    ImGui::SetCursorPosX(left);
    ImGui::PushFont(fonts().large);
    ImGui::PushTextWrapPos(left + width);
    readable_text(exit == app::KioskExit::Locked ? t::kExitLocked : t::kExitWrong, "kiosk-exit",
                  static_cast<ImVec4>(kDanger));
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
  }
  ImGui::SetCursorPosX(left);
  if (big_button(t::kLeave, width)) {
    out.push(app::RequestLeaveKiosk{pin_});
    pin_.clear();
  }
  ImGui::SetCursorPosX(left);
  if (big_button(t::kCancel, width, false)) {
    exit_pad_ = false;
    pin_.clear();
  }
}

}  // namespace mend::ui
