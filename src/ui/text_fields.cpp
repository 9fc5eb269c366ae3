#include "ui/text_fields.hpp"

#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstring>
#include <unordered_map>
#include <unordered_set>

#include "core/base/text.hpp"
#include "ui/format.hpp"
#include "ui/messages_fields.hpp"
#include "ui/readable.hpp"
#include "ui/theme.hpp"

namespace mend::ui {
namespace {

// The most characters a field keeps. ImGui 1.86 lays a field's whole text out
// every frame it is drawn and takes typed text a character at a time, so
// megabytes pasted into a field would stall every frame after and grow the
// wasm heap for good. No name, contact or customer's words come near this.
// (The page cuts a paste to one character more, lib_clipboard.js, so that
// the field still sees it was too long and says so.)
constexpr std::size_t kMaxFieldCharacters = 100000;

// Fields cut to the bound: each says so under itself until its text is
// shorter than the bound again.
std::unordered_set<ImGuiID>& cut_fields() {
  static std::unordered_set<ImGuiID> fields;
  return fields;
}

// Cuts the text ImGui is editing to the bound, at a character's boundary;
// what is past it is dropped. True when it cut.
bool keep_bound(ImGuiInputTextCallbackData* data) {
  if (static_cast<std::size_t>(data->BufTextLen) <= kMaxFieldCharacters) return false;
  const std::string_view now(data->Buf, static_cast<std::size_t>(data->BufTextLen));
  const std::size_t keep = bytes_of_characters(now, kMaxFieldCharacters);
  if (keep == now.size()) return false;
  data->DeleteChars(static_cast<int>(keep), static_cast<int>(now.size() - keep));
  return true;
}

// A single-line field's edit callback; UserData is the field's id.
int on_field_edit(ImGuiInputTextCallbackData* data) {
  if (keep_bound(data)) cut_fields().insert(*static_cast<ImGuiID*>(data->UserData));
  return 0;
}

// Under a field that was cut, the words that say so, listed by the widget
// registry as "<words>##cut-<label>".
void tell_if_cut(const char* label, ImGuiID id, const std::string& text) {
  auto& cut = cut_fields();
  if (!cut.contains(id)) return;
  if (characters(text) < kMaxFieldCharacters) {
    cut.erase(id);
    return;
  }
  // The field stays the last item, so the caller's IsItemActive() and the
  // like still ask about the field, not the words under it.
  ImGuiContext& g = *ImGui::GetCurrentContext();
  const ImGuiLastItemData field = g.LastItemData;
  readable_text(text_format(field_text::kCut, kMaxFieldCharacters).c_str(),
                (std::string("cut-") + label).c_str(), kDanger);
  g.LastItemData = field;
}

// What a wrapped field shows, kept per field between frames.
struct Wrapped {
  std::string text;               // the caller's text, as last seen
  std::string display;            // the same with the wrapping spaces as '\n'
  std::vector<std::size_t> soft;  // where display has a wrap that text has a space
  float width = -1;
  int last_frame = 0;
  bool cut = false;  // the last edit was cut to the bound
};

std::unordered_map<ImGuiID, Wrapped>& wrapped_fields() {
  static std::unordered_map<ImGuiID, Wrapped> fields;
  return fields;
}

// Greedy word wrap of `text` at `width` pixels in the current font: the
// byte offsets of the spaces that become line breaks.
std::vector<std::size_t> wrap_points(const std::string& text, float width) {
  std::vector<std::size_t> soft;
  ImFont* font = ImGui::GetFont();
  const float scale = ImGui::GetFontSize() / font->FontSize;
  float line = 0, after_space = 0;
  std::size_t space = std::string::npos;
  const char* begin = text.c_str();
  const char* end = begin + text.size();
  for (const char* p = begin; p < end;) {
    unsigned int c = 0;
    const int bytes = std::max(1, ImTextCharFromUtf8(&c, p, end));
    if (c == '\n') {
      line = 0;
      space = std::string::npos;
    } else {
      line += font->GetCharAdvance(static_cast<ImWchar>(c)) * scale;
      if (c == ' ') {
        space = static_cast<std::size_t>(p - begin);
        after_space = line;
      } else if (line > width && space != std::string::npos) {
        soft.push_back(space);
        line -= after_space;
        space = std::string::npos;
      }
    }
    p += bytes;
  }
  return soft;
}

std::string with_breaks(const std::string& text, const std::vector<std::size_t>& soft) {
  std::string display = text;
  for (std::size_t at : soft) display[at] = '\n';
  return display;
}

void rewrap(Wrapped& w) {
  w.soft = wrap_points(w.text, w.width);
  w.display = with_breaks(w.text, w.soft);
}

// The field's text changed by typing (`after`; w.display is still the text
// before it): keep the soft breaks outside the edited span, shifted past it,
// as spaces in w.text, then wrap again. w.display is not touched: ImGui is
// writing into it.
std::string follow_edit(Wrapped& w, std::string_view after) {
  const std::string_view before = w.display;
  std::size_t prefix = 0;
  while (prefix < before.size() && prefix < after.size() && before[prefix] == after[prefix])
    ++prefix;
  std::size_t suffix = 0;
  while (suffix < before.size() - prefix && suffix < after.size() - prefix &&
         before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix])
    ++suffix;
  w.text.assign(after);
  for (std::size_t at : w.soft) {
    if (at < prefix) {
      w.text[at] = ' ';
    } else if (at >= before.size() - suffix) {
      w.text[at - before.size() + after.size()] = ' ';
    }
  }
  w.soft = wrap_points(w.text, w.width);
  return with_breaks(w.text, w.soft);
}

int on_wrapped_field(ImGuiInputTextCallbackData* data) {
  auto* w = static_cast<Wrapped*>(data->UserData);
  if (keep_bound(data)) w->cut = true;
  const std::string_view now(data->Buf, static_cast<std::size_t>(data->BufTextLen));
  if (now == w->display) return 0;
  const std::string display = follow_edit(*w, now);
  // Same length, so the cursor and selection stay where they were.
  if (display != now) {
    std::memcpy(data->Buf, display.data(), display.size());
    data->BufDirty = true;
  }
  return 0;
}

void draw_marks(const char* label, ImGuiID id, const Wrapped& w,
                const std::vector<TextMark>& marks) {
  char name[256];
  ImFormatString(name, sizeof name, "%s/%s_%08X", ImGui::GetCurrentWindow()->Name, label, id);
  ImGuiWindow* child = ImGui::FindWindowByName(name);
  if (!child) return;
  ImFont* font = ImGui::GetFont();
  const float size = ImGui::GetFontSize();
  // Where the field drew its first line: the child has no window padding and
  // the field adds its frame padding (imgui_widgets.cpp, InputTextEx).
  const ImVec2 pad = ImGui::GetStyle().FramePadding;
  const ImVec2 origin(child->DC.CursorStartPos.x + pad.x, child->DC.CursorStartPos.y + pad.y);
  ImDrawList* draw = child->DrawList;
  draw->PushClipRect(child->InnerClipRect.Min, child->InnerClipRect.Max, false);
  const char* text = w.display.c_str();
  for (const TextMark& m : marks) {
    if (m.offset + m.length > w.display.size()) continue;
    std::size_t from = m.offset;
    const std::size_t to = m.offset + m.length;
    while (from < to) {
      // The line holding `from`, and the part of the mark on it.
      std::size_t line_start = 0;
      if (from > 0) {
        const std::size_t previous = w.display.rfind('\n', from - 1);
        if (previous != std::string::npos) line_start = previous + 1;
      }
      std::size_t line_end = w.display.find('\n', from);
      if (line_end == std::string::npos) line_end = w.display.size();
      const std::size_t part_end = std::min(to, line_end);
      const auto line_index = static_cast<float>(std::count(text, text + line_start, '\n'));
      const float x0 = font->CalcTextSizeA(size, FLT_MAX, 0, text + line_start, text + from).x;
      const float x1 = font->CalcTextSizeA(size, FLT_MAX, 0, text + line_start, text + part_end).x;
      const ImVec2 a(origin.x + x0, origin.y + line_index * size);
      const ImVec2 b(origin.x + x1, a.y + size);
      draw->AddRectFilled(a, b, (m.colour & ~IM_COL32_A_MASK) | IM_COL32(0, 0, 0, 48));
      draw->AddLine(ImVec2(a.x, b.y - 1), ImVec2(b.x, b.y - 1), m.colour, 2.0f);
      from = part_end == line_end ? line_end + 1 : part_end;
    }
  }
  draw->PopClipRect();
}

// The kinds of this frame's fields that are not plain.
struct Kinds {
  int frame = -1;
  std::unordered_map<ImGuiID, TextKind> of;
};
Kinds& kinds() {
  static Kinds k;
  if (k.frame != ImGui::GetFrameCount()) {
    k.frame = ImGui::GetFrameCount();
    k.of.clear();
  }
  return k;
}

void note_kind(ImGuiID id, TextKind kind, ImGuiInputTextFlags flags) {
  if (kind == TextKind::Plain && (flags & ImGuiInputTextFlags_CharsDecimal))
    kind = (flags & ImGuiInputTextFlags_Password) ? TextKind::Pin : TextKind::Number;
  if (kind != TextKind::Plain) kinds().of[id] = kind;
}

// True the frame the screen got shorter: on a tablet, an on-screen keyboard
// came up and the page now gives the app only what it leaves visible.
bool screen_shrank() {
  static int frame = -1;
  static float height = 0;
  static bool shrank = false;
  if (frame != ImGui::GetFrameCount()) {
    const float h = ImGui::GetIO().DisplaySize.y;
    shrank = frame >= 0 && h < height - 0.5f;
    height = h;
    frame = ImGui::GetFrameCount();
  }
  return shrank;
}

// The field just drawn, while it takes text, is scrolled wholly into view
// when it is chosen and whenever the screen shrinks under it: the keyboard
// must never cover the field being typed into.
void keep_in_view() {
  const bool shrank = screen_shrank();  // every frame a field is drawn, to see changes
  if (!ImGui::IsItemActive() || !(ImGui::IsItemActivated() || shrank)) return;
  ImGui::ScrollToRect(ImGui::GetCurrentWindow(),
                      ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax()),
                      ImGuiScrollFlags_KeepVisibleEdgeY);
}

}  // namespace

