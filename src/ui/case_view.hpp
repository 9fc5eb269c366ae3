// The guided case screen: the frame (case_view.cpp) and its parts — steps
// (case_steps.cpp), the reply draft with the coach (case_reply.cpp), timeline (case_timeline.cpp),
// follow-up, outcome and close (case_followup.cpp), the customer's other cases (case_history.cpp).
// It owns the drafts typed into it and the last refusal of each control, so
// a refused step shows the core's reason next to the button that asked.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "app/app_state.hpp"
#include "core/coach/coach.hpp"
#include "ui/case_compensation.hpp"
#include "ui/text_fields.hpp"  // TextMark

namespace mend::ui {

// How long "Copied" stays beside a copy button.
inline constexpr TimeMs kCopiedShownMs = 3000;
// Typing pauses this long before the coach reads a draft again.
inline constexpr TimeMs kCoachPauseMs = 300;

class CaseScreen {
 public:
  // Reads the app's outcomes: a refusal is kept for its control, a recorded
  // event clears that control's draft and refusal.
  void follow(const app::AppState& state);
  void draw(const app::AppState& state, app::Requests& out);

 private:
  struct Drafts {
    std::map<std::string, std::string> step_notes;  // by step id
    std::map<std::string, int> step_choices;        // by step id; index into the step's choices
    int follow_up_days = 0;                         // 0: not chosen yet (the suggestion is used)
    std::string follow_up_note, follow_up_done_note;
    int verdict = -1;   // -1: none chosen
    int retention = 0;  // Retention
    std::string root_cause, action;
    std::string close_note, reopen_reason;
    std::string reply;  // the reply draft the coach reads
    // "Tell them what changed": the message, and the action it was drafted
    // from (a new analysis drafts it again).
    std::string loop_message, loop_from_action;
    bool forgetting = false;  // "Forget this customer" asks before it acts
  };
  // What the coach last read of the reply draft, and when it was typed.
  struct ReplyCoach {
    std::string coached;
    std::string language;  // the coach's rules: "" detects them from the words, else "en" or "ms"
    std::string detected;  // the language the coached words read as, told once per change
    CoachReport report;
    TimeMs edited_at = 0;
    std::string copied, saved;  // the draft as last copied, as last saved as a note
    TimeMs copied_at = 0;
  };
  struct TimelineRow {
    std::string when, who, what;
  };

  void draw_header(const app::AppState& state, const CaseState& c);
  void draw_clocks(const app::AppState& state, const CaseState& c, int columns);
  // The tabs: steps, follow-up, outcome and close, timeline, customer history.
  void draw_parts(const app::AppState& state, const CaseState& c, app::Requests& out);
  void draw_steps(const app::AppState& state, const CaseState& c, app::Requests& out);
  // The reply draft with the coach (case_reply.cpp).
  const CoachRules& reply_rules() const;
  void draw_reply_language();
  void draw_reply(const app::AppState& state, const CaseState& c, app::Requests& out);
  void draw_reply_findings();
  void coach_reply(TimeMs now);
  void draw_phrases(const Step& step, TimeMs now);
  void draw_timeline(const app::AppState& state, const CaseState& c);
  void draw_compensation(const app::AppState& state, const CaseState& c, app::Requests& out);
  void draw_follow_up(const app::AppState& state, const CaseState& c, app::Requests& out);
  void draw_outcome(const app::AppState& state, const CaseState& c, app::Requests& out);
  void draw_close(const CaseState& c, app::Requests& out);
  // Closing the loop once the corrective action is recorded (case_loop.cpp).
  void draw_closing_loop(const app::AppState& state, const CaseState& c, app::Requests& out);
  void draw_forget(const app::AppState& state, const CaseState& c, std::size_t cases,
                   app::Requests& out);
  void draw_history(const app::AppState& state, const CaseState& c, app::Requests& out);
  // The last refusal of `control`, drawn where the cursor is (next to it).
  void draw_refusal(const std::string& control);
  void push(app::Requests& out, const std::string& control, Payload payload) const;
  void refresh_timeline(const app::AppState& state, const CaseState& c);

  // The part of the case on screen, in the order its buttons are drawn.
  enum class Part { Steps, Reply, Compensation, FollowUp, Outcome, Timeline, History };
  Part part_ = Part::Steps;
  std::string case_id_;  // the case the drafts belong to
  Drafts drafts_;
  ReplyCoach reply_;
  ReplyCoach loop_;  // the coach's reading of the closing-the-loop message
  std::map<std::string, std::string> refusals_;  // control -> the core's reason
  std::string copied_;                           // the phrase last copied
  TimeMs copied_at_ = 0;
  // The timeline, decoded from the case's bytes only when they change.
  std::string timeline_case_;
  std::size_t timeline_bytes_ = 0;
  std::string timeline_language_;  // its words are redrawn in a new language
  std::vector<TimelineRow> timeline_;
  CompensationPart compensation_;  // "Make good" (case_compensation.cpp)
};

// The Follow-ups screen: what is due today and overdue, one tap to the case.
void draw_follow_ups(const app::AppState& state, app::Requests& out);

}  // namespace mend::ui
