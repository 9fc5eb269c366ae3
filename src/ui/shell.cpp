// The frame around every screen: the menu bar, the messages and one
// full-window host that the current screen draws into.
#include <algorithm>

#include "core/i18n/strings.hpp"
#include "core/model/lookup.hpp"
#include "ui/format.hpp"
#include "ui/keyboard_focus.hpp"
#include "ui/messages.hpp"
#include "ui/messages_case.hpp"
#include "ui/messages_lock.hpp"
#include "ui/messages_shell.hpp"
#include "ui/readable.hpp"
#include "ui/text_fields.hpp"
#include "ui/theme.hpp"
#include "ui/views.hpp"

namespace mend::ui {

void Shell::draw_menus(const app::AppState& state, app::Requests& out) {
  namespace t = shell_text;
  const bool signing_in = app::sign_in_needed(state);  // nobody's menus until someone signs in
  const TouchRows touch_rows;  // the menus' headers and items: a finger's height on a tablet
  if (!signing_in && ImGui::BeginMenu(t::kCases)) {
    if (ImGui::MenuItem(t::kNewCase, t::kNewCaseShortcut)) out.push(app::RequestNewCase{});
    if (ImGui::MenuItem(t::kCaseQueue)) out.push(app::RequestShowScreen{app::Screen::Queue});
    ImGui::EndMenu();
  }
  if (!signing_in && ImGui::MenuItem(case_text::kFollowUpsTitle)) {
    out.push(app::RequestShowScreen{app::Screen::FollowUps});
  }
  // The owner's side: the dashboard for those who manage; the editors for
  // everyone signed in, read-only for those who don't manage.
  if (!signing_in && may_manage(state.book, state.staff_id) && ImGui::MenuItem(t::kDashboard))
    out.push(app::RequestShowScreen{app::Screen::Dashboard});
  if (!signing_in && ImGui::BeginMenu(t::kBusiness)) {
    const auto open = [&](BusinessTab tab) {
      business_.open(tab);
      out.push(app::RequestShowScreen{app::Screen::Business});
    };
    if (ImGui::MenuItem(t::kCatalog)) open(BusinessTab::Catalog);
    if (ImGui::MenuItem(t::kStaffAndRoles)) open(BusinessTab::Staff);
    if (ImGui::MenuItem(t::kPlaybooks)) open(BusinessTab::Playbooks);
    if (ImGui::MenuItem(t::kSettings)) open(BusinessTab::Settings);
    // The kiosk: for those who manage, who alone may start it.
    if (may_manage(state.book, state.staff_id)) {
      ImGui::Separator();
      if (ImGui::MenuItem(t::kStartKiosk)) out.push(app::RequestEnterKiosk{});
    }
    ImGui::EndMenu();
  }
  if (!signing_in && ImGui::BeginMenu(t::kData)) {
    if (ImGui::MenuItem(t::kExportBook)) data_.open_export(state.now);
    if (ImGui::MenuItem(t::kExportCsv))
      out.push(
          app::RequestExportBook{app::ExportKind::CasesCsv, std::nullopt, std::nullopt, {}, {}});
    if (ImGui::MenuItem(t::kImportBook)) out.push(app::RequestPickImportFile{});
    ImGui::Separator();
    if (ImGui::MenuItem(t::kStorage)) out.push(app::RequestShowScreen{app::Screen::Data});
    // Locking again at once, for a tablet put down: it opens with the passcode.
    if (state.lock.phase == app::LockPhase::Open && ImGui::MenuItem(lock_text::kLockNow))
      out.push(app::RequestLockNow{});
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu(t::kHelp)) {
    // This device's text size: for a tablet read at arm's length, or eyes
    // that want larger type. Kept on the device, not in the book.
    if (ImGui::BeginMenu(t::kTextSize)) {
      for (float scale : app::kTextScales) {
        const std::string label = text_format(t::kTextSizePercent, static_cast<int>(scale * 100));
        if (ImGui::MenuItem(label.c_str(), nullptr, state.page.text_scale == scale))
          out.push(app::RequestTextSize{scale});
      }
      ImGui::EndMenu();
    }
    // This device's language, each named in itself so anyone finds their own.
    if (ImGui::BeginMenu(t::kLanguage)) {
      for (const LanguageName& language : screen_languages()) {
        const std::string name(language.name);
        if (ImGui::MenuItem(name.c_str(), nullptr, state.page.language == language.code))
          out.push(app::RequestLanguage{std::string(language.code)});
      }
      ImGui::EndMenu();
    }
    ImGui::Separator();
    ImGui::MenuItem("Mend " MEND_VERSION, nullptr, false, false);
    ImGui::MenuItem(t::kTagline, nullptr, false, false);
    ImGui::EndMenu();
  }
}

namespace {

// The width the menu bar's menus take side by side (a menu bar's item is its
// label with an item spacing either side).
float menus_width(const app::AppState& state) {
  namespace t = shell_text;
  const float spacing = 2 * ImGui::GetStyle().ItemSpacing.x;
  float width = ImGui::CalcTextSize(t::kHelp).x + spacing;
  if (!app::sign_in_needed(state))
    for (const char* label : {t::kCases, case_text::kFollowUpsTitle, t::kBusiness, t::kData})
      width += ImGui::CalcTextSize(label).x + spacing;
  if (!app::sign_in_needed(state) && may_manage(state.book, state.staff_id))
    width += ImGui::CalcTextSize(t::kDashboard).x + spacing;
  return width;
}

}  // namespace

void Shell::draw_main_menu(const app::AppState& state, app::Requests& out) {
  if (!ImGui::BeginMainMenuBar()) return;
  ImGui::PushFont(fonts().bold);
  ImGui::TextColored(kAccent, "Mend");
  ImGui::PopFont();
  const float bar = ImGui::GetWindowWidth();
  const float padding = ImGui::GetStyle().WindowPadding.x;
  // Storage status at the right edge: staff must know whether work is kept.
  const ImVec4 colour = state.storage.failure ? kDanger : kMuted;
  // With no network the status says so first: staff should know nothing is
  // lost by it (the tooltip says what needs the network: nothing).
  const std::string storage = state.page.online ? storage_text(state.storage)
                                                : text_format(shell_text::kOfflineStatus,
                                                              storage_text(state.storage).c_str());
  const float storage_width = ImGui::CalcTextSize(storage.c_str()).x;
  const float right_edge = bar - storage_width - 2 * padding;
  // On a narrow window (a phone) the menus fold into one, and who is signed
  // in gives way to the Switch user button, before anything overlaps.
  const bool fold =
      ImGui::GetCursorPosX() + menus_width(state) + desk_menu_width(state, DeskMenu::Full) >
      right_edge;
  if (fold) {
    if (ImGui::BeginMenu(shell_text::kMenu)) {
      draw_menus(state, out);
      ImGui::EndMenu();
    }
  } else {
    draw_menus(state, out);
  }
  const float menus_end = ImGui::GetCursorPosX();
  const DeskMenu desk = menus_end + desk_menu_width(state, DeskMenu::Full) > right_edge
                            ? DeskMenu::Button
                            : DeskMenu::Full;
  const float desk_left = right_edge - draw_desk_menu(state, out, right_edge, desk);
  draw_notice(state, menus_end, desk_left, out);
  ImGui::SetCursorPosX(std::max(menus_end, bar - storage_width - padding));
  ImGui::TextColored(colour, "%s", storage.c_str());
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip(
        "%s", (state.page.offline_ready ? shell_text::kWorksOffline : shell_text::kNotYetOffline)
                  .c_str());
  ImGui::EndMainMenuBar();
}

namespace {

// The message's text, wrapped before its buttons, then the buttons.
void draw_message_body(const BannerText& banner, float width, app::Requests& out) {
  const ImVec4 colour = banner.error ? kDanger : kOk;
  const ImGuiStyle& style = ImGui::GetStyle();
  const float dismiss = ImGui::CalcTextSize("Dismiss").x + 2 * style.FramePadding.x;
  const float export_now = banner.offer_export ? ImGui::CalcTextSize(kExportNowLabel).x +
                                                     2 * style.FramePadding.x + style.ItemSpacing.x
                                               : 0.0f;
  const float buttons = dismiss + export_now;
  const float wrap = std::max(80.0f, width - buttons - style.ItemSpacing.x);
  ImGui::AlignTextToFramePadding();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap);
  ImGui::TextColored(colour, "%s", banner.text.c_str());
  ImGui::PopTextWrapPos();
  ImGui::SameLine(ImGui::GetCursorStartPos().x + width - buttons);
  // The whole book, unsaved changes included: what the failing store cannot keep.
  if (banner.offer_export && ImGui::Button(kExportNowLabel))
    out.push(app::RequestExportBook{app::ExportKind::Book, std::nullopt, std::nullopt, {}, {}});
  if (banner.offer_export) ImGui::SameLine();
  if (ImGui::Button("Dismiss")) out.push(app::RequestDismissMessage{});
}

float message_height(const BannerText& banner, float width) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float buttons = ImGui::CalcTextSize("Dismiss").x + 2 * style.FramePadding.x +
                        (banner.offer_export ? ImGui::CalcTextSize(kExportNowLabel).x +
                                                   2 * style.FramePadding.x + style.ItemSpacing.x
                                             : 0.0f);
  const float wrap = std::max(80.0f, width - buttons - style.ItemSpacing.x);
  const float text_height = ImGui::CalcTextSize(banner.text.c_str(), nullptr, false, wrap).y;
  return std::max(ImGui::GetFrameHeight(), text_height + 2 * style.FramePadding.y) +
         2 * style.WindowPadding.y;
}

}  // namespace

