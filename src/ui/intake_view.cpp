// New case: the intake form. Staff fill it in while the customer is still
// there, so it asks only what the recovery needs and keeps their own words.
#include <string>
#include <variant>
#include <vector>

#include "app/book_terms.hpp"
#include "core/model/vocabulary.hpp"
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

// The vocabulary's terms still offered; a stored id it doesn't list reads
// well anyway (term_label).
void term_combo(const char* id, const std::vector<Term>& terms, std::string& value) {
  if (!ImGui::BeginCombo(id, term_label(terms, value).c_str())) return;
  for (const Term& t : terms) {
    if (t.retired) continue;
    if (ImGui::Selectable(t.label.c_str(), t.id == value)) value = t.id;
  }
  ImGui::EndCombo();
}

void playbook_combo(const Book& book, std::string& playbook_id) {
  const Playbook* current = latest_playbook(book, playbook_id);
  if (!ImGui::BeginCombo("##playbook", current ? current->name.c_str() : playbook_id.c_str()))
    return;
  // Built-ins and the business's own, each at its latest version.
  for (const Playbook* p : available_playbooks(book))
    if (ImGui::Selectable(p->name.c_str(), p->id == playbook_id)) playbook_id = p->id;
  ImGui::EndCombo();
}

// Keeps a default the vocabulary still offers, else its first term.
void offered_or_first(const std::vector<Term>& terms, std::string& value) {
  if (const Term* t = find_term(terms, value); t && !t->retired) return;
  for (const Term& t : terms) {
    if (!t.retired) {
      value = t.id;
      return;
    }
  }
}

}  // namespace

void IntakeForm::reset(const Book& book) {
  draft_ = app::IntakeData{};
  const Vocabulary& words = app::vocabulary(book);
  offered_or_first(words.segments, draft_.segment);
  offered_or_first(words.value_tiers, draft_.value_tier);
  offered_or_first(words.channels, draft_.channel);
  offered_or_first(words.failure_kinds, draft_.category);
  if (!latest_playbook(book, draft_.playbook_id)) {
    const auto playbooks = available_playbooks(book);
    if (!playbooks.empty()) draft_.playbook_id = playbooks.front()->id;
  }
}

void IntakeForm::follow(const app::AppState& state) {
  for (const app::AppOutcome& o : state.outcomes) {
    if (std::holds_alternative<app::IntakeStarted>(o) || std::holds_alternative<app::CaseOpened>(o))
      reset(state.book);
  }
}

void IntakeForm::draw(const app::AppState& state, app::Requests& out) {
  const Vocabulary& words = app::vocabulary(state.book);
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
  input_text("##name", &draft_.customer_name);
  label("Phone or e-mail");
  input_text("##contact", &draft_.contact);
  label("Segment");
  term_combo("##segment", words.segments, draft_.segment);
  label("Value to the business");
  term_combo("##tier", words.value_tiers, draft_.value_tier);

  ImGui::Spacing();
  ImGui::PushFont(fonts().bold);
  ImGui::TextUnformatted("What went wrong");
  ImGui::PopFont();
  label("Kind of failure");
  term_combo("##category", words.failure_kinds, draft_.category);
  label("Severity");
  // NoInput: Ctrl+click typing would make the slider a text field, and a tap
  // on a tablet would raise the on-screen keyboard for a 1-to-5 choice.
  ImGui::SliderInt("##severity", &draft_.severity, 1, 5, "%d of 5", ImGuiSliderFlags_NoInput);
  label("Channel");
  term_combo("##channel", words.channels, draft_.channel);
  label("In their words");
  input_text_multiline("##words", &draft_.customer_words, ImVec2(-1, 90));
  label("What they want");
  input_text("##wants", &draft_.customer_wants);
  label("Playbook");
  playbook_combo(state.book, draft_.playbook_id);
  ImGui::EndChild();

  ImGui::Separator();
  if (primary_button("Open case", ImVec2(160, 0))) out.push(app::RequestOpenCase{draft_});
  ImGui::SameLine();
  if (ImGui::Button("Cancel", ImVec2(120, 0))) out.push(app::RequestShowScreen{app::Screen::Queue});
}

}  // namespace mend::ui
