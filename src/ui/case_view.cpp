// One case: who, what went wrong, and the playbook's steps to follow.
#include <string>
#include <utility>

#include "app/vocabulary.hpp"
#include "core/case/case_state.hpp"
#include "core/playbook/playbooks.hpp"
#include "ui/format.hpp"
#include "ui/theme.hpp"
#include "ui/views.hpp"

namespace mend::ui {
namespace {

void draw_steps(const Book& book, const Opened& opened) {
  const Playbook* playbook = find_playbook(book, opened.playbook_id, opened.playbook_version);
  if (!playbook) {
    ImGui::TextColored(kDanger, "Playbook %s (version %d) is missing from this book.",
                       opened.playbook_id.c_str(), opened.playbook_version);
    return;
  }
  ImGui::PushFont(fonts().bold);
  ImGui::Text("%s", playbook->name.c_str());
  ImGui::PopFont();
  ImGui::TextColored(kMuted, "%s", playbook->summary.c_str());
  int number = 1;
  for (const Step& step : playbook->steps) {
    ImGui::Spacing();
    ImGui::PushFont(fonts().bold);
    ImGui::Text("%d. %s", number++, step.title.c_str());
    ImGui::PopFont();
    ImGui::TextWrapped("%s", step.guidance.c_str());
    for (const std::string& phrase : step.phrases) ImGui::BulletText("\"%s\"", phrase.c_str());
  }
}

void draw_clocks(const CaseClocks& clocks) {
  const std::pair<const Clock*, const char*> rows[] = {{&clocks.first_response, "First response"},
                                                       {&clocks.recovery, "Recovery"},
                                                       {&clocks.follow_up, "Follow-up"}};
  for (const auto& [clock, label] : rows) {
    const ImVec4 colour = clock->missed() ? kDanger : clock->met() ? kOk : kMuted;
    ImGui::TextColored(colour, "%s: %s", label, clock_text(*clock).c_str());
    ImGui::SameLine(0, 28);
  }
  ImGui::NewLine();
}

}  // namespace

void draw_case(const app::AppState& state, app::Commands& out) {
  if (ImGui::Button("< Queue")) out.push(app::ShowScreen{app::Screen::Queue});
  const Case* c = find_case(state.book, state.selected_case);
  const Opened* opened = c ? case_opened(*c) : nullptr;
  if (!opened) {
    ImGui::TextColored(kDanger, "This case is not in the book.");
    return;
  }
  ImGui::SameLine();
  ImGui::PushFont(fonts().title);
  ImGui::Text("Case %s", opened->reference.c_str());
  ImGui::PopFont();
  ImGui::Separator();
  const std::string category(app::label_of(app::kFailureCategories, opened->category));
  const Customer& who = opened->customer;
  const char* separator = who.name.empty() || who.contact.empty() ? "" : "  \u00b7  ";
  ImGui::Text("%s%s%s", who.name.c_str(), separator, who.contact.c_str());
  ImGui::Text("%s, severity %d of 5, opened %s", category.c_str(), opened->severity,
              local_time_text(c->events.front().at).c_str());
  if (!opened->customer_words.empty())
    ImGui::TextWrapped("In their words: \"%s\"", opened->customer_words.c_str());
  // A second failure ("double deviation") needs more than the first did.
  const auto earlier = prior_failures(state.book, *c);
  if (!earlier.empty())
    ImGui::TextColored(kDanger, "Failed this customer %zu time%s before: recover generously.",
                       earlier.size(), earlier.size() == 1 ? "" : "s");
  draw_clocks(case_clocks(state.book, *c, state.now));
  ImGui::Separator();
  ImGui::BeginChild("##steps");
  draw_steps(state.book, *opened);
  ImGui::EndChild();
}

}  // namespace mend::ui
