// Text fields for the views. The web platform finds every text field through
// ImGui's item flags (platform/web/widget_registry.hpp), so the tablet's
// on-screen keyboard comes up for any of them; these add what ImGui 1.86
// lacks: multi-line fields that wrap, marks on words, and an Escape that
// never throws typing away.
#pragma once
#include <imgui.h>

#include <cstddef>
#include <string>
#include <vector>

#include "core/coach/coach.hpp"

namespace mend::ui {

// What a field takes, so a tablet raises the keyboard that fits it: names
// start each word with a capital; a contact (a phone or an e-mail address)
// gets the e-mail keyboard, no capitals and no autocorrection; numbers and
// PINs the number pad. A field drawn with ImGuiInputTextFlags_CharsDecimal
// is a number (a PIN when it is also a password) unless said otherwise.
// A Secret (a passcode) is drawn as dots, with no capitals, correction or
// suggestions, on the ordinary keyboard.
enum class TextKind { Plain, Name, Contact, Number, Pin, Secret };

bool input_text(const char* label, std::string* text, ImGuiInputTextFlags flags = 0,
                TextKind kind = TextKind::Plain);

// Overwrites a passcode or PIN before letting it go.
void wipe_secret(std::string& secret);

// The kind of the field `id` as drawn this frame (Plain for any other item).
TextKind text_kind_of(ImGuiID id);
// Its name for the test bridge: "plain", "name", "contact", "number", "pin".
const char* text_kind_name(TextKind kind);

// Words of the text to mark (the coach's findings): bytes into the text.
struct TextMark {
  std::size_t offset = 0, length = 0;
  ImU32 colour = 0;
};

// The coach's findings as marks in a text field: good moves green, don'ts red.
std::vector<TextMark> coach_marks(const CoachReport& report);

// A multi-line field whose long lines wrap at word boundaries and scroll
// vertically. ImGui 1.86 cannot wrap, so the field shows a copy of the text
// in which the spaces where lines wrap are line breaks — the same length, so
// the cursor and the marks keep their byte offsets — and `*text` gets the
// spaces back. A word wider than the field still scrolls sideways. `marks`
// are drawn only while they belong to the text on screen (pass none while
// they are stale).
bool input_text_multiline(const char* label, std::string* text, const ImVec2& size,
                          ImGuiInputTextFlags flags = 0,
                          const std::vector<TextMark>* marks = nullptr);

// Call once a frame before the views: ImGui reverts a field to its text as
// it was when focused when Escape is pressed, with no undo. With this, Escape
// in a field only leaves it, keeping every character typed.
void keep_typing_on_escape();

}  // namespace mend::ui
