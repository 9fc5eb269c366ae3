// The queue's table: one row per case of AppState::queue_order, drawn with
// ImGuiListClipper so only the rows on screen cost anything. Wide windows
// show every column; narrower ones drop the less important columns, and the
// narrowest stack reference, kind and severity under the customer.
#include <imgui_internal.h>

#include <algorithm>  // TableSetColumnSortDirection: the app's sort shown in the header

#include "app/book_terms.hpp"
#include "core/model/lookup.hpp"
#include "core/model/vocabulary.hpp"
#include "core/privacy/anonymise.hpp"
#include "ui/format.hpp"
#include "ui/messages_case.hpp"
#include "ui/messages_queue.hpp"
#include "ui/messages_time.hpp"
#include "ui/queue_parts.hpp"
#include "ui/readable.hpp"
#include "ui/theme.hpp"

namespace mend::ui {
namespace {

// An anonymised case's row holds its pseudonym (core/privacy/anonymise.hpp),
// which means nothing to staff; a kiosk's case says it came from the kiosk.
std::string customer_text(const app::QueueRow& row) {
  if (is_pseudonym(row.customer)) return case_text::kAnonymisedCustomer.c_str();
  if (!row.kiosk) return row.customer;
  return text_format(queue_text::kFromKioskFormat, row.customer.empty()
                                                       ? queue_text::kNoNameGiven.c_str()
                                                       : row.customer.c_str());
}

using app::QueueColumn;

constexpr Colour kSoon{0.66f, 0.38f, 0.02f, 1.0f};  // amber: little time left
constexpr ImGuiID kRefColumn = 100;                 // not sortable: no QueueColumn

// Wide: every column. Mid (a tablet): no status, age or owner. Tight (700
// px): no reference column either; the customer names the row. Narrow
// (phones, 400 px): clock and customer only, three lines each.
enum class Layout { Wide, Mid, Tight, Narrow };

struct ColumnSpec {
  Msg label;
  ImGuiID id;
  float width;  // 0: stretches
  bool wide, mid, tight, narrow;
};

// Every column, in the table's order, and which layouts show it. Its index
// is its ImGui column number.
const ColumnSpec kColumns[] = {
    {queue_text::kColRef, kRefColumn, 84, true, true, false, false},
    {queue_text::kColStatus, static_cast<ImGuiID>(QueueColumn::Status), 76, true, false, false,
     false},
    {queue_text::kColClock, static_cast<ImGuiID>(QueueColumn::Clock), 0, true, true, true, true},
    {queue_text::kColCustomer, static_cast<ImGuiID>(QueueColumn::Customer), 0, true, true, true,
     true},
    {queue_text::kColKind, static_cast<ImGuiID>(QueueColumn::Kind), 0, true, true, true, false},
    {queue_text::kColSeverity, static_cast<ImGuiID>(QueueColumn::Severity), 84, true, true, true,
     false},
    {queue_text::kColAge, static_cast<ImGuiID>(QueueColumn::Age), 110, true, false, false, false},
    {queue_text::kColOwner, static_cast<ImGuiID>(QueueColumn::Owner), 130, true, false, false,
     false},
};
constexpr int kColumnCount = static_cast<int>(sizeof(kColumns) / sizeof(kColumns[0]));

bool shown(const ColumnSpec& c, Layout layout) {
  switch (layout) {
    case Layout::Wide:
      return c.wide;
    case Layout::Mid:
      return c.mid;
    case Layout::Tight:
      return c.tight;
    case Layout::Narrow:
      return c.narrow;
  }
  return true;
}

int column_of(QueueColumn sort) {
  for (int i = 0; i < kColumnCount; ++i)
    if (kColumns[i].id == static_cast<ImGuiID>(sort)) return i;
  return -1;
}

// The clock's width: what its longest usual text needs in this layout.
float clock_width(Layout layout) {
  const std::string overdue =
      text_format(time_text::kClockOverdue, text_format(time_text::kDaysHours, 30LL, 23LL).c_str());
  const std::string sample =
      layout == Layout::Wide
          ? text_format(queue_text::kClockNamed, time_text::kFirstResponse.c_str(), overdue.c_str())
          : overdue;
  return ImGui::CalcTextSize(sample.c_str()).x + 8;
}

// Header clicks become requests; the app's sort (from a reload's
// preference) is shown when the header did not just change.
void follow_sort(const app::AppState& state, Layout layout, bool settled, app::Requests& out) {
  ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs();
  if (!specs) return;
  const app::QueueChoice& choice = state.queue_choice;
  const bool same =
      specs->SpecsCount == 1 && specs->Specs[0].ColumnUserID == static_cast<ImGuiID>(choice.sort) &&
      (specs->Specs[0].SortDirection == ImGuiSortDirection_Descending) == choice.descending;
  if (specs->SpecsDirty && !same && specs->SpecsCount == 1 && settled) {
    app::QueueChoice sorted = choice;
    sorted.sort = static_cast<QueueColumn>(specs->Specs[0].ColumnUserID);
    sorted.descending = specs->Specs[0].SortDirection == ImGuiSortDirection_Descending;
    out.push(app::RequestQueueView{std::move(sorted)});
  } else if (!same && !specs->SpecsDirty) {
    const int column = column_of(choice.sort);
    if (column >= 0 && shown(kColumns[column], layout))
      ImGui::TableSetColumnSortDirection(
          column, choice.descending ? ImGuiSortDirection_Descending : ImGuiSortDirection_Ascending,
          false);
  }
  specs->SpecsDirty = false;
}

// TableHeadersRow, but each header also tells the widget registry its label
// (ImGui 1.86's TableHeader does not), so the screen-reader mirror and tests
// find "Customer" as they find a button.
void draw_headers() {
  // A finger's height on a touch screen, like every other target.
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers,
                      std::max(ImGui::TableGetHeaderRowHeight(), ImGui::GetFrameHeight()));
  for (int i = 0; i < kColumnCount; ++i) {
    if (!ImGui::TableSetColumnIndex(i)) continue;
    ImGui::TableHeader(kColumns[i].label);
    name_item(ImGui::GetItemID(), kColumns[i].label);
  }
}

ImVec4 clock_colour(const Clock& clock) {
  if (clock.overdue()) return kDanger;
  const TimeMs span = clock.due - clock.started;
  if (span > 0 && clock.remaining * 4 < span) return kSoon;  // under a quarter left
  return kOk;
}

std::string clock_cell(const app::QueueRow& row, TimeMs now, Layout layout, bool* overdue,
                       ImVec4* colour) {
  *overdue = false;
  *colour = kMuted;
  if (!row.clock) return (row.open ? queue_text::kNoClock : queue_text::kClosed).c_str();
  const Clock clock = row.clock->at(now);
  *overdue = clock.overdue();
  *colour = clock_colour(clock);
  if (layout == Layout::Wide)
    return text_format(queue_text::kClockNamed, clock_name(row.clock->kind),
                       clock_text(clock).c_str());
  return clock_text(clock);
}

std::string owner_name(const Book& book, const std::string& staff_id) {
  if (staff_id.empty()) return queue_text::kNobody.c_str();
  for (const Staff& s : book.staff)
    if (s.id == staff_id) return s.name;
  return readable_id(staff_id);  // not on the staff list (a kiosk, a removed member)
}

void draw_row(const app::AppState& state, const app::QueueRow& row, Layout layout, float row_h,
              app::Requests& out) {
  const std::vector<Term>& kinds = app::vocabulary(state.book).failure_kinds;
  ImGui::TableNextRow(ImGuiTableRowFlags_None, row_h);
  bool overdue = false;
  ImVec4 colour;
  const std::string clock = clock_cell(row, state.now, layout, &overdue, &colour);
  if (overdue)
    ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, ImGui::GetColorU32(kDanger.tint(0.10f)));
  ImGui::PushID(row.case_id.c_str());
  const float line = ImGui::GetTextLineHeight();
  const float spacing_y = ImGui::GetStyle().ItemSpacing.y;
  const float content = layout == Layout::Narrow ? line * 3 + spacing_y * 2 : line;
  const float pad = (row_h - content) * 0.5f - ImGui::GetStyle().CellPadding.y;
  const float sel_h = row_h - ImGui::GetStyle().CellPadding.y * 2;
  // The whole row opens the case; the item is the first shown column's, and
  // its label (the reference, or the customer when stacked) names the row.
  const auto selectable = [&](const char* label, float align_y) {
    ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, ImVec2(0, align_y));
    if (ImGui::Selectable(label, false, ImGuiSelectableFlags_SpanAllColumns, ImVec2(0, sel_h)))
      out.push(app::RequestShowCase{row.case_id});
    ImGui::PopStyleVar();
  };
  if (layout == Layout::Narrow) {
    if (ImGui::TableSetColumnIndex(2)) {
      const ImVec2 top = ImGui::GetCursorScreenPos();
      ImGui::SetCursorScreenPos(ImVec2(top.x, top.y + pad));
      if (overdue) ImGui::PushFont(fonts().bold);
      ImGui::TextColored(colour, "%s", clock.c_str());
      if (overdue) ImGui::PopFont();
      ImGui::TextColored(kMuted, "%s", row.clock ? clock_name(row.clock->kind) : "");
      ImGui::TextColored(kMuted, queue_text::kSeverityLong, row.severity);
    }
    if (ImGui::TableSetColumnIndex(3)) {
      const ImVec2 at = ImGui::GetCursorScreenPos();
      ImGui::PushFont(fonts().bold);
      selectable(customer_text(row).c_str(), sel_h > line ? pad / (sel_h - line) : 0);
      ImGui::PopFont();
      ImGui::SetCursorScreenPos(ImVec2(at.x, at.y + pad + line + spacing_y));
      ImGui::TextUnformatted(shown_term_label(kinds, row.kind, screen_language()).c_str());
      ImGui::TextColored(kMuted, "%s", row.reference.c_str());
    }
    ImGui::PopID();
    return;
  }
  const auto cell = [&](int column) {
    if (!ImGui::TableSetColumnIndex(column)) return false;
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + pad);
    return true;
  };
  if (layout != Layout::Tight && ImGui::TableSetColumnIndex(0))
    selectable(row.reference.c_str(), 0.5f);
  if (layout == Layout::Wide && cell(1))
    ImGui::TextUnformatted(row.open ? queue_text::kOpen : queue_text::kClosed);
  if (cell(2)) {
    if (overdue) ImGui::PushFont(fonts().bold);
    ImGui::TextColored(colour, "%s", clock.c_str());
    if (overdue) ImGui::PopFont();
  }
  if (layout == Layout::Tight) {
    if (ImGui::TableSetColumnIndex(3)) selectable(customer_text(row).c_str(), 0.5f);
  } else if (cell(3)) {
    ImGui::TextUnformatted(customer_text(row).c_str());
  }
  if (cell(4)) ImGui::TextUnformatted(shown_term_label(kinds, row.kind, screen_language()).c_str());
  if (cell(5)) ImGui::Text(queue_text::kSeverity, row.severity);
  if (layout == Layout::Wide) {
    if (cell(6)) ImGui::TextUnformatted(duration_text(state.now - row.opened_at).c_str());
    if (cell(7)) ImGui::TextUnformatted(owner_name(state.book, row.taken_by).c_str());
  }
  ImGui::PopID();
}

}  // namespace

