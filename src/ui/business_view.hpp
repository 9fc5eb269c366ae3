// The editors that make Mend the business's own (Screen::Business), one tab
// each: catalog, staff and roles, playbooks, settings. Roles that may not
// manage (core may_manage) see them read-only.
#pragma once
#include "app/app_state.hpp"
#include "ui/business_catalog.hpp"
#include "ui/business_playbooks.hpp"
#include "ui/business_settings.hpp"
#include "ui/business_staff.hpp"

namespace mend::ui {

enum class BusinessTab { Catalog, Staff, Playbooks, Settings };

class BusinessScreen {
 public:
  // Shows `tab` the next time the screen is drawn (the menu's choice).
  void open(BusinessTab tab);
  void draw(const app::AppState& state, app::Requests& out);

 private:
  CatalogEditor catalog_;
  StaffEditor staff_;
  PlaybookEditor playbooks_;
  SettingsEditor settings_;
  BusinessTab tab_ = BusinessTab::Catalog;
  bool select_tab_ = false;  // the menu chose a tab: select it once
};

}  // namespace mend::ui