// A notice sits in the menu bar, between the menus and who is at the desk. In
// the page's flow it would push the screen down, and when it cleared itself a
// few seconds later the screen would jump back up, moving a button from under
// a finger about to tap it. Tapping it dismisses it; where the bar has no room
// (a phone-narrow window) it is not shown: the screen shows what happened.
void draw_notice(const app::AppState& state, float left, float right, app::Requests& out) {
  const auto banner = state.banner ? banner_text(*state.banner) : std::nullopt;
  const ImGuiStyle& style = ImGui::GetStyle();
  const float room = right - left - 2 * style.ItemSpacing.x;
  if (room < ImGui::GetFontSize() * 6) return;
  // A new build waiting takes the same place when no notice is showing: it
  // stays until taken, so it must never push the screen either.
  if ((!banner || banner->error) && state.page.update_waiting) {
    ImGui::SetCursorPosX(left + style.ItemSpacing.x);
    if (state.page.update_wanted) {
      ImGui::TextColored(kMuted, "%s", fit_text(shell_text::kUpdating.c_str(), room).c_str());
    } else {
      // The longest wording that fits: a cut-off one would hide what to do.
      const char* wording = shell_text::kUpdateReadyShortest;
      for (const char* w : {shell_text::kUpdateReady, shell_text::kUpdateReadyShort})
        if (ImGui::CalcTextSize(w).x <= room) {
          wording = w;
          break;
        }
      const std::string shown = fit_text(wording, room);
      ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(kAccent));
      if (ImGui::Selectable((shown + "##update").c_str(), false, ImGuiSelectableFlags_None,
                            ImVec2(ImGui::CalcTextSize(shown.c_str()).x, 0)))
        out.push(app::RequestUpdateNow{});
      ImGui::PopStyleColor();
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", shell_text::kUpdateHint.c_str());
    }
    ImGui::SameLine();
    return;
  }
  if (!banner || banner->error) return;
  const std::string shown = fit_text(banner->text, room);
  ImGui::SetCursorPosX(left + style.ItemSpacing.x);
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(kOk));
  const std::string label = shown + "##notice";
  if (ImGui::Selectable(label.c_str(), false, ImGuiSelectableFlags_None,
                        ImVec2(ImGui::CalcTextSize(shown.c_str()).x, 0)))
    out.push(app::RequestDismissMessage{});
  ImGui::PopStyleColor();
  if (shown != banner->text && ImGui::IsItemHovered())
    ImGui::SetTooltip("%s", banner->text.c_str());
  ImGui::SameLine();
}

