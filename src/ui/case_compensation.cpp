#include "ui/case_compensation.hpp"

#include <imgui.h>

#include <algorithm>
#include <variant>

#include "core/compensation/guards.hpp"
#include "core/model/lookup.hpp"
#include "ui/case_view.hpp"
#include "ui/format.hpp"
#include "ui/i18n.hpp"
#include "ui/messages_comp.hpp"
#include "ui/text_fields.hpp"
#include "ui/theme.hpp"

namespace mend::ui {
namespace {

constexpr Colour kWarn{0.62f, 0.38f, 0.02f, 1.0f};

std::string joined(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : "; ") + p;
  return out;
}

std::string staff_name(const Book& book, const std::string& id) {
  const Staff* s = find_staff(book, id);
  return s && !s->name.empty() ? s->name : id;
}

std::string money(const app::AppState& state, Cents c) {
  return format_money(c, state.book.settings.currency);
}

// Muted, wrapped text: the details under a line.
void muted(const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, static_cast<ImVec4>(kMuted));
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopStyleColor();
}

void coloured(const Colour& colour, const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, static_cast<ImVec4>(colour));
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopStyleColor();
}

// The same for a named text of the screen, in the current language.
void muted(const Msg& text) {
  muted(std::string(text.c_str()));
}
void coloured(const Colour& colour, const Msg& text) {
  coloured(colour, std::string(text.c_str()));
}

// Those who may approve a grant for `requester`: roles that can approve, not
// the requester (the core refuses self-approval).
std::vector<const Staff*> approvers(const Book& book, const std::string& requester) {
  std::vector<const Staff*> out;
  for (const Staff& s : book.staff) {
    const Role* role = role_of(book, s.id);
    if (role && role->can_approve && !role->retired && !s.retired && s.id != requester)
      out.push_back(&s);
  }
  return out;
}

}  // namespace

void CompensationPart::follow(const app::AppState& state, const std::string& case_id) {
  if (case_id != case_id_) {
    case_id_ = case_id;
    offer_text_.clear();
    reverse_reasons_.clear();
    refusals_.clear();
    approve_item_.clear();
    approval_wanted_ = approval_done_ = false;
    approver_.clear();
    approval_reason_.clear();
    approval_error_.clear();
    forget_pin();
  }
  for (const app::AppOutcome& o : state.outcomes) {
    if (const auto* refused = std::get_if<app::CaseEventRefused>(&o)) {
      if (refused->case_id != case_id_) continue;
      refusals_[refused->control] = tr_sentence(refused->error.why);
      if (refused->control == "approve:" + approve_item_)
        approval_error_ = tr_sentence(refused->error.why);
    } else if (const auto* pin = std::get_if<app::GrantApprovalRefused>(&o)) {
      if (pin->case_id != case_id_) continue;
      approval_error_ =
          comp_text::pin_refusal(pin->verdict, pin->wait_ms, staff_name(state.book, approver_));
    } else if (const auto* done = std::get_if<app::CaseEventRecorded>(&o)) {
      if (done->case_id != case_id_) continue;
      const std::string& control = done->control;
      refusals_.erase(control);
      if (control == "offer") offer_text_.clear();
      if (control.rfind("reverse:", 0) == 0) reverse_reasons_.erase(control.substr(8));
      if (control.rfind("grant:", 0) == 0 || control.rfind("approve:", 0) == 0) {
        // A grant answers the other grants' refusals too (limits moved).
        std::erase_if(refusals_, [](const auto& r) { return r.first.rfind("grant:", 0) == 0; });
      }
      if (control == "approve:" + approve_item_) {
        approval_done_ = true;  // the prompt closes itself on its next frame
        approval_reason_.clear();
        approval_error_.clear();
      }
    }
  }
}

void CompensationPart::forget_pin() {
  std::fill(pin_.begin(), pin_.end(), '\0');
  pin_.clear();
}

