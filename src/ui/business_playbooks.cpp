#include "ui/business_playbooks.hpp"

namespace mend::ui {

void PlaybookEditor::draw(const app::AppState&, app::Requests&, bool) {}

}  // namespace mend::ui
