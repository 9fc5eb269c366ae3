#include "core/case/workflow.hpp"

#include <algorithm>
#include <optional>

#include "core/base/ids.hpp"
#include "core/case/case_state.hpp"
#include "core/compensation/authority.hpp"
#include "core/model/lookup.hpp"
#include "core/playbook/playbooks.hpp"
#include "core/privacy/anonymise.hpp"

namespace mend {
namespace {

std::string quoted(const std::string& s) {
  return "\"" + s + "\"";
}

Status validate_opened(const Book& book, const Event& e, const Opened& o) {
  if (!is_valid_id(e.case_id)) return Error{"case_id", "not a valid case id"};
  if (book.cases.index_of(e.case_id))
    return Error{"case_id", "case " + e.case_id + " already exists"};
  if (o.category.empty()) return Error{"category", "say what went wrong (a failure category)"};
  if (o.severity < 1 || o.severity > 5)
    return Error{"severity", "severity must be from 1 (minor) to 5 (critical)"};
  // A customer at a kiosk may stay anonymous; staff record who it was.
  if (o.customer.name.empty() && o.customer.contact.empty() && e.actor != kKioskActor)
    return Error{"customer", "record at least the customer's name or a contact"};
  if (!find_playbook(book, o.playbook_id, o.playbook_version))
    return Error{"playbook_id", "unknown playbook " + quoted(o.playbook_id) + " version " +
                                    std::to_string(o.playbook_version)};
  return ok_status();
}

struct Validator {
  const Book& book;
  const Case& c;
  const CaseState& s;
  const Playbook& pb;
  const Event& e;
  const Ledger* ledger;  // nullptr: rebuilt from the book when a grant needs it

