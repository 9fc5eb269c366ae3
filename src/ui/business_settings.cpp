#include "ui/business_settings.hpp"

#include <array>

#include "core/analytics/analytics.hpp"
#include "core/base/money.hpp"
#include "core/base/text.hpp"
#include "core/coach/coach_edit.hpp"
#include "core/i18n/strings.hpp"
#include "core/model/editing.hpp"
#include "core/model/vocabulary.hpp"
#include "ui/format.hpp"
#include "ui/messages_business.hpp"
#include "ui/messages_reply.hpp"
#include "ui/readable.hpp"
#include "ui/text_fields.hpp"
#include "ui/theme.hpp"

namespace mend::ui {
namespace {

namespace t = business_text;

void row(const char* name, const std::string& value) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::TextColored(kMuted, "%s", name);
  ImGui::TableNextColumn();
  ImGui::TextWrapped("%s", value.c_str());
}

// A term's label as staff read it in the screen's language.
std::string shown(const std::vector<Term>& terms, const std::string& id) {
  return shown_term_label(terms, id, screen_language());
}

std::string labels(const std::vector<Term>& terms) {
  std::string out;
  for (const Term& term : terms) {
    if (term.retired) continue;
    if (!out.empty()) out += ", ";
    out += shown(terms, term.id);
  }
  return out;
}

constexpr std::array<Trade, 6> kTrades = {Trade::General, Trade::Restaurant,
                                          Trade::Hotel,   Trade::RepairShop,
                                          Trade::Shop,    Trade::HotelAndRestaurant};
static_assert(std::size(t::kTradeNames) == kTrades.size());

std::string whole_text(int v, int unit) {
  return v % unit == 0 ? std::to_string(v / unit) : text_format("%.2f", double(v) / unit);
}

// Minutes or hours typed as a whole or decimal number, in seconds.
std::optional<int> seconds_of(const std::string& typed, int unit) {
  const std::optional<Cents> hundredths = parse_money(typed);  // two decimals at most
  if (!hundredths) return std::nullopt;
  const Cents s = *hundredths * unit / 100;
  if (s > 400LL * 24 * 3600 || s < -400LL * 24 * 3600) return std::nullopt;
  return static_cast<int>(s);
}

// The device's own choice, not the book's: anyone may change it, so it is
// drawn above the book's settings whether or not they may be edited.
void draw_device(const app::AppState& state, app::Requests& out) {
  form::heading(t::kThisDevice);
  ImGui::PushTextWrapPos(0);
  ImGui::TextDisabled("%s", t::kThisDeviceNote.c_str());
  ImGui::PopTextWrapPos();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(t::kScreensLanguage);
  // Each language named in itself, so anyone finds their own.
  for (const LanguageName& language : screen_languages()) {
    ImGui::SameLine();
    const std::string label =
        std::string(language.name) + "##screens-language-" + std::string(language.code);
    if (ImGui::RadioButton(label.c_str(), state.page.language == language.code) &&
        state.page.language != language.code)
      out.push(app::RequestLanguage{std::string(language.code)});
  }
}

}  // namespace

void SettingsEditor::load(const Settings& s) {
  Draft d;
  d.settings = s;
  d.first_response_minutes = whole_text(s.first_response_seconds, 60);
  d.recovery_hours = whole_text(s.recovery_seconds, 3600);
  d.follow_up_hours = whole_text(s.follow_up_seconds, 3600);
  d.offset_minutes = std::to_string(s.utc_offset_minutes);
  d.anonymise_months = std::to_string(s.anonymise_after_months);
  d.kiosk_idle_seconds = std::to_string(s.kiosk_idle_seconds);
  for (const Term& seg : s.vocabulary.segments) {
    const auto b = s.segment_budgets.find(seg.id);
    d.budgets[seg.id] = b == s.segment_budgets.end() ? "" : form::amount_text(b->second);
  }
  for (const Term& tier : s.vocabulary.value_tiers)
    d.tier_values[tier.id] = form::amount_text(tier_value(s, tier.id));
  draft_ = std::move(d);
}

