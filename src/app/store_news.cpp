// The store side of App, part two: news the store brings by itself. Another
// tab's saved events join the book as they would after a reload; problems
// with the store as a whole become a banner; a store that lost everything is
// given the whole book again.
#include <algorithm>
#include <set>
#include <string>
#include <utility>

#include "app/app.hpp"
#include "core/case/workflow.hpp"

namespace mend::app {
namespace {

// Replaces the book's record of the same key (preferences are not the book's).
struct Upsert {
  Book& book;
  template <class T>
  static void by_id(std::vector<T>& list, T item) {
    auto it = std::find_if(list.begin(), list.end(), [&](const T& t) { return t.id == item.id; });
    if (it != list.end()) {
      *it = std::move(item);
    } else {
      list.push_back(std::move(item));
    }
  }
  void operator()(Settings s) const { book.settings = std::move(s); }
  void operator()(CatalogItem i) const { by_id(book.catalog, std::move(i)); }
  void operator()(Role r) const { by_id(book.roles, std::move(r)); }
  void operator()(Staff s) const { by_id(book.staff, std::move(s)); }
  void operator()(Playbook p) const {
    auto it = std::find_if(book.playbooks.begin(), book.playbooks.end(), [&](const Playbook& q) {
      return q.id == p.id && q.version == p.version;
    });
    if (it != book.playbooks.end()) {
      *it = std::move(p);
    } else {
      book.playbooks.push_back(std::move(p));
    }
  }
  void operator()(const store::Preference&) const {}
};

// Deletes the book's record of that key (another tab's editor removed it).
void remove_record(Book& book, const store::RecordKey& key) {
  const auto drop = [&](auto& list) {
    std::erase_if(list, [&](const auto& r) { return r.id == key.id; });
  };
  switch (key.kind) {
    case store::RecordKind::CatalogItem:
      return drop(book.catalog);
    case store::RecordKind::Role:
      return drop(book.roles);
    case store::RecordKind::Staff:
      return drop(book.staff);
    case store::RecordKind::Playbook:
      std::erase_if(book.playbooks,
                    [&](const Playbook& p) { return store::key_of(store::Record{p}) == key; });
      return;
    case store::RecordKind::Settings:
    case store::RecordKind::Preference:
      return;  // never removed: the book always has settings; preferences are per device
  }
}

}  // namespace

void App::merge_from_store(store::LoadChunk chunk) {
  if (state_.storage.opening) {
    arrived_while_opening_.push_back(std::move(chunk));
    return;
  }
  bool rebuild = !chunk.records.empty() || !chunk.removed.empty();
  for (store::Record& r : chunk.records) std::visit(Upsert{state_.book}, std::move(r));
  for (const store::RecordKey& key : chunk.removed) remove_record(state_.book, key);
  // A case's Opened first, then its steps: ids are time-ordered within a tab.
  std::sort(chunk.events.begin(), chunk.events.end(), [](const Event& a, const Event& b) {
    return a.case_id != b.case_id ? a.case_id < b.case_id : a.id < b.id;
  });
  for (Event& e : chunk.events) {
    if (state_.book.cases.has_event(e.case_id, e.id)) continue;
    if (append_event(state_.book, e, state_.derived.ledger()).ok()) {
      state_.derived.event_applied(state_.book, e, state_.now);
    } else {
      // Filed where a reload would put it, without the workflow's checks: the
      // store has it, so the book must too (two tabs may each have done a
      // step the other's rules would now refuse).
      state_.book.cases.add_event(e);
      rebuild = true;
    }
  }
  if (rebuild) state_.derived.rebuild(state_.book, state_.now);
}

void App::store_notice(StoreNotice notice) {
  state_.storage.durable = store_.durable();
  // A store the browser refuses fails every read and write for this same
  // reason: it is the saving failure from now on, so those failures add no
  // banners of their own after this one, which says what to do.
  if (notice.problem == StoreProblem::Unavailable && !state_.storage.failure)
    state_.storage.failure = notice.error;
  report(std::move(notice), true);
}

void App::store_emptied() {
  std::set<std::string> pending;
  for (const Change& c : state_.storage.unsaved)
    for (const Event& e : c.events) pending.insert(e.id);
  Change all;
  for (const Case& c : state_.book.cases)
    for (const Event& e : c.events)
      if (pending.count(e.id) == 0) all.events.push_back(e);
  if (all.events.empty()) return;
  state_.storage.unsaved.push_back(std::move(all));
  send_unsaved();
}

}  // namespace mend::app
