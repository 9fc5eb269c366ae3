// Playbooks: the built-in recovery schools and the business's own, versioned.
// A case names (id, version) at opening, so editing a playbook never changes
// the steps of a case already under way.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/base/result.hpp"
#include "core/model/model.hpp"

namespace mend {

// three-step, four-step, eight-step, four-skills, fix-and-surprise, heard,
// heart, learn, blast, latte (all version 1, builtin = true): data, read once
// from builtin_playbooks_json(), src/core/playbook/builtin/en.json compiled in
// (a playbook file, see core/json/data_files.hpp).
const std::vector<Playbook>& builtin_playbooks();
std::string_view builtin_playbooks_json();

bool is_builtin_playbook_id(std::string_view id);

// A built-in playbook as staff read it in another language ("ms": from
// src/core/playbook/builtin/ms.json, the same ids, order, kinds and targets):
// the translation of `playbook` when it is a built-in and the language has
// one, else `playbook` itself. Cases keep the English playbook's step ids and
// choices; only what is shown changes.
const Playbook& shown_playbook(const Playbook& playbook, std::string_view language);
std::string_view builtin_playbooks_json(std::string_view language);

// The choice as stored (the English built-in's text) for the one shown at
// the same place of the translated step, and back; the text itself when it
// is not one of the step's choices (a custom playbook, an older case).
std::string stored_choice(const Step& shown, const Step& stored, std::string_view choice);
std::string shown_choice(const Step& stored, const Step& shown, std::string_view choice);

// A built-in or a custom playbook at that exact version; nullptr if unknown.
const Playbook* find_playbook(const Book& book, std::string_view id, int version);
// The newest version of a playbook (built-in or custom); nullptr if unknown.
const Playbook* latest_playbook(const Book& book, std::string_view id);
// Every playbook a new case can start with: built-ins, then the latest
// version of each custom playbook ordered by id.
std::vector<const Playbook*> available_playbooks(const Book& book);

const Step* find_step(const Playbook& playbook, std::string_view step_id);

// Shape checks: id and name present, at least one step, unique non-empty step
// ids, titles present, choices present when a step asks for a choice,
// targets not negative.
Status validate_playbook(const Playbook& playbook);

// Adds a new custom playbook as version 1. Refused when the id is a built-in
// or already used. Returns the stored playbook.
Result<Playbook> create_playbook(Book& book, Playbook draft);
// Appends the edit as the next version of an existing custom playbook; older
// versions stay, so cases keep theirs. Built-ins cannot be edited (copy one
// with create_playbook instead).
Result<Playbook> edit_playbook(Book& book, Playbook edited);

}  // namespace mend