void CompensationPart::refresh(const app::AppState& state, const CaseState& c) {
  const auto index = state.book.cases.index_of(c.case_id);
  const std::size_t bytes = index ? state.book.cases.bytes(*index).size() : 0;
  const std::int64_t day = business_day(state.book.settings, state.now);
  // Grants in other cases move stock, budgets and the day's authority.
  std::int64_t ledger = 0;
  for (const auto& [item, use] : state.derived.ledger().items) ledger += use.quantity + use.cost;
  const auto& per_day = state.derived.ledger().own_per_day;
  if (auto today = per_day.find({state.staff_id, day}); today != per_day.end())
    ledger += today->second;
  if (ranked_case_ == c.case_id && ranked_staff_ == state.staff_id && ranked_bytes_ == bytes &&
      ranked_day_ == day && ranked_cases_ == state.book.cases.size() && ranked_ledger_ == ledger)
    return;
  ranked_case_ = c.case_id;
  ranked_staff_ = state.staff_id;
  ranked_bytes_ = bytes;
  ranked_day_ = day;
  ranked_cases_ = state.book.cases.size();
  ranked_ledger_ = ledger;
  rows_.clear();
  const Ledger& book_ledger = state.derived.ledger();
  const bool repeat = state.derived.prior_failures(c) > 0;
  const Cents generous = generous_value(state.book.catalog);
  already_too_much_ = over_compensates(c.total_value, 0, c.severity, repeat, generous);
  for (Recommendation& rec :
       recommend(state.book, book_ledger, c, repeat, state.staff_id, state.now)) {
    const CatalogItem* item = find_item(state.book, rec.item_id);
    if (!item) continue;
    Row row{std::move(rec),
            check_grant(state.book, book_ledger, c, state.staff_id, *item, 1, state.now), false};
    row.too_much = !already_too_much_ &&
                   over_compensates(c.total_value, row.rec.value, c.severity, repeat, generous);
    rows_.push_back(std::move(row));
  }
}

void CompensationPart::draw_refusal(const std::string& control) {
  auto it = refusals_.find(control);
  if (it == refusals_.end()) return;
  const std::string text = it->second;
  coloured(kDanger, text);
  // The same words as an item of their own (a see-through selectable over
  // the text), so the widget registry finds the reason where it is drawn.
  const ImVec2 min = ImGui::GetItemRectMin(), size = ImGui::GetItemRectSize();
  const ImVec2 after = ImGui::GetCursorScreenPos();
  ImGui::SetCursorScreenPos(min);
  const ImVec4 clear(0, 0, 0, 0);
  ImGui::PushStyleColor(ImGuiCol_Text, clear);
  ImGui::PushStyleColor(ImGuiCol_HeaderHovered, clear);
  ImGui::PushStyleColor(ImGuiCol_HeaderActive, clear);
  ImGui::Selectable((text + "##refusal-" + control).c_str(), false, 0, size);
  ImGui::PopStyleColor(3);
  ImGui::SetCursorScreenPos(after);
}

void CompensationPart::draw(const app::AppState& state, const CaseState& c, app::Requests& out) {
  follow(state, c.case_id);
  refresh(state, c);
  draw_double_deviation(state, c, out);
  // What the case already holds comes first once there is any, so a grant
  // can be reversed without scrolling past the whole catalog.
  if (!c.grants.empty()) {
    draw_grants(state, c, out);
    ImGui::Spacing();
    ImGui::Separator();
  }
  ImGui::PushFont(fonts().bold);
  ImGui::TextUnformatted(comp_text::kRankedTitle);
  ImGui::PopFont();
  muted(comp_text::kRankedHint);
  draw_authority(state);
  if (already_too_much_ && c.open) coloured(kWarn, comp_text::kAlreadyEnough);
  if (!c.open) coloured(kMuted, comp_text::kClosedNoGrants);
  if (rows_.empty()) muted(comp_text::kNothingActive);
  for (const Row& row : rows_) draw_row(state, c, row, out);
  ImGui::Spacing();
  ImGui::Separator();
  draw_offer(state, c, out);
  if (c.grants.empty()) {
    ImGui::Spacing();
    ImGui::Separator();
    draw_grants(state, c, out);
  }
  draw_approval(state, c, out);
}