void SettingsEditor::draw_read_only(const app::AppState& state) {
  const Settings& s = state.book.settings;
  if (!ImGui::BeginTable("##settings", 2,
                         ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_BordersInnerH))
    return;
  row(t::kBusinessName, s.business_name);
  row(t::kCurrency, s.currency);
  row(t::kFirstResponse, duration_text(static_cast<TimeMs>(s.first_response_seconds) * 1000));
  row(t::kRecovery, duration_text(static_cast<TimeMs>(s.recovery_seconds) * 1000));
  row(t::kFollowUp, duration_text(static_cast<TimeMs>(s.follow_up_seconds) * 1000));
  row(t::kDayOffset, text_format(t::kOffsetFormat, s.utc_offset_minutes));
  for (const Term& tier : s.vocabulary.value_tiers)
    if (!tier.retired)
      row(text_format(t::kTierValue, shown(s.vocabulary.value_tiers, tier.id).c_str()).c_str(),
          format_money(tier_value(s, tier.id), s.currency));
  for (const auto& [segment, budget] : s.segment_budgets)
    row(text_format(t::kSegmentBudget, shown(s.vocabulary.segments, segment).c_str()).c_str(),
        format_money(budget, s.currency));
  row(t::kKinds, labels(s.vocabulary.failure_kinds));
  row(t::kChannels, labels(s.vocabulary.channels));
  row(t::kSegments, labels(s.vocabulary.segments));
  row(t::kAnonymiseAfter, std::to_string(s.anonymise_after_months));
  ImGui::EndTable();
}

void SettingsEditor::draw(const app::AppState& state, app::Requests& out, bool may_edit) {
  if (save_.note(state, app::EditKind::Settings)) draft_.reset();
  draw_device(state, out);
  if (!may_edit) {
    draft_.reset();
    form::heading(t::kThisBusiness);
    return draw_read_only(state);
  }
  form::heading(t::kThisBusiness);
  if (!draft_) load(state.book.settings);
  Draft& d = *draft_;
  if (primary_button((std::string(t::kSave) + "##settings").c_str()))
    if (std::optional<Settings> s = read_draft()) out.push(app::RequestSaveSettings{*s});
  ImGui::SameLine();
  if (ImGui::Button((std::string(t::kCancel) + "##settings").c_str())) {
    load(state.book.settings);
    save_ = {};
  }
  form::save_status(state, save_);
  form::error_other(save_.error,
                    {"business_name", "currency", "first_response_seconds", "recovery_seconds",
                     "follow_up_seconds", "utc_offset_minutes", "segment_budgets",
                     "tier_annual_value", "vocabulary", "anonymise_after_months", "kiosk_apology",
                     "kiosk_next_steps", "kiosk_idle_seconds"});
  ImGui::BeginChild("##settings-form", ImVec2(0, 0), false);
  form::text(t::kBusinessName, "##business-name", &d.settings.business_name);
  form::error_for(save_.error, "business_name");
  form::text(t::kCurrency, "##currency", &d.settings.currency);
  form::error_for(save_.error, "currency");
  draw_clocks();
  draw_money();
  draw_privacy(state);
  lock_.draw(state, out);
  draw_kiosk();
  draw_words();
  ImGui::EndChild();
}

void SettingsEditor::draw_clocks() {
  Draft& d = *draft_;
  form::heading(t::kClocks);
  form::amount(text_format("%s (%s)", t::kFirstResponse.c_str(), t::kMinutes.c_str()).c_str(),
               "##first-response", &d.first_response_minutes);
  form::error_for(save_.error, "first_response_seconds");
  form::amount(text_format("%s (%s)", t::kRecovery.c_str(), t::kHours.c_str()).c_str(),
               "##recovery", &d.recovery_hours);
  form::error_for(save_.error, "recovery_seconds");
  form::amount(text_format("%s (%s)", t::kFollowUp.c_str(), t::kHours.c_str()).c_str(),
               "##follow-up", &d.follow_up_hours);
  form::error_for(save_.error, "follow_up_seconds");
  form::whole(text_format("%s (%s)", t::kDayOffset.c_str(), t::kMinutes.c_str()).c_str(),
              "##utc-offset", &d.offset_minutes);
  form::error_for(save_.error, "utc_offset_minutes");
}

void SettingsEditor::draw_money() {
  Draft& d = *draft_;
  const Vocabulary& words = d.settings.vocabulary;
  form::heading(t::kMoney);
  for (const Term& tier : words.value_tiers) {
    if (tier.retired) continue;
    form::amount(text_format(t::kTierValue, shown(words.value_tiers, tier.id).c_str()).c_str(),
                 ("##tier-" + tier.id).c_str(), &d.tier_values[tier.id]);
    form::error_for(save_.error, "tier_annual_value." + tier.id);
  }
  ImGui::Checkbox(t::kKeptCountsSatisfied, &d.settings.kept_counts_satisfied);
  for (const Term& seg : words.segments) {
    if (seg.retired) continue;
    form::amount(text_format(t::kSegmentBudget, shown(words.segments, seg.id).c_str()).c_str(),
                 ("##budget-" + seg.id).c_str(), &d.budgets[seg.id]);
    form::error_for(save_.error, "segment_budgets." + seg.id);
  }
}

