// New case: the intake form. Staff fill it in while the customer is still
// there, so it asks only what the recovery needs and keeps their own words.
#include <string>

#include "app/vocabulary.hpp"
#include "core/playbook/playbooks.hpp"
#include "ui/text_fields.hpp"
#include "ui/theme.hpp"
#include "ui/views.hpp"

namespace mend::ui {
namespace {

constexpr float kLabelWidth = 190;

void label(const char* text) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(text);
  ImGui::SameLine(kLabelWidth);
  ImGui::SetNextItemWidth(-1);
}

template <std::size_t N>
void choice_combo(const char* id, const std::array<app::Choice, N>& choices, std::string& value) {
  const std::string current(app::label_of(choices, value));
  if (!ImGui::BeginCombo(id, current.c_str())) return;
  for (const app::Choice& c : choices) {
    const std::string text(c.label);
    if (ImGui::Selectable(text.c_str(), c.id == value)) value = std::string(c.id);
  }
  ImGui::EndCombo();
}

void playbook_combo(std::string& playbook_id) {
  const auto& playbooks = builtin_playbooks();
  std::string current = playbook_id;
  for (const Playbook& p : playbooks)
    if (p.id == playbook_id) current = p.name;
  if (!ImGui::BeginCombo("##playbook", current.c_str())) return;
  for (const Playbook& p : playbooks)
    if (ImGui::Selectable(p.name.c_str(), p.id == playbook_id)) playbook_id = p.id;
  ImGui::EndCombo();
}

}  // namespace

void draw_intake(const app::AppState&, app::IntakeDraft& draft, app::Commands& out) {
  ImGui::PushFont(fonts().title);
  ImGui::TextUnformatted("New case");
  ImGui::PopFont();
  ImGui::TextColored(kMuted, "Listen first. Write down what the customer says, in their words.");
  ImGui::Separator();

  // A form wider than ~820 px is hard to scan on a desk monitor.
  const float form_width = ImGui::GetContentRegionAvail().x < 820 ? 0.0f : 820.0f;
  ImGui::BeginChild("##intake-form", ImVec2(form_width, -ImGui::GetFrameHeightWithSpacing() - 12));
  ImGui::PushFont(fonts().bold);
  ImGui::TextUnformatted("Customer");
  ImGui::PopFont();
  label("Name");
  input_text("##name", &draft.customer_name);
  label("Phone or e-mail");
  input_text("##contact", &draft.contact);
  label("Segment");
  choice_combo("##segment", app::kSegments, draft.segment);
  label("Value to the business");
  choice_combo("##tier", app::kValueTiers, draft.value_tier);

  ImGui::Spacing();
  ImGui::PushFont(fonts().bold);
  ImGui::TextUnformatted("What went wrong");
  ImGui::PopFont();
  label("Kind of failure");
  choice_combo("##category", app::kFailureCategories, draft.category);
  label("Severity");
  ImGui::SliderInt("##severity", &draft.severity, 1, 5, "%d of 5");
  label("Channel");
  choice_combo("##channel", app::kChannels, draft.channel);
  label("In their words");
  input_text_multiline("##words", &draft.customer_words, ImVec2(-1, 90));
  label("What they want");
  input_text("##wants", &draft.customer_wants);
  label("Playbook");
  playbook_combo(draft.playbook_id);
  ImGui::EndChild();

  ImGui::Separator();
  if (primary_button("Open case", ImVec2(160, 0))) out.push(app::SubmitIntake{draft});
  ImGui::SameLine();
  if (ImGui::Button("Cancel", ImVec2(120, 0))) out.push(app::ShowScreen{app::Screen::Queue});
}

}  // namespace mend::ui
