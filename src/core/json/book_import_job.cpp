// The sliced import (book_import_job.hpp). Three stages:
//   1. a scan of the text that finds the top-level "cases" array and where
//      each of its items begins and ends (strings and nesting followed, a
//      byte at a time, resumable anywhere);
//   2. the rest of the book (the text with "cases": []) parsed and read as
//      import_book would;
//   3. each case parsed and read on its own, a slice of them per step, then
//      the checks between records.
// Anything unexpected hands the whole text to import_book instead (fallback).
#include "core/json/book_import_job.hpp"

#include <algorithm>
#include <cstring>
#include <string_view>
#include <utility>
#include <vector>

#include "core/json/book_import_detail.hpp"

namespace mend {

namespace {
constexpr std::size_t kNone = std::string::npos;
constexpr std::size_t kScanShare = 8;  // scanning a byte costs an eighth of parsing it
}  // namespace

struct BookImportJob::Work {
  enum class Stage { Scan, Head, Cases, Checks, Whole, Done };

  std::string text;
  Stage stage = Stage::Scan;
  ImportResult result;
  bool fell_back = false;

  // 1. the scan
  std::size_t pos = 0;
  unsigned depth = 0;
  bool in_string = false, escape = false, string_escaped = false;
  std::size_t string_start = 0;
  bool expect_key = false;  // at depth 1: the next string is a member's name
  bool cases_next = false;  // at depth 1: the next value is "cases"
  bool seen_cases = false;
  std::size_t open = kNone, close = kNone;  // the "cases" array's brackets
  bool need_item = false;                   // in the array, after '[' or ','
  std::size_t item_start = 0;
  std::vector<std::pair<std::size_t, std::size_t>> items;  // [begin, end) of each case

  // 2 and 3
  Book book;
  bookjson::CaseChecks checks;
  json::Sink sink{kMaxImportErrors};
  std::size_t next_item = 0;
  std::size_t parsed_bytes = 0;
  std::string scratch;

  bool in_cases() const { return open != kNone && close == kNone && depth == 2; }

  void fall_back() { stage = Stage::Whole; }

  // Scans up to `budget` bytes; false if the text is not what the slices
  // expect (then the caller falls back).
  bool scan(std::size_t budget) {
    // pos + budget could wrap where size_t is 32 bits (wasm), so clamp first.
    const std::size_t end = pos + std::min(budget, text.size() - pos);
    const char* t = text.data();
    for (; pos < end; ++pos) {
      const char c = t[pos];
      if (in_string) {
        if (escape) {
          escape = false;
        } else if (c == '\\') {
          escape = string_escaped = true;
        } else if (c == '"') {
          in_string = false;
          if (depth == 1 && expect_key) {
            expect_key = false;
            if (string_escaped) return false;  // a name spelled with escapes
            if (std::string_view(t + string_start + 1, pos - string_start - 1) == "cases") {
              if (seen_cases) return false;
              seen_cases = cases_next = true;
            }
          }
        }
        continue;
      }
      switch (c) {
        case ' ':
        case '\t':
        case '\n':
        case '\r':
          break;
        case ':':
          if (in_cases() || depth == 0) return false;
          break;
        case '"':
          if (in_cases() || (depth == 1 && cases_next && !expect_key)) return false;
          in_string = true;
          string_escaped = false;
          string_start = pos;
          break;
        case '{':
          if (depth == 1 && cases_next) return false;
          if (in_cases()) {
            if (!need_item) return false;
            need_item = false;
            item_start = pos;
          }
          if (++depth == 1) expect_key = true;
          break;
        case '[':
          if (depth == 0 || in_cases()) return false;
          if (depth == 1 && cases_next) {
            cases_next = false;
            open = pos;
            need_item = true;
          }
          ++depth;
          break;
        case '}':
          if (depth == 0) return false;
          if (--depth == 2 && open != kNone && close == kNone)
            items.emplace_back(item_start, pos + 1);
          if (depth == 0) {
            ++pos;
            return seen_cases && close != kNone && !cases_next;
          }
          break;
        case ']':
          if (depth == 0) return false;
          if (in_cases()) {
            if (need_item && !items.empty()) return false;  // "[{...},]"
            close = pos;
          }
          --depth;
          break;
        case ',':
          if (depth == 1) {
            if (cases_next) return false;
            expect_key = true;
          } else if (in_cases()) {
            if (need_item) return false;
            need_item = true;
          }
          break;
        default:
          // A number or a literal: never an item of "cases", nor its value.
          if (in_cases() || (depth == 1 && cases_next) || depth == 0) return false;
          break;
      }
    }
    return pos < text.size();  // the text ended inside the book: fall back
  }

