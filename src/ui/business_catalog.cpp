#include "ui/business_catalog.hpp"

#include <algorithm>

#include "core/base/money.hpp"
#include "core/model/vocabulary.hpp"
#include "ui/format.hpp"
#include "ui/messages_business.hpp"
#include "ui/readable.hpp"
#include "ui/theme.hpp"

namespace mend::ui {
namespace {

namespace t = business_text;

// Ticks for the terms of a vocabulary list; `chosen` holds the ticked ids.
void term_ticks(const char* id_prefix, const std::vector<Term>& terms,
                std::vector<std::string>& chosen) {
  bool first = true;
  for (const Term& term : terms) {
    const auto at = std::find(chosen.begin(), chosen.end(), term.id);
    bool on = at != chosen.end();
    if (term.retired && !on) continue;
    // Mend's default words in the screen's language; the id keeps the widget.
    const std::string label =
        shown_term_label(terms, term.id, screen_language()) + "##" + id_prefix + term.id;
    const bool changed = form::flow_checkbox(label.c_str(), &on, first);
    first = false;
    if (changed) {
      if (on)
        chosen.push_back(term.id);
      else
        chosen.erase(at);
    }
  }
}

}  // namespace

void CatalogEditor::start(const CatalogItem& item, bool is_new) {
  Draft d;
  d.is_new = is_new;
  d.id = item.id;
  d.name = item.name;
  d.category = item.category.empty() ? "gesture" : item.category;
  d.cost = is_new ? "" : form::amount_text(item.cost);
  d.value = is_new ? "" : form::amount_text(item.value);
  d.tags = form::join_commas(item.tags);
  d.kinds = item.suits_categories;
  d.segments = item.suits_segments;
  d.limit = item.stock    ? Draft::Limit::Stock
            : item.budget ? Draft::Limit::Budget
                          : Draft::Limit::None;
  d.stock = item.stock ? std::to_string(*item.stock) : "";
  d.budget = item.budget ? form::amount_text(*item.budget) : "";
  d.active = item.active;
  draft_ = std::move(d);
  save_ = {};
}

void CatalogEditor::draw(const app::AppState& state, app::Requests& out, bool may_edit) {
  if (save_.note(state, app::EditKind::Item) && draft_) draft_.reset();
  if (!may_edit) draft_.reset();
  if (may_edit && !draft_) {
    if (primary_button(t::kAddItem)) start(CatalogItem{}, true);
    form::save_status(state, save_);
    form::error_other(save_.error, {});
  }
  const float avail = ImGui::GetContentRegionAvail().y;
  draw_table(state, may_edit, draft_ ? std::max(140.0f, avail * 0.3f) : 0);
  if (draft_) draw_form(state, out);
}

void CatalogEditor::draw_table(const app::AppState& state, bool may_edit, float height) {
  const std::vector<CatalogItem>& items = state.book.catalog;
  const std::string& currency = state.book.settings.currency;
  if (items.empty()) {
    ImGui::TextUnformatted(t::kNoItems);
    return;
  }
  constexpr ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                    ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("##catalog", 7, flags, ImVec2(0, height))) return;
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
      if (may_edit) {
        // The whole row opens the item in the form.
        const std::string label = item.name + "##item-" + item.id;
        const bool chosen = draft_ && !draft_->is_new && draft_->id == item.id;
        if (ImGui::Selectable(label.c_str(), chosen, ImGuiSelectableFlags_SpanAllColumns,
                              ImVec2(0, touch_row_height())))
          start(item, false);
      } else {
        ImGui::TextUnformatted(item.name.c_str());
      }
      ImGui::TableNextColumn();
      // The book keeps the kind's English id; the screen shows it in its language.
      ImGui::TextUnformatted(tr(item.category.c_str()));
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
      ImGui::TextColored(item.active ? kOk : kMuted, "%s",
                         (item.active ? t::kYes : t::kNo).c_str());
    }
  }
  ImGui::EndTable();
}

void CatalogEditor::draw_ratio() {
  const std::optional<Cents> cost = parse_money(draft_->cost);
  const std::optional<Cents> value = parse_money(draft_->value);
  if (!cost || !value || *cost < 0 || *value < 0) {
    ImGui::TextColored(kMuted, "%s", t::kRatioUnknown.c_str());
    return;
  }
  if (*cost == 0) {
    ImGui::TextColored(kOk, "%s", t::kFreeToUs.c_str());
    return;
  }
  const double ratio = static_cast<double>(*value) / static_cast<double>(*cost);
  const std::string line = text_format(t::kLiveRatioFormat, ratio) + (ratio >= 2  ? t::kCostsLittle
                                                                      : ratio < 1 ? t::kWorthLess
                                                                                  : "");
  readable_text(line.c_str(), "ratio", ratio >= 2 ? kOk : ratio < 1 ? kDanger : kMuted);
}

