#include "ui/business_playbooks.hpp"

#include "core/playbook/playbooks.hpp"
#include "ui/format.hpp"
#include "ui/messages_business.hpp"
#include "ui/theme.hpp"

namespace mend::ui {

void PlaybookEditor::draw(const app::AppState& state, app::Requests&, bool) {
  namespace t = business_text;
  for (const Playbook* p : available_playbooks(state.book)) {
    const std::string origin =
        p->builtin ? std::string(t::kBuiltIn) : text_format(t::kOurs, p->version);
    const std::string line =
        text_format(t::kPlaybookLine, p->name.c_str(), origin.c_str(), p->steps.size());
    if (!ImGui::TreeNode((line + "##playbook-" + p->id).c_str())) continue;
    if (!p->summary.empty()) ImGui::TextWrapped("%s", p->summary.c_str());
    if (p->strict_order) ImGui::TextColored(kMuted, "%s", t::kStrictOrder);
    for (std::size_t i = 0; i < p->steps.size(); ++i)
      ImGui::TextWrapped(t::kStepLine, i + 1, p->steps[i].title.c_str());
    ImGui::TreePop();
  }
}

}  // namespace mend::ui
