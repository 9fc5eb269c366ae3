// The case screen's "Make good" part: the recommender's ranked items with
// their reasons, cost against value, stock or budget left and the signed-in
// person's authority; grant in one tap, or with a manager's PIN on the spot
// (a modal); a free-text offer; this case's grants, each reversible with a
// reason; and two guards (more is not better; a manager for a double
// deviation). It owns its drafts and the last refusal of each of its
// controls, and keeps the ranking until the case, the person or the day
// changes, never recomputing it per frame.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "app/app_state.hpp"
#include "core/compensation/recommend.hpp"

namespace mend::ui {

class CompensationPart {
 public:
  void draw(const app::AppState& state, const CaseState& c, app::Requests& out);

 private:
  struct Row {
    Recommendation rec;
    AuthorityCheck check;
    bool too_much = false;  // over_compensates (core/compensation/guards.hpp)
  };

  void follow(const app::AppState& state, const std::string& case_id);
  void refresh(const app::AppState& state, const CaseState& c);
  void draw_double_deviation(const app::AppState& state, const CaseState& c, app::Requests& out);
  void draw_authority(const app::AppState& state);
  void draw_row(const app::AppState& state, const CaseState& c, const Row& row, app::Requests& out);
  void draw_offer(const app::AppState& state, const CaseState& c, app::Requests& out);
  void draw_grants(const app::AppState& state, const CaseState& c, app::Requests& out);
  void draw_approval(const app::AppState& state, const CaseState& c, app::Requests& out);
  void draw_refusal(const std::string& control);
  void forget_pin();

  // The ranking and what it was computed for.
  std::vector<Row> rows_;
  // The case's make-good is already far above what the failure warrants: the
  // warning shows once above the list instead of under every item.
  bool already_too_much_ = false;
  std::string ranked_case_, ranked_staff_;
  std::size_t ranked_bytes_ = 0, ranked_cases_ = 0;
  std::int64_t ranked_day_ = 0, ranked_ledger_ = 0;

  std::string case_id_;  // the case the drafts belong to
  std::string offer_text_;
  std::map<std::string, std::string> reverse_reasons_;  // by grant id
  std::map<std::string, std::string> refusals_;         // control -> why
  // The approval prompt: for which item, who approves, their PIN (wiped
  // once sent), why, and what went wrong last.
  std::string approve_item_;
  bool approval_wanted_ = false, approval_done_ = false;
  std::string approver_, pin_, approval_reason_, approval_error_;
};

}  // namespace mend::ui