void CompensationPart::draw_double_deviation(const app::AppState& state, const CaseState& c,
                                             app::Requests& out) {
  if (state.derived.prior_failures(c) < 1) return;
  coloured(kDanger, comp_text::kDoubleDeviation);
  const Role* role = role_of(state.book, state.staff_id);
  const std::string note =
      text_format(comp_text::kTakenOverNote, staff_name(state.book, state.staff_id).c_str());
  if (role && role->can_approve) {
    if (std::find(c.notes.begin(), c.notes.end(), note) != c.notes.end()) {
      coloured(kOk, comp_text::kTookOver);
    } else if (c.open) {
      if (primary_button((std::string(comp_text::kTakeOver) + "##take-over").c_str()))
        out.push(app::RequestCaseEvent{c.case_id, "take-over", Note{note}});
      draw_refusal("take-over");
    }
  } else {
    std::string names;
    for (const Staff* s : approvers(state.book, state.staff_id))
      names += (names.empty() ? "" : ", ") + s->name;
    if (!names.empty()) muted(text_format(comp_text::kAskManager, names.c_str()));
  }
  ImGui::Separator();
}

void CompensationPart::draw_authority(const app::AppState& state) {
  if (rows_.empty()) return;
  const AuthorityCheck& a = rows_.front().check;
  const Role* role = role_of(state.book, state.staff_id);
  ImGui::TextWrapped(comp_text::kYourAuthority, staff_name(state.book, state.staff_id).c_str(),
                     role ? role->name.c_str() : "");
  ImGui::Indent();
  ImGui::TextWrapped(comp_text::kPerCaseUsed, money(state, a.per_case_used).c_str(),
                     money(state, a.per_case_limit).c_str());
  ImGui::TextWrapped(comp_text::kPerDayUsed, money(state, a.per_day_used).c_str(),
                     money(state, a.per_day_limit).c_str());
  if (a.segment_budget)
    ImGui::TextWrapped(comp_text::kSegmentUsed, money(state, a.segment_used.value_or(0)).c_str(),
                       money(state, *a.segment_budget).c_str());
  else
    ImGui::TextWrapped("%s", comp_text::kNoSegmentBudget.c_str());
  ImGui::Unindent();
}

void CompensationPart::draw_row(const app::AppState& state, const CaseState& c, const Row& row,
                                app::Requests& out) {
  const Recommendation& rec = row.rec;
  const AuthorityCheck& check = row.check;
  ImGui::PushID(rec.item_id.c_str());
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::PushFont(fonts().bold);
  ImGui::TextWrapped("%s", rec.name.c_str());
  ImGui::PopFont();
  // What it costs, what it is worth and what is left, as one paragraph: an
  // item takes three lines and a button, so a catalog reads at a glance.
  std::string facts = text_format(comp_text::kCostAndValue, money(state, rec.cost).c_str(),
                                  money(state, rec.value).c_str());
  if (check.stock_left) facts += " " + text_format(comp_text::kStockLeft, *check.stock_left);
  if (check.budget_left)
    facts += " " + text_format(comp_text::kBudgetLeft, money(state, *check.budget_left).c_str());
  ImGui::TextWrapped("%s", facts.c_str());
  // The button, then where it stands against the person's authority beside it.
  const std::string why = tr_sentence(joined(check.reasons));
  if (c.open && !check.refused()) {
    const std::string control = "grant:" + rec.item_id;
    if (check.within()) {
      if (ImGui::Button((std::string(comp_text::kGrant) + "##" + control).c_str()))
        out.push(app::RequestGrant{c.case_id, rec.item_id, 1});
    } else if (ImGui::Button(
                   (std::string(comp_text::kGrantWithApproval) + "##" + control).c_str())) {
      approve_item_ = rec.item_id;
      approval_wanted_ = true;
      approval_done_ = false;
      approval_error_.clear();
      forget_pin();
      const auto can = approvers(state.book, state.staff_id);
      if (std::none_of(can.begin(), can.end(), [&](const Staff* s) { return s->id == approver_; }))
        approver_ = can.size() == 1 ? can.front()->id : std::string();
    }
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
  }
  // Refused items have no button: nothing anyone here can do makes them
  // grantable (out of stock, over the item's budget).
  if (check.refused())
    coloured(kDanger, text_format(comp_text::kRefused, why.c_str()));
  else if (check.needs_approval())
    coloured(kAccent, text_format(comp_text::kNeedsApproval, why.c_str()));
  else
    coloured(kOk, comp_text::kWithin);
  const std::vector<std::string> fit(
      rec.reasons.begin(), rec.reasons.begin() + static_cast<std::ptrdiff_t>(std::min(
                                                     rec.fit_reasons, rec.reasons.size())));
  if (!fit.empty()) muted(text_format(comp_text::kWhy, tr_sentence(joined(fit)).c_str()));
  if (row.too_much && !check.refused()) coloured(kWarn, comp_text::kMoreIsNotBetter);
  if (c.open && !check.refused()) draw_refusal("grant:" + rec.item_id);
  ImGui::PopID();
}

