// The owner's editors' side of App: each request is checked by the core
// (core/model/editing.hpp, core/playbook) before the book changes, then the
// record is saved like any change (pending until the store confirms it). A
// refusal changes nothing and names the field.
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "app/app.hpp"
#include "core/auth/pin.hpp"
#include "core/base/text.hpp"
#include "core/model/editing.hpp"
#include "core/model/lookup.hpp"
#include "core/playbook/playbooks.hpp"

namespace mend::app {
namespace {

constexpr const char* kNotAllowed =
    "Only a role that manages the business (the owner's, by default) can change this.";

template <class T>
std::vector<std::string_view> ids_of(const std::vector<T>& records) {
  std::vector<std::string_view> ids;
  ids.reserve(records.size());
  for (const T& r : records) ids.emplace_back(r.id);
  return ids;
}

// Replaces the record of the same id, or adds it at the end.
template <class T>
void put_record(std::vector<T>& records, T record) {
  auto at = std::find_if(records.begin(), records.end(),
                         [&record](const T& r) { return r.id == record.id; });
  if (at == records.end())
    records.push_back(std::move(record));
  else
    *at = std::move(record);
}

template <class T>
void erase_record(std::vector<T>& records, std::string_view id) {
  std::erase_if(records, [id](const T& r) { return r.id == id; });
}

std::vector<std::string> trimmed(const std::vector<std::string>& list) {
  std::vector<std::string> out;
  for (const std::string& s : list)
    if (std::string t = trim(s); !t.empty()) out.push_back(std::move(t));
  return out;
}

}  // namespace

const char* edit_kind_name(EditKind kind) {
  switch (kind) {
    case EditKind::Item:
      return "item";
    case EditKind::Role:
      return "role";
    case EditKind::Staff:
      return "staff";
    case EditKind::Playbook:
      return "playbook";
    case EditKind::Settings:
      return "settings";
  }
  return "unknown";
}

bool App::may_edit(EditKind kind) {
  if (may_manage(state_.book, state_.staff_id)) return true;
  report(RecordRefused{kind, Error{"", kNotAllowed}}, false);
  return false;
}

void App::save_records(Change change, RecordSaved saved) {
  state_.storage.unsaved.push_back(std::move(change));
  send_unsaved();
  report(std::move(saved), true);
}

void App::handle(const RequestSaveItem& r) {
  if (!may_edit(EditKind::Item)) return;
  CatalogItem item = r.item;
  item.name = trim(item.name);
  item.category = trim(item.category);
  item.tags = trimmed(item.tags);
  if (r.is_new && item.id.empty())
    item.id = id_from_name(item.name, "item", ids_of(state_.book.catalog));
  if (Status s = check_catalog_item(state_.book, item, r.is_new); !s.ok())
    return report(RecordRefused{EditKind::Item, s.error()}, false);
  Change change;
  change.records.emplace_back(item);
  RecordSaved saved{EditKind::Item, item.id};
  put_record(state_.book.catalog, std::move(item));
  save_records(std::move(change), std::move(saved));
}

void App::handle(const RequestSaveRole& r) {
  if (!may_edit(EditKind::Role)) return;
  Role role = r.role;
  role.name = trim(role.name);
  if (r.is_new && role.id.empty())
    role.id = id_from_name(role.name, "role", ids_of(state_.book.roles));
  if (Status s = check_role(state_.book, role, r.is_new); !s.ok())
    return report(RecordRefused{EditKind::Role, s.error()}, false);
  Change change;
  change.records.emplace_back(role);
  RecordSaved saved{EditKind::Role, role.id};
  put_record(state_.book.roles, std::move(role));
  save_records(std::move(change), std::move(saved));
}

void App::handle(const RequestSaveStaff& r) {
  if (!may_edit(EditKind::Staff)) return;
  Staff staff = r.staff;
  staff.name = trim(staff.name);
  if (r.is_new && staff.id.empty())
    staff.id = id_from_name(staff.name, "staff", ids_of(state_.book.staff));
  // The hash is the app's to make: whatever the view sent is not trusted.
  const Staff* stored = r.is_new ? nullptr : find_staff(state_.book, staff.id);
  staff.pin_hash = stored ? stored->pin_hash : std::string();
  if (Status s = check_staff(state_.book, staff, r.is_new); !s.ok())
    return report(RecordRefused{EditKind::Staff, s.error()}, false);
  if (r.is_new && r.pin.empty())
    return report(
        RecordRefused{EditKind::Staff, Error{"pin", "A new member of staff needs a PIN."}}, false);
  if (!r.pin.empty()) {
    if (Status shape = auth::check_pin_shape(r.pin); !shape.ok())
      return report(RecordRefused{EditKind::Staff, Error{"pin", shape.error().why}}, false);
    auto hash = auth::hash_pin(r.pin, random_);
    if (!hash) return report(RecordRefused{EditKind::Staff, Error{"pin", hash.error().why}}, false);
    staff.pin_hash = std::move(hash).value();
    state_.desk.locks.erase(staff.id);  // a reset PIN starts with a clean slate
  }
  Change change;
  change.records.emplace_back(staff);
  RecordSaved saved{EditKind::Staff, staff.id};
  put_record(state_.book.staff, std::move(staff));
  save_records(std::move(change), std::move(saved));
}

void App::handle(const RequestSaveSettings& r) {
  if (!may_edit(EditKind::Settings)) return;
  Settings settings = r.settings;
  // The pseudonym key is the app's own (anonymising.cpp): never the view's copy.
  settings.pseudonym_key = state_.book.settings.pseudonym_key;
  settings.business_name = trim(settings.business_name);
  settings.currency = trim(settings.currency);
  if (Status s = check_settings(settings); !s.ok())
    return report(RecordRefused{EditKind::Settings, s.error()}, false);
  const Settings& before = state_.book.settings;
  const bool clocks_changed = before.first_response_seconds != settings.first_response_seconds ||
                              before.recovery_seconds != settings.recovery_seconds ||
                              before.follow_up_seconds != settings.follow_up_seconds ||
                              before.utc_offset_minutes != settings.utc_offset_minutes;
  state_.book.settings = std::move(settings);
  Change change;
  change.records.emplace_back(state_.book.settings);
  // Every row's deadlines follow the clock targets: a whole pass, once, on
  // an owner's rare change (labels are looked up as rows are drawn).
  if (clocks_changed) {
    state_.derived.start_rebuild(state_.now);
    while (!state_.derived.rebuild_some(state_.book, kPrepareStep)) {
    }
  }
  save_records(std::move(change), RecordSaved{EditKind::Settings, "settings"});
}

void App::handle(const RequestSavePlaybook& r) {
  if (!may_edit(EditKind::Playbook)) return;
  Playbook draft = r.playbook;
  draft.name = trim(draft.name);
  std::vector<std::string> step_ids;  // a new step (no id yet) gets one from its title
  for (const Step& step : draft.steps)
    if (!step.id.empty()) step_ids.push_back(step.id);
  for (std::size_t i = 0; i < draft.steps.size(); ++i) {
    Step& step = draft.steps[i];
    step.title = trim(step.title);
    step.phrases = trimmed(step.phrases);
    step.choices = trimmed(step.choices);
    if (step.title.empty())
      return report(
          RecordRefused{EditKind::Playbook, Error{"steps[" + std::to_string(i) + "].title",
                                                  "Every step needs a title."}},
          false);
    // A step keeps its id for good: open cases record their progress by it.
    if (step.id.empty()) {
      step.id = id_from_name(step.title, "step", {step_ids.begin(), step_ids.end()});
      step_ids.push_back(step.id);
    }
  }
  if (r.is_new && draft.id.empty()) {
    std::vector<std::string_view> taken = ids_of(state_.book.playbooks);
    for (const Playbook& b : builtin_playbooks()) taken.emplace_back(b.id);
    draft.id = id_from_name(draft.name, "playbook", taken);
  }
  Result<Playbook> made = r.is_new ? create_playbook(state_.book, std::move(draft))
                                   : edit_playbook(state_.book, std::move(draft));
  if (!made) return report(RecordRefused{EditKind::Playbook, made.error()}, false);
  Change change;
  change.records.emplace_back(made.value());
  save_records(std::move(change),
               RecordSaved{EditKind::Playbook, made.value().id, made.value().version});
}

void App::handle(const RequestRemoveRecord& r) {
  if (!may_edit(r.kind)) return;
  Result<Removal> removal = Error{"id", "This can't be removed."};
  if (r.kind == EditKind::Item) removal = removal_of_item(state_.book, r.id);
  if (r.kind == EditKind::Role) removal = removal_of_role(state_.book, r.id);
  if (r.kind == EditKind::Staff) removal = removal_of_staff(state_.book, r.id);
  if (!removal) return report(RecordRefused{r.kind, removal.error()}, false);
  const bool retire = removal.value() == Removal::Retire;
  Change change;
  if (r.kind == EditKind::Item) {
    CatalogItem item = *find_item(state_.book, r.id);
    item.active = false;  // an inactive item is never offered again
    if (retire) {
      change.records.emplace_back(item);
      put_record(state_.book.catalog, std::move(item));
    } else {
      change.removed.push_back({store::RecordKind::CatalogItem, r.id});
      erase_record(state_.book.catalog, r.id);
    }
  } else if (r.kind == EditKind::Role) {
    auto role = std::find_if(state_.book.roles.begin(), state_.book.roles.end(),
                             [&r](const Role& x) { return x.id == r.id; });
    if (retire) {
      role->retired = true;
      change.records.emplace_back(*role);
    } else {
      change.removed.push_back({store::RecordKind::Role, r.id});
      erase_record(state_.book.roles, r.id);
    }
  } else {
    Staff staff = *find_staff(state_.book, r.id);
    if (retire) {
      staff.retired = true;
      change.records.emplace_back(staff);
      put_record(state_.book.staff, std::move(staff));
    } else {
      change.removed.push_back({store::RecordKind::Staff, r.id});
      erase_record(state_.book.staff, r.id);
    }
  }
  save_records(std::move(change),
               RecordSaved{r.kind, r.id, 0, retire ? Removed::Retired : Removed::Deleted});
  // Whoever removed themselves (another manager remains: the core saw to it)
  // is no longer at the desk.
  if (r.kind == EditKind::Staff && r.id == state_.staff_id) {
    state_.desk.signed_in = false;
    state_.staff_id = AppState{}.staff_id;
    report(SignedOut{false}, false);
  }
}

}  // namespace mend::app
