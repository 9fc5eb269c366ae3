#include "ui/business_catalog.hpp"

#include "core/base/money.hpp"
#include "ui/format.hpp"
#include "ui/messages_business.hpp"
#include "ui/theme.hpp"

namespace mend::ui {

void CatalogEditor::draw(const app::AppState& state, app::Requests&, bool) {
  namespace t = business_text;
  const std::vector<CatalogItem>& items = state.book.catalog;
  const std::string& currency = state.book.settings.currency;
  if (items.empty()) {
    ImGui::TextUnformatted(t::kNoItems);
    return;
  }
  constexpr ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                    ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("##catalog", 7, flags)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  for (const char* h :
       {t::kName, t::kCategory, t::kCost, t::kValue, t::kRatio, t::kLimit, t::kOffered})
    ImGui::TableSetupColumn(h);
  ImGui::TableHeadersRow();
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(items.size()));
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const CatalogItem& item = items[static_cast<std::size_t>(i)];
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(item.name.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(item.category.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(format_money(item.cost, currency).c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(format_money(item.value, currency).c_str());
      ImGui::TableNextColumn();
      if (item.cost > 0)
        ImGui::Text(t::kRatioFormat,
                    static_cast<double>(item.value) / static_cast<double>(item.cost));
      else
        ImGui::TextUnformatted(t::kFree);
      ImGui::TableNextColumn();
      if (item.stock)
        ImGui::Text(t::kStockFormat, *item.stock);
      else if (item.budget)
        ImGui::Text(t::kBudgetFormat, format_money(*item.budget, currency).c_str());
      else
        ImGui::TextUnformatted(t::kUnlimited);
      ImGui::TableNextColumn();
      ImGui::TextColored(item.active ? kOk : kMuted, "%s", item.active ? t::kYes : t::kNo);
    }
  }
  ImGui::EndTable();
}

}  // namespace mend::ui
