// What the owner's editors share: a labelled row, a text or amount field, the
// refusal shown beside the field it names, and the save state (the same
// pending / saved / not saved as a case). Forms keep their drafts as text, so
// a half-typed amount survives until Save.
#pragma once
#include <imgui.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/app_state.hpp"
#include "core/base/result.hpp"
#include "ui/text_fields.hpp"

namespace mend::ui::form {

// A section's title in bold.
void heading(const char* text);
// The label drawn left of the field that follows, which takes the rest of the
// row (a narrow window stacks them).
void label(const char* text);
// A text field with its label; `id` starts with "##".
bool text(const char* label, const char* id, std::string* value, TextKind kind = TextKind::Plain);
// An amount field: digits, a point and a minus sign.
bool amount(const char* label, const char* id, std::string* value);
// A whole-number field, kept as text like the others.
bool whole(const char* label, const char* id, std::string* value);
// A multi-line field, one entry per line (phrases, choices).
bool lines(const char* label, const char* id, std::string* value, float height);

// A tick box that goes on the line of the one before it while it fits
// (`first`: the first of its group starts a line).
bool flow_checkbox(const char* label, bool* value, bool first);

std::vector<std::string> split_lines(std::string_view text);
std::string join_lines(const std::vector<std::string>& lines);
std::vector<std::string> split_commas(std::string_view text);
std::string join_commas(const std::vector<std::string>& items);
std::string amount_text(Cents cents);  // "12.50", as typed
std::optional<int> parse_whole(std::string_view text);

// The refusal, in the danger colour, when it is about `field` (its `where`
// is the field or starts with "<field>." or "<field>[").
void error_for(const std::optional<Error>& error, std::string_view field);
// A refusal no field of the form shows (who may edit, an unknown id).
void error_other(const std::optional<Error>& error, const std::vector<std::string_view>& fields);

// The editor's own view of its last save: refused (with the error), or saved
// at a time, then pending until the store confirms.
struct SaveState {
  std::optional<Error> error;
  bool saved = false;  // a save of this editor was accepted since it opened
  // Reads this frame's outcomes of `kind`; true when one was a RecordSaved
  // (the form may close or reload its draft).
  bool note(const app::AppState& state, app::EditKind kind);
};
// "Saving…", "Saved", or "Not saved yet — …" beside the Save button.
void save_status(const app::AppState& state, const SaveState& save);

}  // namespace mend::ui::form
