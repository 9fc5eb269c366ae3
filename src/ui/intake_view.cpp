// New case: the intake form. Staff fill it in while the customer is still
// there, so it asks only what the recovery needs and keeps their own words.
// The customer's earlier cases show as soon as the contact or name matches,
// before the case is opened; Enter opens it; Cancel asks before it discards.
#include <algorithm>
#include <iterator>
#include <optional>
#include <set>
#include <string>
#include <variant>
#include <vector>

#include "app/book_terms.hpp"
#include "core/base/text.hpp"
#include "core/case/case_state.hpp"
#include "core/model/vocabulary.hpp"
#include "core/playbook/playbooks.hpp"
#include "ui/format.hpp"
#include "ui/keyboard_focus.hpp"
#include "ui/messages_case.hpp"
#include "ui/messages_intake.hpp"
#include "ui/readable.hpp"
#include "ui/text_fields.hpp"
#include "ui/theme.hpp"
#include "ui/views.hpp"

namespace mend::ui {
namespace {

namespace text = intake_text;

constexpr float kLabelWidth = 190;
// From this width (CSS px) the customer and the failure sit side by side.
constexpr float kTwoColumnsWidth = 960;
// Earlier cases listed on the form; the case's Customer history has them all.
constexpr std::size_t kSeenRowsShown = 4;
// Tags offered when the catalog has none yet: what customers often care about.
constexpr const char* kCommonTags[] = {"time", "price", "quality", "kids", "quiet", "health"};

void label(const char* words) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(words);
  ImGui::SameLine(kLabelWidth);
  ImGui::SetNextItemWidth(-1);
}

// Enter in a single-line field opens the case (the field keeps its text).
bool field(const char* id, std::string* value, TextKind kind = TextKind::Plain) {
  return input_text(id, value, ImGuiInputTextFlags_EnterReturnsTrue, kind);
}

// The vocabulary's terms still offered; a stored id it doesn't list reads
// well anyway (term_label).
void term_combo(const char* name, const char* id, const std::vector<Term>& terms,
                std::string& value) {
  if (!begin_combo(name, id, shown_term_label(terms, value, screen_language()).c_str())) return;
  for (const Term& t : terms) {
    if (t.retired) continue;
    if (ImGui::Selectable(shown_term_label(terms, t.id, screen_language()).c_str(), t.id == value))
      value = t.id;
  }
  end_combo();
}

void playbook_combo(const Book& book, std::string& playbook_id) {
  const Playbook* current = latest_playbook(book, playbook_id);
  if (!begin_combo(
          text::kPlaybook, "##playbook",
          current ? shown_playbook(*current, screen_language()).name.c_str() : playbook_id.c_str()))
    return;
  // The business's own first (what it made for itself is what it uses most),
  // then the built-ins, each at its latest version.
  const std::vector<const Playbook*> all = available_playbooks(book);
  for (bool builtin : {false, true})
    for (const Playbook* p : all)
      if (p->builtin == builtin &&
          ImGui::Selectable(shown_playbook(*p, screen_language()).name.c_str(),
                            p->id == playbook_id))
        playbook_id = p->id;
  end_combo();
}

void tenure_combo(int& months) {
  const auto& choices = text::kTenureChoices;
  const auto* current = std::find_if(std::begin(choices), std::end(choices),
                                     [&](const auto& c) { return c.months == months; });
  if (!begin_combo(text::kTenure, "##tenure",
                   current != std::end(choices) ? current->label.c_str() : ""))
    return;
  for (const auto& c : choices)
    if (ImGui::Selectable(c.label, c.months == months)) months = c.months;
  end_combo();
}

// Keeps a default the vocabulary still offers, else its first term.
void offered_or_first(const std::vector<Term>& terms, std::string& value) {
  if (const Term* t = find_term(terms, value); t && !t->retired) return;
  for (const Term& t : terms) {
    if (!t.retired) {
      value = t.id;
      return;
    }
  }
}

// Buttons in a flow that wraps at the right edge.
bool flow_button(const std::string& label, bool first) {
  // The cell's or window's right edge (a table cell narrows the work rect).
  const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
  const float width =
      ImGui::CalcTextSize(label.c_str(), nullptr, true).x + 2 * ImGui::GetStyle().FramePadding.x;
  if (!first && ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + width < right)
    ImGui::SameLine();
  return ImGui::Button(label.c_str());
}

}  // namespace