std::vector<TextMark> coach_marks(const CoachReport& report) {
  std::vector<TextMark> marks;
  const ImU32 good = ImGui::GetColorU32(static_cast<ImVec4>(kOk));
  const ImU32 bad = ImGui::GetColorU32(static_cast<ImVec4>(kDanger));
  for (const CoachFinding& f : report.positives) marks.push_back({f.offset, f.length, good});
  for (const CoachFinding& f : report.donts) marks.push_back({f.offset, f.length, bad});
  return marks;
}

TextKind text_kind_of(ImGuiID id) {
  const Kinds& k = kinds();
  const auto it = k.of.find(id);
  return it == k.of.end() ? TextKind::Plain : it->second;
}

const char* text_kind_name(TextKind kind) {
  switch (kind) {
    case TextKind::Name:
      return "name";
    case TextKind::Contact:
      return "contact";
    case TextKind::Number:
      return "number";
    case TextKind::Pin:
      return "pin";
    case TextKind::Secret:
      return "secret";
    case TextKind::Plain:
      break;
  }
  return "plain";
}

void wipe_secret(std::string& secret) {
  std::fill(secret.begin(), secret.end(), '\0');
  secret.clear();
}

bool input_text(const char* label, std::string* text, ImGuiInputTextFlags flags, TextKind kind) {
  if (kind == TextKind::Secret) flags |= ImGuiInputTextFlags_Password;
  ImGuiID id = ImGui::GetID(label);
  note_kind(id, kind, flags);
  const bool changed =
      ImGui::InputText(label, text, flags | ImGuiInputTextFlags_CallbackEdit, on_field_edit, &id);
  keep_in_view();
  tell_if_cut(label, id, *text);
  return changed;
}