void draw_error_banner(const app::AppState& state, app::Requests& out) {
  const auto banner = state.banner ? banner_text(*state.banner) : std::nullopt;
  if (!banner || !banner->error) return;
  const ImGuiStyle& style = ImGui::GetStyle();
  const float width = ImGui::GetContentRegionAvail().x - 2 * style.WindowPadding.x;
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(kDanger.tint(0.10f)));
  ImGui::BeginChild("##message", ImVec2(0, message_height(*banner, width)), true,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  draw_message_body(*banner, width, out);
  ImGui::EndChild();
  ImGui::PopStyleColor();
}

namespace {

// The shortcut the Cases menu shows beside "New case": N, when no field takes
// the typing and no popup is open. It comes as a key (the platform's codes
// are GLFW's, the capital letters' ASCII) when the page has the keyboard, or
// as a character when the hidden text input still has it.
bool new_case_shortcut(const app::AppState& state) {
  const ImGuiIO& io = ImGui::GetIO();
  if (app::sign_in_needed(state) || app::first_run(state) || io.WantTextInput || io.KeyCtrl ||
      io.KeyAlt || io.KeySuper ||
      ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel))
    return false;
  constexpr int kKeyN = 'N';
  if (ImGui::IsKeyPressed(kKeyN, false)) return true;
  for (const ImWchar c : io.InputQueueCharacters)
    if (c == 'n' || c == 'N') return true;
  return false;
}

}  // namespace

