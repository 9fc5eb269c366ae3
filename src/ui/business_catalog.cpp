#include "ui/business_catalog.hpp"

namespace mend::ui {

void CatalogEditor::draw(const app::AppState&, app::Requests&, bool) {}

}  // namespace mend::ui
