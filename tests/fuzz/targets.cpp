#include "fuzz/targets.hpp"

#include <cstdio>
#include <cstdlib>
#include <string>

#include "core/base/time_iso.hpp"
#include "core/bytes/event_bytes.hpp"
#include "core/coach/coach.hpp"
#include "core/json/book_import_job.hpp"
#include "core/json/book_json.hpp"
#include "core/json/csv.hpp"
#include "core/store/record_codec.hpp"

namespace mend::fuzz {
namespace {

// A broken promise of the code under test: said, then a crash libFuzzer keeps.
[[noreturn]] void broken(const char* promise) {
  std::fprintf(stderr, "fuzz: broken promise: %s\n", promise);
  std::abort();
}

std::string_view text_of(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// A book file: imported (validated, parsed, checked), and if it is a book,
// exported and imported again to the same book.
// The sliced import (BookImportJob) gives the same book or the same errors.
void importer(const std::uint8_t* data, std::size_t size) {
  const ImportResult r = import_book(text_of(data, size));
  BookImportJob job{std::string(text_of(data, size))};
  const std::size_t budget = 1 + size % 61;  // small slices: every stage boundary is crossed
  while (!job.step(budget)) {
  }
  const ImportResult sliced = job.take();
  if (sliced.ok() != r.ok()) broken("the sliced import agrees with import_book");
  if (r.ok() && !(*sliced.book == *r.book)) broken("the sliced import reads the same book");
  if (sliced.errors.size() != r.errors.size()) broken("the sliced import finds the same errors");
  for (std::size_t i = 0; i < r.errors.size(); ++i)
    if (sliced.errors[i].message() != r.errors[i].message())
      broken("the sliced import words its errors as import_book does");
  if (!r.ok()) return;
  const ImportResult again = import_book(export_book(*r.book));
  if (!again.ok()) broken("an imported book exports to a file that imports");
  if (!(*again.book == *r.book)) broken("import(export(book)) == book");
}

// Two books split at the first NUL byte, merged every way.
void merge(const std::uint8_t* data, std::size_t size) {
  const std::string_view all = text_of(data, size);
  const std::size_t cut = all.find('\0');
  if (cut == std::string_view::npos) return;
  const ImportResult a = import_book(all.substr(0, cut));
  const ImportResult b = import_book(all.substr(cut + 1));
  if (!a.ok() || !b.ok()) return;
  for (MergePolicy p : {MergePolicy::Refuse, MergePolicy::PreferOurs, MergePolicy::PreferTheirs}) {
    const MergeResult m = merge_books(*a.book, *b.book, p);
    if (!m.ok()) continue;
    const ImportResult back = import_book(export_book(*m.book));
    if (!back.ok()) {
      std::fprintf(stderr, "fuzz: %s\n", back.errors.front().message().c_str());
      broken("a merged book exports to a file that imports");
    }
  }
}

// Any text through the built-in rules of the language it looks like;
// findings must lie inside the text and the score within 0..100.
void coach_on_text(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = text_of(data, size);
  const CoachReport report = coach_text_in(text, "auto").value();
  for (const auto* list : {&report.donts, &report.positives, &report.component_findings})
    for (const CoachFinding& f : *list)
      if (f.offset > text.size() || f.length > text.size() - f.offset)
        broken("a coach finding lies inside the text");
  if (report.score < 0 || report.score > 100) broken("the coach's score is within 0..100");
}

// A custom rule file, then a reply read with it.
void coach_rules(const std::uint8_t* data, std::size_t size) {
  Result<CoachRules> rules = load_coach_rules(text_of(data, size));
  if (!rules.ok()) return;
  (void)coach_text("I'm so sorry, that was our fault. Calm down, it's policy.", rules.value());
}

// An ISO-8601 time: what parses formats and parses back to itself.
void iso_time(const std::uint8_t* data, std::size_t size) {
  const Result<TimeMs> t = parse_iso(text_of(data, size));
  if (!t.ok()) return;
  const Result<TimeMs> again = parse_iso(format_iso(t.value()));
  if (!again.ok() || again.value() != t.value()) broken("parse(format(t)) == t");
}

// A book file, then its cases as CSV.
void csv_export(const std::uint8_t* data, std::size_t size) {
  const ImportResult r = import_book(text_of(data, size));
  if (r.ok()) (void)export_cases_csv(*r.book, 1795000000000);
}

// Raw stored values, as the IndexedDB store reads them back: the first byte
// picks a record, an event, a chunk (pack) or one case's bytes.
void store_load(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return;
  const std::string_view bytes = text_of(data + 1, size - 1);
  switch (data[0] % 4) {
    case 0:
      (void)store::decode_record(bytes);
      break;
    case 1:
      (void)store::decode_event(bytes);
      break;
    case 2:
      (void)bytes::read_pack(bytes);
      break;
    default:
      (void)bytes::decode_case_events(bytes, "01JD0000000000000000000000");
      break;
  }
}

}  // namespace

const std::vector<Target>& targets() {
  static const std::vector<Target> all = {
      {"importer", importer},       {"merge", merge},       {"coach_text", coach_on_text},
      {"coach_rules", coach_rules}, {"iso_time", iso_time}, {"csv_export", csv_export},
      {"store_load", store_load}};
  return all;
}

const Target* find_target(std::string_view name) {
  for (const Target& t : targets())
    if (t.name == name) return &t;
  return nullptr;
}

}  // namespace mend::fuzz