std::optional<CatalogItem> CatalogEditor::read_draft() {
  const Draft& d = *draft_;
  CatalogItem item;
  item.id = d.id;
  item.name = d.name;
  item.category = d.category;
  const auto money_field = [&](const std::string& typed,
                               const char* field) -> std::optional<Cents> {
    if (std::optional<Cents> c = parse_money(typed)) return c;
    save_.error = Error{field, t::kNotAnAmount.c_str()};
    return std::nullopt;
  };
  const std::optional<Cents> cost = money_field(d.cost, "cost");
  if (!cost) return std::nullopt;
  const std::optional<Cents> value = money_field(d.value, "value");
  if (!value) return std::nullopt;
  item.cost = *cost;
  item.value = *value;
  item.tags = form::split_commas(d.tags);
  item.suits_categories = d.kinds;
  item.suits_segments = d.segments;
  if (d.limit == Draft::Limit::Stock) {
    item.stock = form::parse_whole(d.stock);
    if (!item.stock) {
      save_.error = Error{"stock", t::kNotAWholeNumber.c_str()};
      return std::nullopt;
    }
  }
  if (d.limit == Draft::Limit::Budget) {
    item.budget = money_field(d.budget, "budget");
    if (!item.budget) return std::nullopt;
  }
  item.active = d.active;
  return item;
}

bool CatalogEditor::draw_buttons(const app::AppState& state, app::Requests& out) {
  Draft& d = *draft_;
  if (primary_button((std::string(t::kSave) + "##item").c_str()))
    if (std::optional<CatalogItem> item = read_draft())
      out.push(app::RequestSaveItem{*item, d.is_new});
  ImGui::SameLine();
  if (ImGui::Button((std::string(t::kCancel) + "##item").c_str())) {
    draft_.reset();
    save_ = {};
    return false;
  }
  if (!d.is_new) {
    ImGui::SameLine();
    if (ImGui::Button((std::string(t::kRemove) + "##item").c_str()))
      out.push(app::RequestRemoveRecord{app::EditKind::Item, d.id});
  }
  form::save_status(state, save_);
  return true;
}

void CatalogEditor::draw_form(const app::AppState& state, app::Requests& out) {
  Draft& d = *draft_;
  const Vocabulary& words = state.book.settings.vocabulary;
  ImGui::Separator();
  // The heading and the form's buttons stay in view; its fields scroll.
  ImGui::PushFont(fonts().bold);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(d.is_new ? t::kNewItem.c_str()
                                  : text_format(t::kEditItemFormat, d.name.c_str()).c_str());
  ImGui::PopFont();
  ImGui::SameLine();
  if (!draw_buttons(state, out)) return;
  form::error_other(save_.error, {"name", "category", "cost", "value", "stock", "budget"});
  ImGui::BeginChild("##item-form", ImVec2(0, 0), false);
  form::text(t::kName, "##item-name", &d.name);
  form::error_for(save_.error, "name");
  form::label(t::kCategory);
  if (begin_combo(t::kCategory, "##item-category", tr(d.category.c_str()))) {
    // Shown in the screen's language, kept as the English id.
    for (const Msg& c : t::kCategoryNames)
      if (ImGui::Selectable(c, d.category == c.english())) d.category = c.english();
    end_combo();
  }
  form::error_for(save_.error, "category");
  form::amount(t::kCost, "##item-cost", &d.cost);
  form::error_for(save_.error, "cost");
  form::amount(t::kValue, "##item-value", &d.value);
  form::error_for(save_.error, "value");
  draw_ratio();
  form::text(t::kTags, "##item-tags", &d.tags);
  ImGui::TextUnformatted(t::kSuitsKinds);
  term_ticks("kind-", words.failure_kinds, d.kinds);
  ImGui::TextUnformatted(t::kSuitsSegments);
  term_ticks("segment-", words.segments, d.segments);
  form::label(t::kLimitKind);
  int limit = static_cast<int>(d.limit);
  ImGui::RadioButton(t::kLimitNone, &limit, 0);
  ImGui::SameLine();
  ImGui::RadioButton(t::kLimitStock, &limit, 1);
  ImGui::SameLine();
  ImGui::RadioButton(t::kLimitBudget, &limit, 2);
  d.limit = static_cast<Draft::Limit>(limit);
  if (d.limit == Draft::Limit::Stock) form::whole(t::kStock, "##item-stock", &d.stock);
  if (d.limit == Draft::Limit::Budget) form::amount(t::kBudget, "##item-budget", &d.budget);
  form::error_for(save_.error, "stock");
  form::error_for(save_.error, "budget");
  ImGui::Checkbox(t::kOfferIt, &d.active);
  ImGui::EndChild();
}

}  // namespace mend::ui
