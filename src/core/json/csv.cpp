#include "core/json/csv.hpp"

#include <array>

#include "core/base/money.hpp"
#include "core/base/time_iso.hpp"
#include "core/case/clocks.hpp"

namespace mend {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kLineEnd = "\r\n";

bool needs_quotes(std::string_view text) {
  return text.find_first_of(",\"\r\n") != std::string_view::npos;
}

// Characters that make a spreadsheet read a cell as a formula.
bool starts_like_formula(std::string_view text) {
  if (text.empty()) return false;
  switch (text.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
      return true;
    default:
      return false;
  }
}

// A clock as a manager reads it: met, missed (late, or overdue now), pending,
// or not needed (the case closed before it was due without stopping it).
std::string_view clock_word(const Clock& clock) {
  switch (clock.status) {
    case ClockStatus::Met:
      return "met";
    case ClockStatus::Missed:
    case ClockStatus::Overdue:
      return "missed";
    case ClockStatus::Pending:
      return "pending";
    case ClockStatus::Cancelled:
      return "not needed";
  }
  return "";
}

std::string_view verdict_word(Verdict v) {
  switch (v) {
    case Verdict::NotResolved:
      return "not resolved";
    case Verdict::Satisfied:
      return "satisfied";
    case Verdict::Delighted:
      return "delighted";
  }
  return "";
}

std::string_view retention_word(Retention r) {
  switch (r) {
    case Retention::Unknown:
      return "unknown";
    case Retention::Retained:
      return "retained";
    case Retention::Lost:
      return "lost";
  }
  return "";
}

class Row {
 public:
  explicit Row(std::string& out) : out_(out) {}
  // Text from the book: guarded against formulas.
  Row& text(std::string_view value) { return raw(csv_text_field(value)); }
  // Text Mend writes itself (times, numbers, fixed words).
  Row& own(std::string_view value) { return raw(csv_field(value)); }
  void end() { out_ += kLineEnd; }

 private:
  Row& raw(const std::string& field) {
    if (!first_) out_ += ',';
    first_ = false;
    out_ += field;
    return *this;
  }
  std::string& out_;
  bool first_ = true;
};

void write_header(std::string& out, std::string_view currency) {
  const std::string unit = currency.empty() ? std::string() : " (" + std::string(currency) + ")";
  const std::array<std::string, 19> names = {"reference",
                                             "opened (UTC)",
                                             "customer",
                                             "contact",
                                             "kind of failure",
                                             "severity",
                                             "channel",
                                             "status",
                                             "first response",
                                             "recovery",
                                             "follow-up",
                                             "compensation cost" + unit,
                                             "compensation value" + unit,
                                             "verdict",
                                             "retention",
                                             "root cause",
                                             "corrective action",
                                             "reopened",
                                             "case id"};
  Row row(out);
  for (const std::string& name : names) row.text(name);
  row.end();
}

void write_case(std::string& out, const Book& book, const Case& c, TimeMs now) {
  const CaseState s = fold_case(c);
  const CaseClocks clocks = case_clocks(book, s, now);
  const Vocabulary& words = book.settings.vocabulary;
  Row row(out);
  row.text(s.reference)
      .own(format_iso(s.opened_at))
      .text(s.customer.name)
      .text(s.customer.contact)
      .text(term_label(words.failure_kinds, s.category))
      .own(std::to_string(s.severity))
      .text(term_label(words.channels, s.channel))
      .own(s.open ? "open" : "closed")
      .own(clock_word(clocks.first_response))
      .own(clock_word(clocks.recovery))
      .own(clock_word(clocks.follow_up))
      .own(format_cents(s.total_cost))
      .own(format_cents(s.total_value))
      .own(s.outcome ? verdict_word(s.outcome->verdict) : "")
      .own(s.outcome ? retention_word(s.outcome->retention) : "")
      .text(s.analysis ? s.analysis->root_cause : "")
      .text(s.analysis ? s.analysis->corrective_action : "")
      .own(std::to_string(s.reopen_count))
      .own(c.id);
  row.end();
}

}  // namespace

std::string csv_field(std::string_view text) {
  if (!needs_quotes(text)) return std::string(text);
  std::string out;
  out.reserve(text.size() + 2);
  out += '"';
  for (char ch : text) {
    if (ch == '"') out += '"';
    out += ch;
  }
  out += '"';
  return out;
}

std::string csv_text_field(std::string_view text) {
  if (!starts_like_formula(text)) return csv_field(text);
  return csv_field("'" + std::string(text));
}

std::string export_cases_csv(const Book& book, TimeMs now) {
  std::string out(kBom);
  out.reserve(256 * (book.cases.size() + 1));
  write_header(out, book.settings.currency);
  for (const Case& c : book.cases) write_case(out, book, c, now);
  return out;
}

}  // namespace mend