void CompensationPart::draw_offer(const app::AppState& state, const CaseState& c,
                                  app::Requests& out) {
  ImGui::PushFont(fonts().bold);
  ImGui::TextUnformatted(comp_text::kOfferTitle);
  ImGui::PopFont();
  if (c.open) {
    muted(comp_text::kOfferHint);
    ImGui::SetNextItemWidth(-1);
    input_text("##offer-text", &offer_text_);
    if (ImGui::Button((std::string(comp_text::kRecordOffer) + "##offer").c_str()))
      out.push(app::RequestOffer{c.case_id, offer_text_});
    draw_refusal("offer");
  }
  bool any = false;
  for (const OfferRecord& o : c.offers) {
    if (!o.item_id.empty()) continue;
    if (!any) ImGui::TextColored(kMuted, "%s", comp_text::kOffersTitle.c_str());
    any = true;
    ImGui::BulletText(comp_text::kOfferLine, o.text.c_str(),
                      staff_name(state.book, o.actor).c_str(), local_time_text(o.at).c_str());
  }
}

void CompensationPart::draw_grants(const app::AppState& state, const CaseState& c,
                                   app::Requests& out) {
  ImGui::PushFont(fonts().bold);
  ImGui::TextUnformatted(comp_text::kGrantsTitle);
  ImGui::PopFont();
  if (c.grants.empty()) {
    muted(comp_text::kNoGrants);
    return;
  }
  ImGui::TextWrapped(comp_text::kCaseTotal, money(state, c.total_cost).c_str(),
                     money(state, c.total_value).c_str());
  for (const GrantRecord& g : c.grants) {
    ImGui::PushID(g.event_id.c_str());
    ImGui::Spacing();
    const CatalogItem* item = find_item(state.book, g.item_id);
    const std::string name = item ? item->name : g.item_id;
    ImGui::PushStyleColor(ImGuiCol_Text, g.reversed ? static_cast<ImVec4>(kMuted)
                                                    : ImGui::GetStyleColorVec4(ImGuiCol_Text));
    ImGui::TextWrapped(comp_text::kGrantLine, name.c_str(), g.quantity,
                       money(state, g.cost).c_str(), money(state, g.value).c_str());
    ImGui::PopStyleColor();
    muted(text_format(comp_text::kGrantedBy, staff_name(state.book, g.actor).c_str(),
                      local_time_text(g.at).c_str()));
    if (!g.approval_id.empty()) {
      const ApprovalRecord* a = c.find_approval(g.approval_id);
      muted(text_format(comp_text::kApprovedBy, staff_name(state.book, g.approved_by).c_str(),
                        a ? a->approval.reason.c_str() : ""));
    }
    if (g.reversed) {
      muted(text_format(comp_text::kReversed, local_time_text(g.reversed_at).c_str(),
                        g.reversal_reason.c_str()));
    } else {
      const std::string control = "reverse:" + g.event_id;
      ImGui::TextUnformatted(comp_text::kReverseReason);
      const float button = ImGui::CalcTextSize(comp_text::kReverse).x +
                           2 * ImGui::GetStyle().FramePadding.x + ImGui::GetStyle().ItemSpacing.x;
      ImGui::SetNextItemWidth(std::max(120.0f, ImGui::GetContentRegionAvail().x - button));
      input_text(("##reverse-reason-" + g.event_id).c_str(), &reverse_reasons_[g.event_id]);
      ImGui::SameLine();
      if (ImGui::Button((std::string(comp_text::kReverse) + "##" + control).c_str()))
        out.push(app::RequestReverseGrant{c.case_id, g.event_id, reverse_reasons_[g.event_id]});
      draw_refusal(control);
    }
    ImGui::PopID();
  }
}