void SettingsEditor::draw_privacy(const app::AppState& state) {
  Draft& d = *draft_;
  form::heading(t::kPrivacy);
  form::whole(t::kAnonymiseAfter, "##anonymise-after", &d.anonymise_months);
  form::error_for(save_.error, "anonymise_after_months");
  ImGui::PushTextWrapPos(0);
  ImGui::TextColored(kMuted, "%s", t::kAnonymiseNote.c_str());
  if (state.book.settings.anonymise_after_months <= 0) {
    ImGui::TextColored(kMuted, "%s", t::kAnonymiseOff.c_str());
  } else if (state.retention_checked) {
    ImGui::TextColored(kMuted, t::kAnonymiseRunFormat,
                       local_time_text(*state.retention_checked).c_str(),
                       state.retention_anonymised);
  }
  ImGui::TextColored(kMuted, "%s", t::kForgetHint.c_str());
  ImGui::PopTextWrapPos();
}

// What the kiosk tells a customer, in the business's words, with the coach
// reading the apology as it is typed: a kiosk that says "sorry, but…" to
// every customer is worse than one that says nothing.
void SettingsEditor::draw_kiosk() {
  Draft& d = *draft_;
  form::heading(t::kKiosk);
  ImGui::PushTextWrapPos(0);
  ImGui::TextColored(kMuted, "%s", t::kKioskNote.c_str());
  ImGui::PopTextWrapPos();
  std::string& apology = d.settings.kiosk_apology;
  if (coached_apology_ != apology) {
    coached_apology_ = apology;
    apology_report_ = coach_text(apology, coach_rules_for(apology, screen_language()));
  }
  const CoachReport& report = apology_report_;
  std::vector<TextMark> marks = coach_marks(report);
  form::label(t::kKioskApology);
  input_text_multiline("##kiosk-apology", &apology, ImVec2(-1, ImGui::GetTextLineHeight() * 3.5f),
                       0, &marks);
  form::error_for(save_.error, "kiosk_apology");
  // The coach's word on it: what takes the apology back, and a missing
  // apology or ownership, each with the better words one tap away.
  std::optional<std::string> edited;
  ImGui::PushTextWrapPos(0);
  for (std::size_t i = 0; i < report.donts.size(); ++i) {
    const CoachFinding& f = report.donts[i];
    ImGui::PushID(static_cast<int>(i));
    ImGui::TextColored(kDanger, t::kKioskSayDifferently, reply_text::kind_label(f.kind),
                       f.text.c_str());
    const std::string_view phrase = suggested_phrase(f.suggestion);
    if (!phrase.empty() && ImGui::Button(t::kKioskUseInstead))
      edited = replace_sentence(apology, f, phrase);
    ImGui::PopID();
  }
  for (const char* kind : {"apology", "ownership"}) {
    const bool there = std::string_view(kind) == "apology" ? report.apology : report.ownership;
    const CoachRule* rule =
        there ? nullptr : rule_to_add(coach_rules_for(apology, screen_language()), kind);
    if (!rule) continue;
    ImGui::PushID(kind);
    ImGui::TextColored(kMuted, t::kKioskMissing, reply_text::kind_label(kind));
    const std::string_view phrase = suggested_phrase(rule->suggestion);
    if (!phrase.empty() && ImGui::Button(t::kKioskAdd))
      edited = add_phrase(apology, kind, phrase, &report);
    ImGui::PopID();
  }
  if (report.apology && report.ownership && report.donts.empty())
    ImGui::TextColored(kOk, "%s", t::kKioskApologyGood.c_str());
  ImGui::PopTextWrapPos();
  if (edited) apology = std::move(*edited);
  form::lines(t::kKioskNextSteps, "##kiosk-next-steps", &d.settings.kiosk_next_steps,
              ImGui::GetTextLineHeight() * 2.5f);
  form::error_for(save_.error, "kiosk_next_steps");
  form::whole(t::kKioskIdle, "##kiosk-idle", &d.kiosk_idle_seconds);
  form::error_for(save_.error, "kiosk_idle_seconds");
}

