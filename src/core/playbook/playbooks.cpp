#include "core/playbook/playbooks.hpp"

#include <algorithm>
#include <set>

#include "core/json/data_files.hpp"

// Embedded by CMake (mend_embed) from src/core/playbook/builtin/en.json.
extern const char mend_playbooks_en_json[];
extern const std::size_t mend_playbooks_en_json_size;
// ... and from src/core/playbook/builtin/ms.json.
extern const char mend_playbooks_ms_json[];
extern const std::size_t mend_playbooks_ms_json_size;

namespace mend {

std::string_view builtin_playbooks_json() {
  return std::string_view(mend_playbooks_en_json, mend_playbooks_en_json_size);
}

const std::vector<Playbook>& builtin_playbooks() {
  // Parsed once; a broken built-in file is caught by the tests, and the app
  // then offers only the business's own playbooks rather than failing.
  static const std::vector<Playbook> all = [] {
    auto read = import_playbooks(builtin_playbooks_json());
    return read ? std::move(read.value()) : std::vector<Playbook>{};
  }();
  return all;
}

std::string_view builtin_playbooks_json(std::string_view language) {
  if (language == "ms") return {mend_playbooks_ms_json, mend_playbooks_ms_json_size};
  return builtin_playbooks_json();
}

const Playbook& shown_playbook(const Playbook& playbook, std::string_view language) {
  if (!playbook.builtin || language != "ms") return playbook;
  // A translation whose shape differs from the English (a step more or less)
  // is not used: staff would be shown steps the case doesn't have.
  static const std::vector<Playbook> malay = [] {
    auto read = import_playbooks(builtin_playbooks_json("ms"));
    return read ? std::move(read.value()) : std::vector<Playbook>{};
  }();
  for (const Playbook& p : malay) {
    if (p.id != playbook.id || p.version != playbook.version) continue;
    if (p.steps.size() != playbook.steps.size()) return playbook;
    for (std::size_t i = 0; i < p.steps.size(); ++i)
      if (p.steps[i].id != playbook.steps[i].id ||
          p.steps[i].choices.size() != playbook.steps[i].choices.size())
        return playbook;
    return p;
  }
  return playbook;
}

namespace {
std::string same_place(const Step& from, const Step& to, std::string_view choice) {
  for (std::size_t i = 0; i < from.choices.size() && i < to.choices.size(); ++i)
    if (from.choices[i] == choice) return to.choices[i];
  return std::string(choice);
}
}  // namespace

std::string stored_choice(const Step& shown, const Step& stored, std::string_view choice) {
  return same_place(shown, stored, choice);
}
std::string shown_choice(const Step& stored, const Step& shown, std::string_view choice) {
  return same_place(stored, shown, choice);
}

bool is_builtin_playbook_id(std::string_view id) {
  const auto& all = builtin_playbooks();
  return std::any_of(all.begin(), all.end(), [&](const Playbook& p) { return p.id == id; });
}

const Playbook* find_playbook(const Book& book, std::string_view id, int version) {
  for (const Playbook& p : builtin_playbooks()) {
    if (p.id == id && p.version == version) return &p;
  }
  for (const Playbook& p : book.playbooks) {
    if (p.id == id && p.version == version) return &p;
  }
  return nullptr;
}

const Playbook* latest_playbook(const Book& book, std::string_view id) {
  for (const Playbook& p : builtin_playbooks()) {
    if (p.id == id) return &p;
  }
  const Playbook* best = nullptr;
  for (const Playbook& p : book.playbooks) {
    if (p.id == id && (!best || p.version > best->version)) best = &p;
  }
  return best;
}

std::vector<const Playbook*> available_playbooks(const Book& book) {
  std::vector<const Playbook*> out;
  for (const Playbook& p : builtin_playbooks()) out.push_back(&p);
  std::set<std::string> custom;
  for (const Playbook& p : book.playbooks) custom.insert(p.id);
  for (const std::string& id : custom) {
    if (const Playbook* p = latest_playbook(book, id); p && !p->builtin) out.push_back(p);
  }
  return out;
}

const Step* find_step(const Playbook& playbook, std::string_view step_id) {
  for (const Step& s : playbook.steps) {
    if (s.id == step_id) return &s;
  }
  return nullptr;
}

Status validate_playbook(const Playbook& p) {
  if (p.id.empty()) return Error{"id", "a playbook needs an id"};
  if (p.name.empty()) return Error{"name", "a playbook needs a name"};
  if (p.steps.empty()) return Error{"steps", "a playbook needs at least one step"};
  std::set<std::string> seen;
  for (std::size_t i = 0; i < p.steps.size(); ++i) {
    const Step& s = p.steps[i];
    const std::string where = "steps[" + std::to_string(i) + "]";
    if (s.id.empty()) return Error{where + ".id", "every step needs an id"};
    if (!seen.insert(s.id).second)
      return Error{where + ".id", "step id \"" + s.id + "\" is used twice"};
    if (s.title.empty()) return Error{where + ".title", "every step needs a title"};
    if (s.record == Record::Choice && s.choices.empty())
      return Error{where + ".choices",
                   "step \"" + s.title + "\" asks for a choice but lists no options"};
    if (s.target_seconds < 0)
      return Error{where + ".target_seconds", "a time target cannot be negative"};
  }
  for (const std::optional<int>* t :
       {&p.first_response_seconds, &p.recovery_seconds, &p.follow_up_seconds}) {
    if (*t && **t <= 0)
      return Error{"targets", "a clock override must be a positive number of seconds"};
  }
  return ok_status();
}

Result<Playbook> create_playbook(Book& book, Playbook draft) {
  draft.version = 1;
  draft.builtin = false;
  if (Status s = validate_playbook(draft); !s) return s.error();
  if (is_builtin_playbook_id(draft.id))
    return Error{"id", "\"" + draft.id + "\" is a built-in playbook; choose another id"};
  if (latest_playbook(book, draft.id))
    return Error{"id", "a playbook with id \"" + draft.id + "\" already exists"};
  book.playbooks.push_back(draft);
  return draft;
}

Result<Playbook> edit_playbook(Book& book, Playbook edited) {
  if (is_builtin_playbook_id(edited.id))
    return Error{"id", "built-in playbooks cannot be edited; create your own from a copy"};
  const Playbook* latest = latest_playbook(book, edited.id);
  if (!latest) return Error{"id", "no playbook with id \"" + edited.id + "\" to edit"};
  edited.version = latest->version + 1;
  edited.builtin = false;
  if (Status s = validate_playbook(edited); !s) return s.error();
  book.playbooks.push_back(edited);
  return edited;
}

}  // namespace mend
