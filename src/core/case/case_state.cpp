#include "core/case/case_state.hpp"

#include <algorithm>
#include <type_traits>

#include "core/base/text.hpp"
#include "core/model/lookup.hpp"
#include "core/privacy/anonymise.hpp"

namespace mend {

bool CaseState::step_done(std::string_view step_id) const {
  return std::any_of(steps.begin(), steps.end(),
                     [&](const StepRecord& s) { return s.step_id == step_id; });
}

const StepRecord* CaseState::step_record(std::string_view step_id) const {
  for (std::size_t i = round_start; i < steps.size(); ++i) {
    if (steps[i].step_id == step_id) return &steps[i];
  }
  return nullptr;
}

const GrantRecord* CaseState::find_grant(std::string_view event_id) const {
  for (const auto& g : grants) {
    if (g.event_id == event_id) return &g;
  }
  return nullptr;
}

const ApprovalRecord* CaseState::find_approval(std::string_view event_id) const {
  for (const auto& a : approvals) {
    if (a.event_id == event_id) return &a;
  }
  return nullptr;
}

int CaseState::live_grant_count() const {
  return static_cast<int>(std::count_if(grants.begin(), grants.end(),
                                        [](const GrantRecord& g) { return !g.reversed; }));
}

namespace {

bool is_response(const Payload& p) {
  return std::holds_alternative<StepDone>(p) || std::holds_alternative<Note>(p) ||
         std::holds_alternative<Offer>(p) || std::holds_alternative<Granted>(p);
}

struct Folder {
  CaseState& s;
  const Event& e;

  void operator()(const Opened& o) {
    s.customer = o.customer;
    s.channel = o.channel;
    s.category = o.category;
    s.severity = o.severity;
    s.customer_words = o.customer_words;
    s.customer_wants = o.customer_wants;
    s.taken_by = o.taken_by;
    s.reference = o.reference;
    s.playbook_id = o.playbook_id;
    s.playbook_version = o.playbook_version;
    s.open = true;
    s.opened_at = e.at;
  }
  void operator()(const Note& n) { s.notes.push_back(n.text); }
  void operator()(const StepDone& d) {
    s.steps.push_back({d.step_id, e.id, e.at, e.actor, d.note, d.choice});
  }
  void operator()(const Offer& o) { s.offers.push_back({e.id, e.at, e.actor, o.item_id, o.text}); }
  void operator()(const Approval& a) { s.approvals.push_back({e.id, e.at, a}); }
  void operator()(const Granted& g) {
    GrantRecord r{e.id,    e.at,          e.actor, g.item_id, g.quantity, g.cost,
                  g.value, g.approval_id, {},      false,     {},         0};
    if (const ApprovalRecord* a = s.find_approval(g.approval_id))
      r.approved_by = a->approval.approved_by;
    s.total_cost += g.cost;
    s.total_value += g.value;
    s.grants.push_back(std::move(r));
  }
  void operator()(const GrantReversed& r) {
    for (auto& g : s.grants) {
      if (g.event_id == r.grant_id && !g.reversed) {
        g.reversed = true;
        g.reversal_reason = r.reason;
        g.reversed_at = e.at;
        s.total_cost -= g.cost;
        s.total_value -= g.value;
      }
    }
  }
  void operator()(const FollowUpScheduled& f) {
    s.follow_ups.push_back({e.id, f.due, f.note, false, 0});
  }
  void operator()(const FollowUpDone& d) {
    if (!s.follow_up_done_at) s.follow_up_done_at = e.at;
    s.follow_up_notes.emplace_back(e.at, d.note);
    // Done answers the earliest pending follow-up.
    FollowUpRecord* first = nullptr;
    for (auto& f : s.follow_ups) {
      if (!f.done && (!first || f.due < first->due)) first = &f;
    }
    if (first) {
      first->done = true;
      first->done_at = e.at;
    }
  }
  void operator()(const Outcome& o) {
    s.outcome = o;
    s.outcome_at = e.at;
    if (!s.recovered_at && (o.verdict == Verdict::Satisfied || o.verdict == Verdict::Delighted))
      s.recovered_at = e.at;
  }
  void operator()(const Analysis& a) { s.analysis = a; }
  void operator()(const Closed&) {
    s.open = false;
    s.closed_at = e.at;
  }
  void operator()(const Reopened&) {
    s.open = true;
    s.closed_at.reset();
    s.round_start = s.steps.size();
    ++s.reopen_count;
  }
  void operator()(const Anonymised& a) {
    if (s.anonymised_at) {  // a later one counts only if it supersedes (anonymise.hpp)
      if (a.reason == kAnonymisedOnRequest) s.anonymised_reason = a.reason;
      return;
    }
    s.anonymised_at = e.at;
    s.anonymised_reason = a.reason;
    if (s.open) {
      s.open = false;
      s.closed_at = e.at;
    }
  }
};

}  // namespace

CaseState fold_case(const Case& c) {
  CaseState s;
  s.case_id = c.id;
  for (const Event& e : c.events) {
    std::visit(Folder{s, e}, e.payload);
    if (!s.first_response_at && e.actor != kKioskActor && is_response(e.payload) &&
        e.at >= s.opened_at) {
      s.first_response_at = e.at;
    }
    s.last_event_at = std::max(s.last_event_at, e.at);
  }
  return s;
}

std::vector<std::string> prior_failures(const Book& book, std::string_view contact, TimeMs before) {
  const std::string key = normalise_contact(contact);
  if (key.empty()) return {};
  // An anonymised case holds a pseudonym (privacy/anonymise.hpp): computed
  // once here, so the walk compares strings and hashes nothing.
  const std::string pseudo = is_pseudonym(key) ? key : CustomerKeys(book.settings).of(contact);
  std::vector<std::pair<TimeMs, std::string>> found;  // (opened at, case id)
  for (const Case& c : book.cases) {
    const Opened* o = case_opened(c);
    if (!o || c.events.front().at >= before) continue;
    const std::string theirs = normalise_contact(o->customer.contact);
    if (theirs == key || (is_pseudonym(theirs) && theirs == pseudo))
      found.emplace_back(c.events.front().at, c.id);
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> out;
  out.reserve(found.size());
  for (auto& f : found) out.push_back(std::move(f.second));
  return out;
}

std::vector<std::string> prior_failures(const Book& book, const Case& c) {
  const Opened* o = case_opened(c);
  if (!o) return {};
  return prior_failures(book, o->customer.contact, c.events.front().at);
}

}  // namespace mend