void IntakeForm::reset(const Book& book) {
  draft_ = app::IntakeData{};
  tag_draft_[0] = '\0';
  seen_key_.clear();
  seen_rows_.clear();
  seen_count_ = 0;
  focus_first_ = true;
  ask_discard_ = false;
  const Vocabulary& words = app::vocabulary(book);
  offered_or_first(words.segments, draft_.segment);
  offered_or_first(words.value_tiers, draft_.value_tier);
  offered_or_first(words.channels, draft_.channel);
  offered_or_first(words.failure_kinds, draft_.category);
  if (!latest_playbook(book, draft_.playbook_id)) {
    const auto playbooks = available_playbooks(book);
    if (!playbooks.empty()) draft_.playbook_id = playbooks.front()->id;
  }
}

bool IntakeForm::filled() const {
  const auto typed = [](const std::string& s) { return !trim(s).empty(); };
  return typed(draft_.customer_name) || typed(draft_.contact) || typed(draft_.customer_words) ||
         typed(draft_.customer_wants) || typed(tag_draft_) || !draft_.cares_about.empty();
}

void IntakeForm::follow(const app::AppState& state) {
  for (const app::AppOutcome& o : state.outcomes) {
    if (std::holds_alternative<app::IntakeStarted>(o) || std::holds_alternative<app::CaseOpened>(o))
      reset(state.book);
  }
}

void IntakeForm::draw_tags(const Book& book) {
  label(text::kCares);
  // Enter adds the typed tag (it does not open the case here).
  // A fixed buffer: tags are a word or two, and this ImGui's std::string
  // helpers have no hint.
  if (ImGui::InputTextWithHint("##cares", text::kCaresHint, tag_draft_, sizeof tag_draft_,
                               ImGuiInputTextFlags_EnterReturnsTrue)) {
    if (!trim(tag_draft_).empty()) draft_.cares_about.push_back(normalise_name(tag_draft_));
    tag_draft_[0] = '\0';
    ImGui::SetKeyboardFocusHere(-1);  // keep typing tags
  }
  ImGui::Indent(kLabelWidth);
  bool first = true;
  for (std::size_t i = 0; i < draft_.cares_about.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    const std::string chip = text_format(text::kRemoveTag, draft_.cares_about[i].c_str());
    if (flow_button(chip + "##tag", first)) {
      draft_.cares_about.erase(draft_.cares_about.begin() + static_cast<std::ptrdiff_t>(i));
      ImGui::PopID();
      break;
    }
    first = false;
    ImGui::PopID();
  }
  // Suggestions: the catalog's tags (what the recommender can match), else
  // common ones; those starting with what is typed, not yet chosen.
  std::set<std::string> offered;
  for (const CatalogItem& item : book.catalog)
    if (item.active) offered.insert(item.tags.begin(), item.tags.end());
  if (offered.empty()) offered.insert(std::begin(kCommonTags), std::end(kCommonTags));
  const std::string typed = normalise_name(tag_draft_);
  bool any = false;
  for (const std::string& tag : offered) {
    if (std::find(draft_.cares_about.begin(), draft_.cares_about.end(), tag) !=
            draft_.cares_about.end() ||
        tag.rfind(typed, 0) != 0)
      continue;
    if (!any) {
      ImGui::AlignTextToFramePadding();
      ImGui::TextColored(kMuted, "%s", text::kCaresSuggest.c_str());
      any = true;
    }
    if (flow_button("+ " + tag + "##suggest", false)) {
      draft_.cares_about.push_back(tag);
      tag_draft_[0] = '\0';
    }
  }
  ImGui::Unindent(kLabelWidth);
}