void SettingsEditor::draw_words() {
  Draft& d = *draft_;
  Vocabulary& words = d.settings.vocabulary;
  form::heading(t::kWords);
  form::label(t::kStartFrom);
  ImGui::SetNextItemWidth(220);
  if (begin_combo(t::kStartFrom, "##trade", t::kTradeNames[d.trade])) {
    for (int i = 0; i < static_cast<int>(kTrades.size()); ++i)
      if (ImGui::Selectable(t::kTradeNames[i], d.trade == i)) d.trade = i;
    end_combo();
  }
  ImGui::SameLine();
  if (ImGui::Button((std::string(t::kUseWords) + "##trade").c_str()))
    words = default_vocabulary(kTrades[static_cast<std::size_t>(d.trade)]);
  ImGui::TextColored(kMuted, "%s", t::kTradeNote.c_str());
  struct List {
    const char* title;
    const char* field;
    std::vector<Term>* terms;
  };
  const std::array<List, 4> lists = {List{t::kKinds, "failure_kinds", &words.failure_kinds},
                                     List{t::kChannels, "channels", &words.channels},
                                     List{t::kSegments, "segments", &words.segments},
                                     List{t::kTiers, "value_tiers", &words.value_tiers}};
  for (std::size_t l = 0; l < lists.size(); ++l) {
    const List& list = lists[l];
    ImGui::PushID(list.field);
    ImGui::Spacing();
    ImGui::TextUnformatted(list.title);
    for (std::size_t i = 0; i < list.terms->size(); ++i) {
      Term& term = (*list.terms)[i];
      ImGui::PushID(static_cast<int>(i));
      ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.6f);
      input_text(("##term-" + term.id).c_str(), &term.label);
      ImGui::SameLine();
      ImGui::Checkbox((std::string(t::kRetired) + "##" + term.id).c_str(), &term.retired);
      form::error_for(save_.error,
                      std::string("vocabulary.") + list.field + "[" + std::to_string(i) + "]");
      ImGui::PopID();
    }
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.6f);
    input_text("##new-term", &d.new_terms[l]);
    ImGui::SameLine();
    if (ImGui::Button((std::string(t::kAddTerm) + "##" + list.field).c_str()) &&
        !trim(d.new_terms[l]).empty()) {
      std::vector<std::string_view> taken;
      for (const Term& x : *list.terms) taken.emplace_back(x.id);
      const std::string label = trim(d.new_terms[l]);
      list.terms->push_back(Term{id_from_name(label, "term", taken), label, false});
      d.new_terms[l].clear();
    }
    form::error_for(save_.error, std::string("vocabulary.") + list.field);
    ImGui::PopID();
  }
}

std::optional<Settings> SettingsEditor::read_draft() {
  Draft& d = *draft_;
  Settings s = d.settings;
  const auto duration = [&](const std::string& typed, int unit, const char* field, int& out) {
    const std::optional<int> v = seconds_of(typed, unit);
    if (!v)
      save_.error = Error{field, t::kNotAWholeNumber.c_str()};
    else
      out = *v;
    return v.has_value();
  };
  if (!duration(d.first_response_minutes, 60, "first_response_seconds", s.first_response_seconds) ||
      !duration(d.recovery_hours, 3600, "recovery_seconds", s.recovery_seconds) ||
      !duration(d.follow_up_hours, 3600, "follow_up_seconds", s.follow_up_seconds))
    return std::nullopt;
  const std::optional<int> offset = form::parse_whole(d.offset_minutes);
  if (!offset) {
    save_.error = Error{"utc_offset_minutes", t::kNotAWholeNumber.c_str()};
    return std::nullopt;
  }
  s.utc_offset_minutes = *offset;
  const std::optional<int> months = form::parse_whole(d.anonymise_months);
  if (!months) {
    save_.error = Error{"anonymise_after_months", t::kNotAWholeNumber.c_str()};
    return std::nullopt;
  }
  s.anonymise_after_months = *months;
  const std::optional<int> idle = form::parse_whole(d.kiosk_idle_seconds);
  if (!idle) {
    save_.error = Error{"kiosk_idle_seconds", t::kNotAWholeNumber.c_str()};
    return std::nullopt;
  }
  s.kiosk_idle_seconds = *idle;
  s.segment_budgets.clear();
  for (const auto& [segment, typed] : d.budgets) {
    if (trim(typed).empty() || !find_term(s.vocabulary.segments, segment)) continue;
    const std::optional<Cents> c = parse_money(typed);
    if (!c) {
      save_.error = Error{"segment_budgets." + segment, t::kNotAnAmount.c_str()};
      return std::nullopt;
    }
    s.segment_budgets[segment] = *c;
  }
  for (const auto& [tier, typed] : d.tier_values) {
    if (!find_term(s.vocabulary.value_tiers, tier)) continue;
    const std::optional<Cents> c = parse_money(typed);
    if (!c) {
      save_.error = Error{"tier_annual_value." + tier, t::kNotAnAmount.c_str()};
      return std::nullopt;
    }
    s.tier_annual_value[tier] = *c;
  }
  return s;
}

}  // namespace mend::ui