bool input_text_multiline(const char* label, std::string* text, const ImVec2& size,
                          ImGuiInputTextFlags flags, const std::vector<TextMark>* marks) {
  const ImGuiID id = ImGui::GetID(label);
  const ImGuiStyle& style = ImGui::GetStyle();
  const float frame_width = size.x > 0 ? size.x : ImGui::GetContentRegionAvail().x + size.x;
  // The scrollbar's room is kept always, so lines do not re-wrap when it comes.
  const float width = std::max(ImGui::GetFontSize() * 4,
                               frame_width - 2 * style.FramePadding.x - style.ScrollbarSize - 2);
  auto& fields = wrapped_fields();
  Wrapped& w = fields[id];
  w.last_frame = ImGui::GetFrameCount();
  const bool editing = ImGui::GetActiveID() == id;
  if (!editing && (w.text != *text || w.width != width)) {
    w.text = *text;
    w.width = width;
    rewrap(w);
  }
  ImGui::InputTextMultiline(label, &w.display, size, flags | ImGuiInputTextFlags_CallbackAlways,
                            on_wrapped_field, &w);
  keep_in_view();
  if (marks && !marks->empty() && w.text == *text) draw_marks(label, id, w, *marks);
  if (w.cut) cut_fields().insert(id);
  w.cut = false;
  tell_if_cut(label, id, w.text);
  // Fields not drawn for a while (a closed case, another screen) are dropped.
  if (w.last_frame % 600 == 0)
    std::erase_if(fields, [&](const auto& f) { return f.second.last_frame + 600 < w.last_frame; });
  if (w.text == *text) return false;
  *text = w.text;
  return true;
}