void Shell::draw(const app::AppState& state, app::Requests& out) {
  // A locked book shows nothing but the lock screen, before the kiosk too.
  if (state.lock.phase == app::LockPhase::Locked) {
    keep_typing_on_escape();
    lock_.draw(state, out);
    return;
  }
  // A kiosk is the whole screen: no menu bar, no banner, no dialog of the desk.
  if (state.kiosk.on) {
    note_desk_activity(out);
    keep_typing_on_escape();
    kiosk_.draw(state, out);
    return;
  }
  intake_.follow(state);  // even off screen: the form must hear that its case opened
  case_.follow(state);
  first_run_.follow(state);
  sign_in_.follow(state);
  note_desk_activity(out);
  keep_typing_on_escape();
  keyboard_.begin_frame();
  draw_main_menu(state, out);
  if (new_case_shortcut(state)) out.push(app::RequestNewCase{});
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  constexpr ImGuiWindowFlags host = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                    ImGuiWindowFlags_NoSavedSettings |
                                    ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin(kHostWindow, nullptr, host);
  const bool tab_stops =
      begin_tab_stops();  // Tab reaches buttons and dropdowns too (keyboard_focus.hpp)
  draw_error_banner(state, out);
  if (!draw_desk_screen(state, out)) switch (state.screen) {
      case app::Screen::Queue:
        queue_.draw(state, out);
        break;
      case app::Screen::NewCase:
        intake_.draw(state, out);
        break;
      case app::Screen::CaseDetail:
        case_.draw(state, out);
        break;
      case app::Screen::FollowUps:
        draw_follow_ups(state, out);
        break;
      case app::Screen::Data:
        data_.draw(state, out);
        break;
      case app::Screen::Dashboard:
        dashboard_.draw(state, out);
        break;
      case app::Screen::Business:
        business_.draw(state, out);
        break;
    }
  data_.draw_export_dialog(out);
  draw_import_dialog(state, out);
  end_tab_stops(tab_stops);
  ImGui::End();
  keyboard_.end_frame();
}

}  // namespace mend::ui
