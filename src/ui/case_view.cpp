// The case screen's frame: who and what (everything captured at intake), the
// live clocks with what stops each, then the parts in tabs so each fits on a
// tablet without scrolling past the others.
#include "ui/case_view.hpp"

#include <imgui_internal.h>

#include <iterator>
#include <map>
#include <string>
#include <variant>

#include "app/book_terms.hpp"
#include "core/base/text.hpp"
#include "core/case/clocks.hpp"
#include "core/model/vocabulary.hpp"
#include "core/playbook/playbooks.hpp"
#include "core/privacy/anonymise.hpp"
#include "ui/format.hpp"
#include "ui/i18n.hpp"
#include "ui/keyboard_focus.hpp"
#include "ui/messages_case.hpp"
#include "ui/messages_comp.hpp"
#include "ui/messages_reply.hpp"
#include "ui/readable.hpp"
#include "ui/theme.hpp"

namespace mend::ui {
namespace {

// Below this width (CSS px) the case screen stacks its parts.
constexpr float kSideBySideWidth = 900;

}  // namespace

void CaseScreen::follow(const app::AppState& state) {
  if (state.selected_case != case_id_) {
    case_id_ = state.selected_case;
    drafts_ = Drafts{};
    reply_ = ReplyCoach{};
    refusals_.clear();
    part_ = Part::Steps;
  }
  for (const app::AppOutcome& o : state.outcomes) {
    if (const auto* refused = std::get_if<app::CaseEventRefused>(&o)) {
      if (refused->case_id == case_id_)
        refusals_[refused->control] = tr_sentence(refused->error.why);
    } else if (const auto* done = std::get_if<app::CaseEventRecorded>(&o)) {
      if (done->case_id != case_id_) continue;
      refusals_.erase(done->control);
      // A step done answers the other steps' "do X first" too.
      if (done->control.rfind("step:", 0) == 0)
        std::erase_if(refusals_, [](const auto& r) { return r.first.rfind("step:", 0) == 0; });
      // A closing or reopening answers the other one's refusal too.
      if (done->control == "close" || done->control == "reopen") refusals_.clear();
      const std::string& c = done->control;
      if (c.rfind("step:", 0) == 0) drafts_.step_notes.erase(c.substr(5));
      if (c == "follow-up") drafts_.follow_up_note.clear();
      if (c == "follow-up-done") drafts_.follow_up_done_note.clear();
      if (c == "close") drafts_.close_note.clear();
      if (c == "reopen") drafts_.reopen_reason.clear();
      if (c == "reply") reply_.saved = drafts_.reply;  // kept: it may still be sent
    }
  }
}

void CaseScreen::push(app::Requests& out, const std::string& control, Payload payload) const {
  out.push(app::RequestCaseEvent{case_id_, control, std::move(payload)});
}

void CaseScreen::draw_refusal(const std::string& control) {
  auto it = refusals_.find(control);
  if (it == refusals_.end()) return;
  // Listed as "<reason>##refusal-<control>", where it is drawn.
  readable_text(it->second.c_str(), ("refusal-" + control).c_str(), static_cast<ImVec4>(kDanger));
}

namespace {

// What the customer gave (a name, their words) may be any length, but at
// most this many of its characters are drawn in the case's facts: ImGui 1.86
// makes vertices for every glyph of a wrapped text, those scrolled out of
// view above too, so 100,000 characters overflow its 16-bit vertex indices
// (the column draws blank) and take seconds a frame. (Its formatted text
// also stopped at 3 KB, cutting words mid-sentence, even mid-character.)
constexpr std::size_t kShownCharacters = 5000;

// `given` put into `format` (one %s) and drawn wrapped, at most
// kShownCharacters of it, with a line saying how much is not shown; listed
// by the widget registry as "<text>##<id>" (tests, the screen-reader mirror).
void customer_text(const char* format, const std::string& given, const char* id) {
  const std::size_t keep = bytes_of_characters(given, kShownCharacters);
  std::string shown = given.substr(0, keep);
  if (keep < given.size()) shown += "\u2026";
  readable_text(text_format(format, shown.c_str()).c_str(), id,
                ImGui::GetStyleColorVec4(ImGuiCol_Text));
  if (keep == given.size()) return;
  const std::string more =
      text_format(case_text::kNotAllShown, characters(given) - kShownCharacters);
  readable_text(more.c_str(), (std::string(id) + "-more").c_str(), static_cast<ImVec4>(kMuted));
}

}  // namespace

void CaseScreen::draw_header(const app::AppState& state, const CaseState& c) {
  const Vocabulary& words = app::vocabulary(state.book);
  const Customer& who = c.customer;
  ImGui::PushFont(fonts().bold);
  if (c.anonymised_at) {
    ImGui::TextUnformatted(case_text::kAnonymisedCustomer);
  } else {
    const char* separator = who.name.empty() || who.contact.empty() ? "" : "  \u00b7  ";
    customer_text("%s", who.name + separator + who.contact, "case-customer");
  }
  ImGui::PopFont();
  if (c.anonymised_at) {
    const bool asked = c.anonymised_reason == kAnonymisedOnRequest;
    ImGui::PushStyleColor(ImGuiCol_Text, static_cast<ImVec4>(kMuted));
    ImGui::TextWrapped(asked ? case_text::kAnonymisedOnRequest : case_text::kAnonymisedForRetention,
                       local_time_text(*c.anonymised_at).c_str());
    ImGui::PopStyleColor();
  }
  const std::string kind = shown_term_label(words.failure_kinds, c.category, screen_language());
  ImGui::TextWrapped(case_text::kIntakeHeader, kind.c_str(), c.severity,
                     local_time_text(c.opened_at).c_str());
  ImGui::TextWrapped(case_text::kIntakeSegment,
                     shown_term_label(words.segments, who.segment, screen_language()).c_str(),
                     shown_term_label(words.value_tiers, who.value_tier, screen_language()).c_str(),
                     shown_term_label(words.channels, c.channel, screen_language()).c_str());
  if (!who.cares_about.empty()) {
    std::string tags;
    for (const std::string& t : who.cares_about) tags += (tags.empty() ? "" : ", ") + t;
    customer_text(case_text::kIntakeCares, tags, "case-cares");
  }
  if (!c.customer_words.empty())
    customer_text(case_text::kIntakeWords, c.customer_words, "case-words");
  if (!c.customer_wants.empty())
    customer_text(case_text::kIntakeWants, c.customer_wants, "case-wants");
  // A second failure ("double deviation") needs more than the first did.
  if (const std::size_t earlier = state.derived.prior_failures(c); earlier == 1)
    ImGui::TextColored(kDanger, "%s", case_text::kFailedOnce.c_str());
  else if (earlier > 1)
    ImGui::TextColored(kDanger, case_text::kFailedMore, earlier);
  if (!c.open && c.closed_at)
    ImGui::TextColored(kMuted, case_text::kClosedCase, local_time_text(*c.closed_at).c_str());
}

void CaseScreen::draw_clocks(const app::AppState& state, const CaseState& c, int columns) {
  // O(events of this case): the three clocks tick on screen.
  const CaseClocks clocks = case_clocks(state.book, c, state.now);
  const Playbook* stored = find_playbook(state.book, c.playbook_id, c.playbook_version);
  const Playbook* playbook = stored ? &shown_playbook(*stored, screen_language()) : nullptr;
  const std::string first_step =
      playbook && !playbook->steps.empty() ? playbook->steps.front().title : std::string();
  // What met the first response: the step done at that moment, if it was one.
  std::string first_by;
  for (const StepRecord& s : c.steps) {
    if (c.first_response_at && s.at == *c.first_response_at && playbook)
      if (const Step* step = find_step(*playbook, s.step_id)) first_by = "\"" + step->title + "\"";
  }
  const struct {
    ClockKind kind;
    const Clock* clock;
    std::string by;
  } rows[] = {{ClockKind::FirstResponse, &clocks.first_response, first_by},
              {ClockKind::Recovery, &clocks.recovery, {}},
              {ClockKind::FollowUp, &clocks.follow_up, {}}};
  if (!ImGui::BeginTable("##clocks", columns, ImGuiTableFlags_BordersInnerV)) return;
  for (const auto& row : rows) {
    ImGui::TableNextColumn();
    if (columns == 1) ImGui::Spacing();
    const ImVec4 colour = row.clock->missed() ? kDanger : row.clock->met() ? kOk : kAccent;
    ImGui::PushFont(fonts().bold);
    ImGui::TextColored(colour, "%s", case_text::clock_line(row.kind, *row.clock).c_str());
    ImGui::PopFont();
    ImGui::PushStyleColor(ImGuiCol_Text, static_cast<ImVec4>(kMuted));
    const bool running = row.clock->status == ClockStatus::Pending || row.clock->overdue();
    if (!running)
      ImGui::TextWrapped("%s", case_text::clock_met(*row.clock, row.by).c_str());
    else
      ImGui::TextWrapped("%s", case_text::clock_stopper(row.kind, first_step).c_str());
    ImGui::PopStyleColor();
  }
  ImGui::EndTable();
}

void CaseScreen::draw(const app::AppState& state, app::Requests& out) {
  if (ImGui::Button(case_text::kBackToQueue)) out.push(app::RequestShowScreen{app::Screen::Queue});
  const CaseState* c = state.derived.case_state(state.selected_case);
  if (!c) {
    ImGui::TextColored(kDanger, "%s", case_text::kNotInBook.c_str());
    return;
  }
  ImGui::SameLine();
  ImGui::PushFont(fonts().title);
  ImGui::Text(case_text::kCaseTitle, c->reference.c_str());
  ImGui::PopFont();
  ImGui::Separator();
  // Side by side where there is room: what happened and the clocks on the
  // left, the work in tabs on the right, each part with the full height.
  const float width = ImGui::GetContentRegionAvail().x;
  if (width >= kSideBySideWidth) {
    ImGui::BeginChild("##case-facts", ImVec2(width * 0.34f, 0), false, kTabThrough);
    draw_header(state, *c);
    ImGui::Separator();
    draw_clocks(state, *c, 1);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("##case-parts", ImVec2(0, 0), false, kTabThrough);
    draw_parts(state, *c, out);
    ImGui::EndChild();
    return;
  }
  draw_header(state, *c);
  draw_clocks(state, *c, 3);
  ImGui::Separator();
  draw_parts(state, *c, out);
}

void CaseScreen::draw_parts(const app::AppState& state, const CaseState& c, app::Requests& out) {
  // A row of buttons rather than an ImGui tab bar: buttons are as tall as a
  // finger on a tablet and report their labels to the widget registry.
  const char* const names[] = {case_text::kTabSteps,   reply_text::kTabReply,
                               comp_text::kTab,        case_text::kTabFollowUp,
                               case_text::kTabOutcome, case_text::kTabTimeline,
                               case_text::kTabCustomer};
  const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  for (int i = 0; i < static_cast<int>(std::size(names)); ++i) {
    const float width = ImGui::CalcTextSize(names[i]).x + 2 * ImGui::GetStyle().FramePadding.x;
    if (i > 0 && ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + width < right)
      ImGui::SameLine();
    const bool shown = static_cast<int>(part_) == i;
    if (shown ? primary_button(names[i]) : ImGui::Button(names[i])) part_ = static_cast<Part>(i);
  }
  // Compensation (issue 8, another part) adds its part here, between the
  // recovery's steps and its record.
  ImGui::Separator();
  // One child per part: each keeps its own scroll, so a part opened after
  // scrolling far down another starts at its top, not in blank space below.
  ImGui::PushID(static_cast<int>(part_));
  ImGui::BeginChild("##case-part", ImVec2(0, 0), false, kTabThrough);
  switch (part_) {
    case Part::Steps:
      draw_steps(state, c, out);
      break;
    case Part::Reply:
      draw_reply(state, c, out);
      break;
    case Part::Compensation:
      draw_compensation(state, c, out);
      break;
    case Part::FollowUp:
      draw_follow_up(state, c, out);
      break;
    case Part::Outcome:
      draw_outcome(state, c, out);
      draw_close(c, out);
      break;
    case Part::Timeline:
      draw_timeline(state, c);
      break;
    case Part::History:
      draw_history(state, c, out);
      break;
  }
  ImGui::EndChild();
  ImGui::PopID();
}

}  // namespace mend::ui