void keep_typing_on_escape() {
  // ImGui reverts to the text as it was when the field was focused, and with
  // a slow frame the characters typed just before Escape arrive in the same
  // frame and would go too. So a field never sees Escape: the press is
  // swallowed, the field takes this frame's characters as usual, and the next
  // frame it is left (deactivated) with everything in it.
  // Characters typed just before Escape can reach ImGui a frame after the
  // key (the page's text input comes as its own event): while some are
  // waiting the field stays, for a few frames at most.
  static ImGuiID leave = 0;
  static int waited = 0;
  ImGuiContext& g = *ImGui::GetCurrentContext();
  if (leave != 0 && g.ActiveId == leave && !g.IO.InputQueueCharacters.empty() && ++waited < 4)
    return;
  if (leave != 0 && g.ActiveId == leave) ImGui::ClearActiveID();
  leave = 0;
  waited = 0;
  const int escape = g.IO.KeyMap[ImGuiKey_Escape];
  const bool typing = g.ActiveId != 0 && g.InputTextState.ID == g.ActiveId;
  if (!typing || escape < 0 || g.IO.KeysDownDuration[escape] != 0.0f) return;
  g.IO.KeysDownDuration[escape] = -1.0f;  // not pressed, this frame
  g.IO.KeysDown[escape] = false;          // nor held into the next
  // Keyboard navigation maps Escape to Cancel, which fields take as Escape.
  g.IO.NavInputsDownDuration[ImGuiNavInput_Cancel] = -1.0f;
  g.IO.NavInputs[ImGuiNavInput_Cancel] = 0.0f;
  leave = g.ActiveId;
}

}  // namespace mend::ui
