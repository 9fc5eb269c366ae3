#include "ui/business_playbooks.hpp"

#include <algorithm>
#include <utility>

#include "core/base/money.hpp"
#include "core/playbook/playbooks.hpp"
#include "ui/format.hpp"
#include "ui/messages_business.hpp"
#include "ui/readable.hpp"
#include "ui/text_fields.hpp"
#include "ui/theme.hpp"

namespace mend::ui {
namespace {

namespace t = business_text;

constexpr int kClockUnit[3] = {60, 3600, 3600};  // minutes, hours, hours
constexpr const char* kClockField[3] = {"first_response_seconds", "recovery_seconds",
                                        "follow_up_seconds"};

std::optional<int>* clock_of(Playbook& p, int i) {
  return i == 0 ? &p.first_response_seconds : i == 1 ? &p.recovery_seconds : &p.follow_up_seconds;
}

std::string number_text(int seconds, int unit) {
  return seconds % unit == 0 ? std::to_string(seconds / unit)
                             : text_format("%.2f", static_cast<double>(seconds) / unit);
}

std::string with_id(const char* label, const std::string& id) {
  return std::string(label) + "##" + id;
}

}  // namespace

void PlaybookEditor::start(const Playbook& p, bool is_new) {
  Draft d;
  d.is_new = is_new;
  d.playbook = p;
  d.playbook.steps.clear();
  if (is_new) {
    d.playbook.id.clear();  // made from the name on save
    d.playbook.name = text_format(t::kCopyNameFormat, p.name.c_str());
    d.playbook.builtin = false;
  }
  for (const Step& s : p.steps)
    d.steps.push_back(StepDraft{s, form::join_lines(s.phrases), form::join_lines(s.choices),
                                number_text(s.target_seconds, 60)});
  for (int i = 0; i < 3; ++i) {
    const std::optional<int>& c = *clock_of(d.playbook, i);
    d.own_clock[i] = c.has_value();
    d.clock_text[i] = c ? number_text(*c, kClockUnit[i]) : "";
  }
  draft_ = std::move(d);
  save_ = {};
}

void PlaybookEditor::draw(const app::AppState& state, app::Requests& out, bool may_edit) {
  if (save_.note(state, app::EditKind::Playbook)) draft_.reset();
  if (!may_edit) draft_.reset();
  if (draft_) return draw_form(state, out);
  if (save_.saved) {
    ImGui::TextColored(kMuted, "%s", t::kOpenCasesKeep.c_str());
    form::save_status(state, save_);
  }
  draw_list(state, may_edit);
}

void PlaybookEditor::draw_list(const app::AppState& state, bool may_edit) {
  // The business's own first, then the built-ins to copy from.
  std::vector<const Playbook*> all = available_playbooks(state.book);
  std::stable_partition(all.begin(), all.end(), [](const Playbook* p) { return !p->builtin; });
  for (const Playbook* p : all) {
    // A built-in in the screen's language (its copy too); the business's own as written.
    const Playbook& shown = shown_playbook(*p, screen_language());
    const std::string origin =
        p->builtin ? std::string(t::kBuiltIn) : text_format(t::kOurs, p->version);
    const std::string line =
        text_format(t::kPlaybookLine, shown.name.c_str(), origin.c_str(), shown.steps.size());
    if (may_edit) {
      // Built-ins are shared by every Mend: the business changes a copy.
      const bool copy = p->builtin;
      if (ImGui::Button(with_id(copy ? t::kCopyToOwn : t::kEdit, (copy ? "copy-" : "edit-") + p->id)
                            .c_str())) {
        start(shown, copy);
        return;
      }
      ImGui::SameLine();
    }
    // Its id the same in every language: an open playbook stays open.
    if (!ImGui::TreeNode((line + "###playbook-" + p->id).c_str())) continue;
    if (!shown.summary.empty()) ImGui::TextWrapped("%s", shown.summary.c_str());
    if (shown.strict_order) ImGui::TextColored(kMuted, "%s", t::kStrictOrder.c_str());
    for (std::size_t i = 0; i < shown.steps.size(); ++i)
      ImGui::TextWrapped(t::kStepLine, i + 1, shown.steps[i].title.c_str());
    ImGui::TreePop();
  }
}

void PlaybookEditor::draw_step(std::size_t i, bool& remove, int& move) {
  StepDraft& sd = draft_->steps[i];
  Step& s = sd.step;
  const std::string where = "steps[" + std::to_string(i) + "]";
  ImGui::PushID(static_cast<int>(i));
  ImGui::Separator();
  ImGui::PushFont(fonts().bold);
  ImGui::AlignTextToFramePadding();
  ImGui::Text(t::kStepFormat, static_cast<int>(i) + 1);
  ImGui::PopFont();
  ImGui::SameLine();
  if (ImGui::Button(with_id(t::kUp, "step-up").c_str()) && i > 0) move = -1;
  ImGui::SameLine();
  if (ImGui::Button(with_id(t::kDown, "step-down").c_str())) move = +1;
  ImGui::SameLine();
  if (ImGui::Button(with_id(t::kRemove, "step-remove").c_str())) remove = true;
  if (new_step_ == i) {
    ImGui::SetScrollHereY(0.0f);
    ImGui::SetKeyboardFocusHere();  // the title field (its label is no item)
    new_step_.reset();
  }
  form::text(t::kTitle, "##step-title", &s.title);
  form::error_for(save_.error, where + ".title");
  form::error_for(save_.error, where + ".id");
  form::lines(t::kGuidance, "##step-guidance", &s.guidance, ImGui::GetTextLineHeight() * 3.5f);
  form::lines(t::kPhrases, "##step-phrases", &sd.phrases, ImGui::GetTextLineHeight() * 3.5f);
  form::label(t::kRecordWhat);
  const int record = static_cast<int>(s.record);
  if (begin_combo(t::kRecordWhat, "##step-record", t::kRecordNames[record])) {
    for (int r = 0; r < 3; ++r)
      if (ImGui::Selectable(t::kRecordNames[r], r == record)) s.record = static_cast<Record>(r);
    end_combo();
  }
  if (s.record == Record::Choice)
    form::lines(t::kChoices, "##step-choices", &sd.choices, ImGui::GetTextLineHeight() * 3.5f);
  form::error_for(save_.error, where + ".choices");
  ImGui::Checkbox(with_id(t::kRequired, "step-required").c_str(), &s.required);
  form::amount(t::kStepTarget, "##step-target", &sd.target_minutes);
  form::error_for(save_.error, where + ".target_seconds");
  ImGui::PopID();
}

void PlaybookEditor::draw_form(const app::AppState& state, app::Requests& out) {
  Draft& d = *draft_;
  Playbook& p = d.playbook;
  ImGui::PushFont(fonts().bold);
  if (d.is_new) {
    ImGui::TextWrapped("%s", t::kNewPlaybook.c_str());
  } else {
    const Playbook* latest = latest_playbook(state.book, p.id);
    ImGui::TextWrapped(t::kEditingFormat, p.name.c_str(), latest ? latest->version + 1 : 1);
  }
  ImGui::PopFont();
  if (primary_button(with_id(t::kSave, "playbook").c_str()))
    if (std::optional<Playbook> made = read_draft())
      out.push(app::RequestSavePlaybook{std::move(*made), d.is_new});
  ImGui::SameLine();
  // A new step goes last; the form scrolls to it and its title takes the typing.
  if (ImGui::Button(with_id(t::kAddStep, "add-step").c_str())) {
    d.steps.push_back(StepDraft{Step{}, "", "", "0"});
    new_step_ = d.steps.size() - 1;
  }
  ImGui::SameLine();
  if (ImGui::Button(with_id(t::kCancel, "playbook").c_str())) {
    draft_.reset();
    save_ = {};
    return;
  }
  form::save_status(state, save_);
  // "No steps" belongs to no one step: it shows here (a step's own error shows beside it).
  if (save_.error && save_.error->where == "steps") form::error_other(save_.error, {});
  form::error_other(save_.error, {"id", "name", "steps", "targets", "first_response_seconds",
                                  "recovery_seconds", "follow_up_seconds"});
  ImGui::BeginChild("##playbook-form", ImVec2(0, 0), false);
  form::text(t::kName, "##playbook-name", &p.name);
  form::error_for(save_.error, "name");
  form::error_for(save_.error, "id");
  form::lines(t::kSummary, "##playbook-summary", &p.summary, ImGui::GetTextLineHeight() * 3);
  ImGui::Checkbox(with_id(t::kStrictOrderBox, "playbook-strict").c_str(), &p.strict_order);
  const char* clock_names[3] = {t::kFirstResponse, t::kRecovery, t::kFollowUp};
  const char* clock_units[3] = {t::kMinutes, t::kHours, t::kHours};
  for (int i = 0; i < 3; ++i) {
    ImGui::PushID(i);
    ImGui::Checkbox(
        text_format("%s: %s (%s)##own-clock", t::kOverride.c_str(), clock_names[i], clock_units[i])
            .c_str(),
        &d.own_clock[i]);
    if (d.own_clock[i]) {
      ImGui::SameLine();
      ImGui::SetNextItemWidth(120);
      input_text("##clock", &d.clock_text[i], ImGuiInputTextFlags_CharsDecimal);
    }
    form::error_for(save_.error, kClockField[i]);
    ImGui::PopID();
  }
  form::error_for(save_.error, "targets");
  ImGui::Spacing();
  ImGui::PushFont(fonts().bold);
  ImGui::TextUnformatted(t::kStepsHeading);
  ImGui::PopFont();
  std::optional<std::size_t> remove_at;
  std::optional<std::pair<std::size_t, int>> move_at;
  for (std::size_t i = 0; i < d.steps.size(); ++i) {
    bool remove = false;
    int move = 0;
    draw_step(i, remove, move);
    if (remove) remove_at = i;
    if (move != 0) move_at = std::make_pair(i, move);
  }
  // Changed after the loop, so no step's fields move under the frame.
  if (remove_at) d.steps.erase(d.steps.begin() + static_cast<std::ptrdiff_t>(*remove_at));
  if (move_at) {
    const auto [i, by] = *move_at;
    const std::size_t j = by < 0 ? i - 1 : i + 1;
    if (j < d.steps.size()) std::swap(d.steps[i], d.steps[j]);
  }
  ImGui::EndChild();
}

std::optional<Playbook> PlaybookEditor::read_draft() {
  Draft& d = *draft_;
  Playbook p = d.playbook;
  for (int i = 0; i < 3; ++i) {
    std::optional<int>* clock = clock_of(p, i);
    clock->reset();
    if (!d.own_clock[i]) continue;
    const std::optional<Cents> hundredths = parse_money(d.clock_text[i]);
    if (!hundredths || *hundredths <= 0 || *hundredths > 100LL * 24 * 366) {
      save_.error = Error{kClockField[i], t::kNotAWholeNumber.c_str()};
      return std::nullopt;
    }
    *clock = static_cast<int>(*hundredths * kClockUnit[i] / 100);
  }
  for (std::size_t i = 0; i < d.steps.size(); ++i) {
    Step s = d.steps[i].step;
    s.phrases = form::split_lines(d.steps[i].phrases);
    s.choices = s.record == Record::Choice ? form::split_lines(d.steps[i].choices)
                                           : std::vector<std::string>{};
    const std::optional<Cents> minutes = parse_money(
        d.steps[i].target_minutes.empty() ? std::string("0") : d.steps[i].target_minutes);
    if (!minutes) {
      save_.error =
          Error{"steps[" + std::to_string(i) + "].target_seconds", t::kNotAWholeNumber.c_str()};
      return std::nullopt;
    }
    s.target_seconds = static_cast<int>(*minutes * 60 / 100);
    p.steps.push_back(std::move(s));
  }
  return p;
}

}  // namespace mend::ui