void IntakeForm::draw_seen_before(const app::AppState& state) {
  // Looked up again only when what identifies the customer changes.
  const std::string key =
      normalise_contact(draft_.contact) + '\n' + normalise_name(draft_.customer_name);
  if (key != seen_key_) {
    seen_key_ = key;
    seen_rows_.clear();
    const app::CustomerIndex& customers = state.derived.customers();
    std::vector<app::CustomerCase> cases = customers.cases_of(draft_.contact);
    seen_by_name_ = cases.empty();
    if (seen_by_name_) {
      const auto named = customers.cases_named(draft_.customer_name);
      cases.assign(named.begin(), named.end());
    }
    seen_count_ = cases.size();
    const Vocabulary& words = app::vocabulary(state.book);
    // The newest few, decoded once here.
    for (auto it = cases.rbegin(); it != cases.rend() && seen_rows_.size() < kSeenRowsShown; ++it) {
      const std::optional<Case> c = find_case(state.book, it->case_id);
      if (!c) continue;
      const CaseState s = fold_case(*c);
      const char* status = s.outcome ? case_text::verdict_text(s.outcome->verdict)
                           : s.open  ? case_text::kStatusOpen.c_str()
                                     : case_text::kStatusClosed.c_str();
      seen_rows_.push_back(text_format(
          text::kSeenRow, s.reference.c_str(), local_time_text(s.opened_at).c_str(),
          shown_term_label(words.failure_kinds, s.category, screen_language()).c_str(), status));
    }
  }
  if (seen_count_ == 0) return;
  ImGui::Indent(kLabelWidth);
  std::string headline;
  if (seen_count_ == 1)
    headline = seen_by_name_ ? text::kSameNameOnce : text::kSeenOnce;
  else
    headline = text_format(seen_by_name_ ? text::kSameNameMore : text::kSeenMore, seen_count_);
  ImGui::PushFont(fonts().bold);
  readable_text(headline.c_str(), seen_by_name_ ? "seen-by-name" : "seen-by-contact",
                static_cast<ImVec4>(seen_by_name_ ? kAccent : kDanger));
  ImGui::PopFont();
  for (const std::string& row : seen_rows_)
    readable_text(row.c_str(), "seen-row", ImGui::GetStyleColorVec4(ImGuiCol_Text));
  if (seen_count_ > seen_rows_.size())
    ImGui::TextColored(kMuted, text::kSeenMoreRows, seen_count_ - seen_rows_.size());
  ImGui::Unindent(kLabelWidth);
}

void IntakeForm::draw_customer(const app::AppState& state) {
  const Vocabulary& words = app::vocabulary(state.book);
  ImGui::PushFont(fonts().bold);
  ImGui::TextUnformatted(text::kCustomer);
  ImGui::PopFont();
  label(text::kName);
  if (focus_first_) ImGui::SetKeyboardFocusHere();
  focus_first_ = false;
  submit_ |= field("##name", &draft_.customer_name, TextKind::Name);
  label(text::kContact);
  submit_ |= field("##contact", &draft_.contact, TextKind::Contact);
  draw_seen_before(state);
  label(text::kSegment);
  term_combo(text::kSegment, "##segment", words.segments, draft_.segment);
  label(text::kValue);
  term_combo(text::kValue, "##tier", words.value_tiers, draft_.value_tier);
  label(text::kTenure);
  tenure_combo(draft_.tenure_months);
  draw_tags(state.book);
}