  Status operator()(const Opened&) const {
    return Error{"payload", "the case is already open; it has one Opened event"};
  }
  Status operator()(const Note& n) const {
    if (n.text.empty()) return Error{"text", "a note cannot be empty"};
    return ok_status();
  }
  Status operator()(const StepDone& d) const {
    const Step* step = find_step(pb, d.step_id);
    if (!step)
      return Error{"step_id", "playbook " + quoted(pb.name) + " has no step " + quoted(d.step_id)};
    // Once per round: after a reopen a step can be done again.
    if (s.step_record(d.step_id)) return Error{"step_id", quoted(step->title) + " is already done"};
    if (pb.strict_order) {
      for (const Step& before : pb.steps) {
        if (before.id == d.step_id) break;
        if (before.required && !s.step_done(before.id))
          return Error{"step_id", "in " + quoted(pb.name) + " steps go in order: do " +
                                      quoted(before.title) + " before " + quoted(step->title)};
      }
    }
    if (step->record == Record::Note && d.note.empty())
      return Error{"note", quoted(step->title) + " asks you to record a note"};
    if (step->record == Record::Choice &&
        std::find(step->choices.begin(), step->choices.end(), d.choice) == step->choices.end()) {
      std::string options;
      for (const auto& ch : step->choices) options += (options.empty() ? "" : ", ") + quoted(ch);
      return Error{"choice", quoted(step->title) + " asks you to choose one of: " + options};
    }
    return ok_status();
  }
  Status operator()(const Offer& o) const {
    if (o.item_id.empty() && o.text.empty()) return Error{"text", "say what is offered"};
    if (!o.item_id.empty() && !find_item(book, o.item_id))
      return Error{"item_id", "no catalog item " + quoted(o.item_id)};
    return ok_status();
  }
  Status operator()(const Approval& a) const {
    if (!find_staff(book, a.requested_by))
      return Error{"requested_by", "unknown member of staff " + quoted(a.requested_by)};
    const Role* role = role_of(book, a.approved_by);
    if (!role) return Error{"approved_by", "unknown member of staff " + quoted(a.approved_by)};
    if (!role->can_approve)
      return Error{"approved_by", "the " + role->name + " role may not approve grants"};
    // Kept in the book so history reads, but gone from the business.
    if (const Staff* approver = find_staff(book, a.approved_by); approver->retired)
      return Error{"approved_by",
                   approver->name + " no longer works here (retired), so can't approve grants"};
    if (a.approved_by == a.requested_by)
      return Error{"approved_by", "nobody can approve their own request"};
    if (a.amount <= 0) return Error{"amount", "an approval must be for an amount above zero"};
    if (!a.item_id.empty() && !find_item(book, a.item_id))
      return Error{"item_id", "no catalog item " + quoted(a.item_id)};
    return ok_status();
  }
  Status operator()(const Granted& g) const {
    const CatalogItem* item = find_item(book, g.item_id);
    if (!item) return Error{"item_id", "no catalog item " + quoted(g.item_id)};
    const AuthorityCheck check =
        ledger ? check_grant(book, *ledger, s, e.actor, *item, g.quantity, e.at)
               : check_grant(book, Ledger::from_book(book), s, e.actor, *item, g.quantity, e.at);
    if (check.refused())
      return Error{"item_id", check.reasons.empty() ? "refused" : check.reasons.front()};
    if (g.cost != check.cost || g.value != check.value)
      return Error{"cost", "cost and value must be the item's cost and value times the quantity"};
    if (check.needs_approval() && g.approval_id.empty()) {
      std::string why;
      for (const auto& r : check.reasons) why += (why.empty() ? "" : "; ") + r;
      return Error{"approval_id", "needs a manager's approval: " + why};
    }
    if (!g.approval_id.empty())
      return check_approval(book, c, s, g.approval_id, e.actor, g.item_id, g.cost, e.at);
    return ok_status();
  }
  Status operator()(const GrantReversed& r) const {
    if (r.reason.empty()) return Error{"reason", "say why the grant is reversed"};
    const GrantRecord* g = s.find_grant(r.grant_id);
    if (!g) return Error{"grant_id", "no grant " + r.grant_id + " in this case"};
    if (g->reversed) return Error{"grant_id", "grant " + r.grant_id + " is already reversed"};
    return ok_status();
  }
  Status operator()(const FollowUpScheduled& f) const {
    if (f.due < e.at) return Error{"due", "a follow-up cannot be due in the past"};
    return ok_status();
  }
  Status operator()(const FollowUpDone&) const { return ok_status(); }
  Status operator()(const Outcome& o) const {
    if (o.verdict != Verdict::NotResolved && o.verdict != Verdict::Satisfied &&
        o.verdict != Verdict::Delighted)
      return Error{"verdict", "unknown verdict"};
    if (o.retention != Retention::Unknown && o.retention != Retention::Retained &&
        o.retention != Retention::Lost)
      return Error{"retention", "unknown retention"};
    return ok_status();
  }
  Status operator()(const Analysis& a) const {
    if (a.root_cause.empty()) return Error{"root_cause", "name the root cause"};
    return ok_status();
  }
  Status operator()(const Closed&) const {
    std::string missing;
    for (const Step& step : pb.steps) {
      if (step.required && !s.step_done(step.id))
        missing += (missing.empty() ? "" : ", ") + quoted(step.title);
    }
    if (!missing.empty())
      return Error{"steps", "cannot close yet; required steps not done: " + missing};
    return ok_status();
  }
  Status operator()(const Reopened&) const {
    return Error{"payload", "the case is open; only a closed case can be reopened"};
  }
  Status operator()(const Anonymised& a) const { return check_anonymisation(a); }
};

bool event_less(const Event& a, const Event& b) {
  return a.id < b.id;
}

Status validate(const Book& book, const Case* existing, const Event& e, const Ledger* ledger) {
  if (!is_valid_id(e.id)) return Error{"id", "not a valid event id"};
  if (e.actor.empty()) return Error{"actor", "every event needs an actor"};
  if (const auto* o = std::get_if<Opened>(&e.payload)) {
    if (existing) return Error{"payload", "case " + existing->id + " is already open"};
    return validate_opened(book, e, *o);
  }
  if (!existing) return Error{"case_id", "no case " + e.case_id};
  if (existing->id != e.case_id)
    return Error{"case_id", "the event names case " + e.case_id + ", not " + existing->id};
  const Opened* opened = case_opened(*existing);
  if (!opened)
    return Error{"case_id", "case " + existing->id + " does not start with an Opened event"};
  auto same_id = std::lower_bound(existing->events.begin(), existing->events.end(), e, event_less);
  if (same_id != existing->events.end() && same_id->id == e.id)
    return Error{"id", "event " + e.id + " already exists"};
  if (e.at < existing->events.front().at)
    return Error{"at", "an event cannot be earlier than the case's opening"};
  const CaseState s = fold_case(*existing);
  if (const auto* a = std::get_if<Anonymised>(&e.payload)) {
    // The retention rule's pseudonym may still give way to a request's token.
    if (s.anonymised_at &&
        (a->reason != kAnonymisedOnRequest || s.anonymised_reason == kAnonymisedOnRequest))
      return Error{"case_id", "case " + existing->id + " is anonymised already"};
    return check_anonymisation(*a);
  }
  if (s.anonymised_at)
    return Error{"case_id",
                 "case " + existing->id + " was anonymised; nothing more can be recorded on it"};
  // Anonymising needs no playbook (a case imported without its own is
  // anonymised too); everything else follows it.
  const Playbook* pb = find_playbook(book, opened->playbook_id, opened->playbook_version);
  if (!pb)
    return Error{"playbook_id",
                 "the case's playbook " + quoted(opened->playbook_id) + " is missing"};
  if (!s.open) {
    const auto* r = std::get_if<Reopened>(&e.payload);
    if (!r) return Error{"payload", "the case is closed; reopen it (with a reason) first"};
    if (r->reason.empty()) return Error{"reason", "say why the case is reopened"};
    return ok_status();
  }
  return std::visit(Validator{book, *existing, s, *pb, e, ledger}, e.payload);
}

// Appends a validated event to the book; `existing` (the case before, decoded
// by the caller; empty for Opened) becomes the case after.
void append_valid(Book& book, std::optional<Case>& existing, const Event& e) {
  book.cases.add_event(e);
  if (!existing) {
    existing = Case{e.case_id, {e}};
    return;
  }
  auto& events = existing->events;
  events.insert(std::upper_bound(events.begin(), events.end(), e, event_less), e);
}

}  // namespace

Status validate_event(const Book& book, const Case* existing, const Event& e,
                      const Ledger& ledger) {
  return validate(book, existing, e, &ledger);
}

Status validate_event(const Book& book, const Case* existing, const Event& e) {
  return validate(book, existing, e, nullptr);
}

Status append_event(Book& book, Event e, Ledger& ledger) {
  std::optional<Case> c = find_case(book, e.case_id);
  if (Status st = validate(book, c ? &*c : nullptr, e, &ledger); !st) return st;
  append_valid(book, c, e);
  ledger.apply_event(book.settings, *c, e);
  return ok_status();
}

Status append_event(Book& book, Event e, const Ledger& ledger) {
  const std::optional<Case> c = find_case(book, e.case_id);
  if (Status st = validate(book, c ? &*c : nullptr, e, &ledger); !st) return st;
  book.cases.add_event(e);
  return ok_status();
}

Status append_event(Book& book, Event e) {
  const std::optional<Case> c = find_case(book, e.case_id);
  if (Status st = validate(book, c ? &*c : nullptr, e, nullptr); !st) return st;
  book.cases.add_event(e);
  return ok_status();
}

NextSteps next_steps(const Book& book, const Case& c) {
  NextSteps out;
  const Opened* o = case_opened(c);
  if (!o) return out;
  const Playbook* pb = find_playbook(book, o->playbook_id, o->playbook_version);
  if (!pb) return out;
  const CaseState s = fold_case(c);
  for (const Step& step : pb->steps) {
    if (s.step_done(step.id)) continue;
    out.pending.push_back(step.id);
    if (step.required) out.missing_required.push_back(step.id);
  }
  if (!out.pending.empty()) out.next = out.pending.front();
  return out;
}

}  // namespace mend
