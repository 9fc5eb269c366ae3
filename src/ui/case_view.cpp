// One case: who, what went wrong, and the playbook's steps to follow.
#include <string>
#include <utility>

#include "app/book_terms.hpp"
#include "core/case/clocks.hpp"
#include "core/model/vocabulary.hpp"
#include "core/playbook/playbooks.hpp"
#include "ui/format.hpp"
#include "ui/theme.hpp"
#include "ui/views.hpp"

namespace mend::ui {
namespace {

void draw_steps(const Book& book, const CaseState& state) {
  const Playbook* playbook = find_playbook(book, state.playbook_id, state.playbook_version);
  if (!playbook) {
    ImGui::TextColored(kDanger, "Playbook %s (version %d) is missing from this book.",
                       state.playbook_id.c_str(), state.playbook_version);
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

void draw_case(const app::AppState& state, app::Requests& out) {
  if (ImGui::Button("< Queue")) out.push(app::RequestShowScreen{app::Screen::Queue});
  const CaseState* c = state.derived.case_state(state.selected_case);
  if (!c) {
    ImGui::TextColored(kDanger, "This case is not in the book.");
    return;
  }
  ImGui::SameLine();
  ImGui::PushFont(fonts().title);
  ImGui::Text("Case %s", c->reference.c_str());
  ImGui::PopFont();
  ImGui::Separator();
  const std::string kind = term_label(app::vocabulary(state.book).failure_kinds, c->category);
  const Customer& who = c->customer;
  const char* separator = who.name.empty() || who.contact.empty() ? "" : "  \u00b7  ";
  ImGui::Text("%s%s%s", who.name.c_str(), separator, who.contact.c_str());
  ImGui::Text("%s, severity %d of 5, opened %s", kind.c_str(), c->severity,
              local_time_text(c->opened_at).c_str());
  if (!c->customer_words.empty())
    ImGui::TextWrapped("In their words: \"%s\"", c->customer_words.c_str());
  // A second failure ("double deviation") needs more than the first did.
  if (const std::size_t earlier = state.derived.prior_failures(*c); earlier == 1)
    ImGui::TextColored(kDanger, "Failed this customer 1 time before: recover generously.");
  else if (earlier > 1)
    ImGui::TextColored(kDanger, "Failed this customer %zu times before: recover generously.",
                       earlier);
  // O(events of this case): the three clocks tick on screen.
  draw_clocks(case_clocks(state.book, *c, state.now));
  ImGui::Separator();
  ImGui::BeginChild("##steps");
  draw_steps(state.book, *c);
  ImGui::EndChild();
}

}  // namespace mend::ui
