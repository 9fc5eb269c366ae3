#include "ui/business_staff.hpp"

namespace mend::ui {

void StaffEditor::draw(const app::AppState&, app::Requests&, bool) {}

}  // namespace mend::ui
