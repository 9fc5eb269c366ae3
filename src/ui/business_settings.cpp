#include "ui/business_settings.hpp"

namespace mend::ui {

void SettingsEditor::draw(const app::AppState&, app::Requests&, bool) {}

}  // namespace mend::ui
