#include "ui/lock_settings.hpp"

#include <optional>

#include "ui/editor_form.hpp"
#include "ui/messages_lock.hpp"
#include "ui/readable.hpp"
#include "ui/text_fields.hpp"
#include "ui/theme.hpp"

namespace mend::ui {
namespace t = lock_text;

void LockSettings::wipe() {
  wipe_secret(current_);
  wipe_secret(passcode_);
  wipe_secret(repeat_);
}

void LockSettings::draw(const app::AppState& state, app::Requests& out) {
  ImGui::PushID("passcode-lock");
  form::heading(t::kHeading);
  const app::LockState& lock = state.lock;
  // The idle field follows the lock's time until someone edits it.
  const int minutes = lock.passcode_set() ? lock.idle_minutes : app::kDefaultLockIdleMinutes;
  if (idle_based_on_ != minutes) {
    idle_ = std::to_string(minutes);
    idle_based_on_ = minutes;
  }
  if (lock.working) {
    draw_progress(state);
  } else if (lock.phase == app::LockPhase::Open) {
    draw_on(state, out);
  } else if (lock.phase == app::LockPhase::Off) {
    draw_off(state, out);
  }
  if (!error_.empty())
    readable_text(tr(error_.c_str()), "passcode-error", static_cast<ImVec4>(kDanger));
  ImGui::PopID();
}

void LockSettings::draw_off(const app::AppState&, app::Requests& out) {
  ImGui::PushTextWrapPos(0);
  ImGui::TextColored(kMuted, "%s", t::kOffNote.c_str());
  ImGui::PopTextWrapPos();
  form::text(t::kNewPasscode, "##new-passcode", &passcode_, TextKind::Secret);
  form::text(t::kRepeatPasscode, "##repeat-passcode", &repeat_, TextKind::Secret);
  form::whole(t::kIdleMinutes, "##lock-idle", &idle_);
  if (ImGui::Button(t::kSet)) {
    const std::optional<int> idle = form::parse_whole(idle_);
    std::optional<Error> wrong = app::check_new_passcode(passcode_, repeat_);
    if (!wrong) wrong = app::check_lock_idle(idle.value_or(0));
    error_ = wrong ? wrong->why : std::string();
    if (!wrong) {
      out.push(app::RequestSetPasscode{passcode_, repeat_, *idle});
      wipe();
    }
  }
}

void LockSettings::draw_on(const app::AppState&, app::Requests& out) {
  ImGui::PushTextWrapPos(0);
  ImGui::TextColored(kOk, "%s", t::kOnNote.c_str());
  ImGui::PopTextWrapPos();
  form::whole(t::kIdleMinutes, "##lock-idle", &idle_);
  if (ImGui::Button(t::kSaveIdle)) {
    const std::optional<int> idle = form::parse_whole(idle_);
    const std::optional<Error> wrong = app::check_lock_idle(idle.value_or(0));
    error_ = wrong ? wrong->why : std::string();
    if (!wrong) out.push(app::RequestLockIdleTime{*idle});
  }
  ImGui::Spacing();
  form::text(t::kCurrentPasscode, "##current-passcode", &current_, TextKind::Secret);
  form::text(t::kNewPasscode, "##new-passcode", &passcode_, TextKind::Secret);
  form::text(t::kRepeatPasscode, "##repeat-passcode", &repeat_, TextKind::Secret);
  if (ImGui::Button(t::kChange)) {
    const std::optional<Error> wrong =
        current_.empty() ? std::optional<Error>(Error{"current", t::kTypeCurrent.english()})
                         : app::check_new_passcode(passcode_, repeat_);
    error_ = wrong ? wrong->why : std::string();
    if (!wrong) {
      out.push(app::RequestChangePasscode{current_, passcode_, repeat_});
      wipe();
    }
  }
  ImGui::SameLine();
  // Removing needs only the current passcode: the book is decrypted in place.
  if (ImGui::Button(t::kRemove)) {
    error_ = current_.empty() ? std::string(t::kTypeCurrent.english()) : std::string();
    if (!current_.empty()) {
      out.push(app::RequestRemovePasscode{current_});
      wipe();
    }
  }
  ImGui::SameLine();
  if (ImGui::Button(t::kLockNow)) out.push(app::RequestLockNow{});
}

void LockSettings::draw_progress(const app::AppState& state) {
  const app::LockState& lock = state.lock;
  if (lock.to_migrate > 0 &&
      (lock.working == app::LockAction::Set || lock.working == app::LockAction::Remove)) {
    ImGui::TextColored(
        kMuted, lock.working == app::LockAction::Set ? t::kEncryptingFormat : t::kDecryptingFormat,
        lock.migrated, lock.to_migrate);
    ImGui::ProgressBar(static_cast<float>(lock.migrated) / static_cast<float>(lock.to_migrate),
                       ImVec2(-1, 0), "");
  } else {
    ImGui::TextColored(kMuted, "%s", t::kWorking.c_str());
  }
}

}  // namespace mend::ui