  bool scanned() const { return depth == 0 && close != kNone && pos > 0; }

  // The book without its cases, read as import_book reads it.
  bool read_head() {
    std::string head;
    head.reserve(open + 1 + (text.size() - close));
    head.append(text, 0, open + 1);
    head.append(text, close, std::string::npos);
    bookjson::ParsedBook parsed;
    if (parse_book(head, parsed)) return false;
    read_book(parsed.doc, sink, book, checks);
    return sink.empty();
  }

  bool read_item() {
    const auto [begin, end] = items[next_item];
    const std::string_view item(text.data() + begin, end - begin);
    if (bookjson::first_invalid_utf8(item) != std::string_view::npos) return false;
    scratch.assign(item);
    scratch.append(8, '\0');
    rapidjson::Document doc;
    if (!bookjson::parse_fragment(scratch.data(), 2, doc) || !doc.IsObject()) return false;
    read_case_at(doc, next_item, sink, book, checks);
    ++next_item;
    parsed_bytes += item.size();
    return sink.empty();
  }

  void step(std::size_t budget) {
    switch (stage) {
      case Stage::Scan: {
        // Saturating: in wasm a 1 GB budget times 8 wraps to 0 and the scan
        // would never move.
        const std::size_t scan_budget = budget > kNone / kScanShare ? kNone : budget * kScanShare;
        const bool going = scan(scan_budget);
        if (scanned()) {
          stage = Stage::Head;
        } else if (!going) {
          fall_back();
        }
        return;
      }
      case Stage::Head:
        stage = read_head() ? Stage::Cases : Stage::Whole;
        return;
      case Stage::Cases: {
        std::size_t spent = 0;
        while (next_item < items.size() && spent < budget) {
          spent += items[next_item].second - items[next_item].first;
          if (!read_item()) return fall_back();
        }
        if (next_item == items.size()) stage = Stage::Checks;
        return;
      }
      case Stage::Checks:
        bookjson::check_and_sort(book, checks, sink);
        if (!sink.empty()) return fall_back();
        result.book = std::move(book);
        stage = Stage::Done;
        return;
      case Stage::Whole:
        fell_back = true;
        result = import_book(text);
        stage = Stage::Done;
        return;
      case Stage::Done:
        return;
    }
  }
};

BookImportJob::BookImportJob(std::string text) : work_(std::make_unique<Work>()) {
  work_->text = std::move(text);
  // A byte order mark is skipped by the scan; import_book skips it too.
  if (work_->text.compare(0, 3, "\xEF\xBB\xBF") == 0) work_->pos = 3;
}
BookImportJob::~BookImportJob() = default;
BookImportJob::BookImportJob(BookImportJob&&) noexcept = default;
BookImportJob& BookImportJob::operator=(BookImportJob&&) noexcept = default;

bool BookImportJob::step(std::size_t budget) {
  work_->step(std::max<std::size_t>(budget, 1));
  return done();
}

bool BookImportJob::done() const {
  return work_->stage == Work::Stage::Done;
}

double BookImportJob::progress() const {
  const Work& w = *work_;
  if (w.stage == Work::Stage::Done) return 1.0;
  const double size = static_cast<double>(std::max<std::size_t>(w.text.size(), 1));
  const double total = size / kScanShare + size;
  const double scanned = static_cast<double>(w.pos) / kScanShare;
  return std::min(0.99, (scanned + static_cast<double>(w.parsed_bytes)) / total);
}

ImportResult BookImportJob::take() {
  ImportResult out = std::move(work_->result);
  work_->result = {};
  return out;
}

bool BookImportJob::fell_back() const {
  return work_->fell_back;
}

}  // namespace mend