void IntakeForm::draw_failure(const app::AppState& state) {
  const Vocabulary& words = app::vocabulary(state.book);
  ImGui::PushFont(fonts().bold);
  ImGui::TextUnformatted(text::kWhatWentWrong);
  ImGui::PopFont();
  label(text::kKind);
  term_combo(text::kKind, "##category", words.failure_kinds, draft_.category);
  label(text::kSeverity);
  // NoInput: Ctrl+click typing would make the slider a text field, and a tap
  // on a tablet would raise the on-screen keyboard for a 1-to-5 choice.
  ImGui::SliderInt("##severity", &draft_.severity, 1, 5, text::kSeverityFormat,
                   ImGuiSliderFlags_NoInput);
  label(text::kChannel);
  term_combo(text::kChannel, "##channel", words.channels, draft_.channel);
  label(text::kWords);
  input_text_multiline("##words", &draft_.customer_words, ImVec2(-1, 110));
  // Enter makes a new line here; Ctrl+Enter opens the case.
  if (ImGui::IsItemActive() && ImGui::GetIO().KeyCtrl &&
      (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter)) ||
       ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter))))
    submit_ = true;
  label(text::kWants);
  submit_ |= field("##wants", &draft_.customer_wants);
  label(text::kPlaybook);
  playbook_combo(state.book, draft_.playbook_id);
}

void IntakeForm::draw(const app::AppState& state, app::Requests& out) {
  submit_ = false;
  ImGui::PushFont(fonts().title);
  ImGui::TextUnformatted(text::kTitle);
  ImGui::PopFont();
  ImGui::TextColored(kMuted, "%s", text::kListenFirst.c_str());
  ImGui::Separator();

  // Side by side on a wide screen, so the whole form fits without
  // scrolling; one column of at most ~820 px otherwise (wider is hard to scan).
  const float avail = ImGui::GetContentRegionAvail().x;
  const bool columns = avail >= kTwoColumnsWidth;
  const float form_width = columns || avail < 820 ? 0.0f : 820.0f;
  ImGui::BeginChild("##intake-form", ImVec2(form_width, -ImGui::GetFrameHeightWithSpacing() - 12),
                    false, kTabThrough);
  if (columns && ImGui::BeginTable("##intake-columns", 2, ImGuiTableFlags_SizingStretchSame)) {
    ImGui::TableNextColumn();
    draw_customer(state);
    ImGui::TableNextColumn();
    draw_failure(state);
    ImGui::EndTable();
  } else {
    draw_customer(state);
    ImGui::Spacing();
    draw_failure(state);
  }
  ImGui::TextColored(kMuted, "%s", text::kEnterHint.c_str());
  ImGui::EndChild();
  draw_buttons(out, submit_);
}

void IntakeForm::draw_buttons(app::Requests& out, bool submit) {
  ImGui::Separator();
  if (primary_button(text::kOpenCase, ImVec2(160, 0)) || submit) {
    app::IntakeData sent = draft_;
    // A tag typed but not yet added with Enter is meant too.
    if (!trim(tag_draft_).empty()) sent.cares_about.push_back(tag_draft_);
    out.push(app::RequestOpenCase{std::move(sent)});
  }
  ImGui::SameLine();
  if (ImGui::Button(text::kCancel, ImVec2(120, 0))) {
    if (filled())
      ask_discard_ = true;
    else
      out.push(app::RequestShowScreen{app::Screen::Queue});
  }
  if (ask_discard_) {
    ImGui::OpenPopup(text::kDiscardTitle);
    ask_discard_ = false;
  }
  const ImVec2 centre = ImGui::GetMainViewport()->GetCenter();
  ImGui::SetNextWindowPos(centre, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(480.0f, ImGui::GetMainViewport()->Size.x - 32), 0));
  if (!ImGui::BeginPopupModal(text::kDiscardTitle, nullptr,
                              ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove))
    return;
  ImGui::TextWrapped("%s", text::kDiscardText.c_str());
  ImGui::Spacing();
  if (primary_button(text::kKeepEditing) ||
      ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
    ImGui::CloseCurrentPopup();
  ImGui::SameLine();
  if (ImGui::Button(text::kDiscard)) {
    ImGui::CloseCurrentPopup();
    out.push(app::RequestShowScreen{app::Screen::Queue});
  }
  ImGui::EndPopup();
}

}  // namespace mend::ui