void CompensationPart::draw_approval(const app::AppState& state, const CaseState& c,
                                     app::Requests& out) {
  if (approval_wanted_) {
    ImGui::OpenPopup(comp_text::kApprovalTitle);
    approval_wanted_ = false;
  }
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(560.0f, viewport->WorkSize.x - 32), 0));
  ImGui::PushStyleColor(ImGuiCol_PopupBg, ImVec4(1, 1, 1, 1));  // opaque: nothing shows through
  const bool open = ImGui::BeginPopupModal(
      comp_text::kApprovalTitle, nullptr,
      ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove);
  ImGui::PopStyleColor();
  if (!open) return;
  auto close = [&] {
    forget_pin();
    approval_error_.clear();
    ImGui::CloseCurrentPopup();
  };
  const Row* row = nullptr;
  for (const Row& r : rows_)
    if (r.rec.item_id == approve_item_) row = &r;
  if (approval_done_ || !row || !c.open) {
    approval_done_ = false;
    close();
    ImGui::EndPopup();
    return;
  }
  ImGui::PushTextWrapPos(0);
  ImGui::TextWrapped(comp_text::kApprovalWhat, row->rec.name.c_str(),
                     money(state, row->check.cost).c_str(),
                     money(state, row->check.over_by).c_str());
  if (!row->check.reasons.empty()) muted(tr_sentence(joined(row->check.reasons)));
  if (row->too_much) coloured(kWarn, comp_text::kMoreIsNotBetter);
  ImGui::Spacing();
  ImGui::TextUnformatted(comp_text::kWhoApproves);
  const auto can = approvers(state.book, state.staff_id);
  if (can.empty()) muted(comp_text::kNoApprovers);
  const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  for (std::size_t i = 0; i < can.size(); ++i) {
    const Staff& s = *can[i];
    const std::string label = s.name + "##approver-" + s.id;
    const float width =
        ImGui::CalcTextSize(s.name.c_str()).x + 2 * ImGui::GetStyle().FramePadding.x;
    if (i > 0 && ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + width < right)
      ImGui::SameLine();
    const bool chosen = s.id == approver_;
    if (chosen ? primary_button(label.c_str()) : ImGui::Button(label.c_str())) {
      if (!chosen) forget_pin();  // a PIN belongs to one person
      approver_ = s.id;
      approval_error_.clear();
    }
  }
  const bool has_approver = !approver_.empty();
  if (has_approver) {
    ImGui::TextWrapped(comp_text::kApproverPin, staff_name(state.book, approver_).c_str());
    ImGui::SetNextItemWidth(-1);
    input_text("##approver-pin", &pin_,
               ImGuiInputTextFlags_Password | ImGuiInputTextFlags_CharsDecimal);
  }
  ImGui::TextUnformatted(comp_text::kApprovalReason);
  ImGui::SetNextItemWidth(-1);
  input_text("##approval-reason", &approval_reason_);
  // As a refusal, so the widget registry (tests, a screen reader) reads it.
  if (!approval_error_.empty()) {
    refusals_["approval"] = approval_error_;
    draw_refusal("approval");
  }
  ImGui::Spacing();
  if (primary_button((std::string(comp_text::kApprove) + "##approve").c_str())) {
    if (!has_approver) {
      approval_error_ = comp_text::kChooseApprover;
    } else {
      out.push(app::RequestApprovedGrant{c.case_id, approve_item_, 1, approver_, pin_,
                                         approval_reason_});
      forget_pin();  // sent once; a wrong one is typed again
    }
  }
  ImGui::SameLine();
  // Escape closes the prompt (it never discards anything but the PIN).
  if (ImGui::Button((std::string(comp_text::kCancel) + "##approve-cancel").c_str()) ||
      ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
    close();
  ImGui::PopTextWrapPos();
  ImGui::EndPopup();
}

void CaseScreen::draw_compensation(const app::AppState& state, const CaseState& c,
                                   app::Requests& out) {
  compensation_.draw(state, c, out);
}

}  // namespace mend::ui
