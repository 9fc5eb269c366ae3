// The business screen's catalog tab (BusinessScreen draws it): the items
// staff may offer, and for a managing role the form that adds or changes one,
// showing a new item's worth-to-cost ratio as it is typed.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "app/app_state.hpp"
#include "ui/editor_form.hpp"

namespace mend::ui {

class CatalogEditor {
 public:
  // may_edit false: read-only (the signed-in role does not manage).
  void draw(const app::AppState& state, app::Requests& out, bool may_edit);

 private:
  // The form's draft, as typed: amounts stay text until Save.
  struct Draft {
    bool is_new = true;
    std::string id, name, category = "gesture", cost, value, tags, stock, budget;
    std::vector<std::string> kinds, segments;
    enum class Limit { None, Stock, Budget } limit = Limit::None;
    bool active = true;
  };
  void start(const CatalogItem& item, bool is_new);
  void draw_table(const app::AppState& state, bool may_edit, float height);
  void draw_form(const app::AppState& state, app::Requests& out);
  void draw_ratio();
  // Save, Cancel, Remove; false when Cancel closed the form.
  bool draw_buttons(const app::AppState& state, app::Requests& out);
  // The draft as an item, or the field that could not be read.
  std::optional<CatalogItem> read_draft();

  std::optional<Draft> draft_;
  form::SaveState save_;
};

}  // namespace mend::ui