void draw_queue_table(const app::AppState& state, QueueScreen::TableMemory& memory,
                      app::Requests& out) {
  const float avail = ImGui::GetContentRegionAvail().x;
  const Layout layout = avail < kQueueNarrowWidth  ? Layout::Narrow
                        : avail < kQueueTightWidth ? Layout::Tight
                        : avail < kQueueMidWidth   ? Layout::Mid
                                                   : Layout::Wide;
  if (memory.layout != static_cast<int>(layout)) {
    memory.layout = static_cast<int>(layout);
    memory.frames_in_layout = 0;
  }
  ++memory.frames_in_layout;
  constexpr ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                    ImGuiTableFlags_ScrollY | ImGuiTableFlags_Sortable;
  if (!ImGui::BeginTable("queue", kColumnCount, flags)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  const app::QueueChoice& choice = state.queue_choice;
  for (int i = 0; i < kColumnCount; ++i) {
    const ColumnSpec& c = kColumns[i];
    ImGuiTableColumnFlags f = ImGuiTableColumnFlags_None;
    if (!shown(c, layout)) f |= ImGuiTableColumnFlags_Disabled;
    if (c.id == kRefColumn) f |= ImGuiTableColumnFlags_NoSort;
    // The sort the table starts with is the app's (a reload's preference).
    if (c.id == static_cast<ImGuiID>(choice.sort))
      f |= ImGuiTableColumnFlags_DefaultSort |
           (choice.descending ? ImGuiTableColumnFlags_PreferSortDescending
                              : ImGuiTableColumnFlags_None);
    float width = c.width;
    if (c.id == static_cast<ImGuiID>(QueueColumn::Clock)) width = clock_width(layout);
    f |= width > 0 ? ImGuiTableColumnFlags_WidthFixed : ImGuiTableColumnFlags_WidthStretch;
    ImGui::TableSetupColumn(c.label, f, width, c.id);
  }
  follow_sort(state, layout, memory.frames_in_layout > 2, out);
  draw_headers();

  const ImGuiStyle& style = ImGui::GetStyle();
  const float lines = layout == Layout::Narrow ? 3.0f : 1.0f;
  // At least a finger's height on a touch screen (the touch style's frame).
  const float row_h =
      std::max(ImGui::GetTextLineHeightWithSpacing() * lines, ImGui::GetFrameHeight()) +
      style.CellPadding.y * 2;
  const app::QueueRows& rows = state.derived.queue();
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(state.queue_order.size()), row_h);
  while (clipper.Step())
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i)
      draw_row(state, state.queue_order.row(rows, static_cast<std::size_t>(i)), layout, row_h, out);
  ImGui::EndTable();
}

}  // namespace mend::ui
