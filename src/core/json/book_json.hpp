// The book format: a whole Mend book as versioned JSON ("format": "mend-book",
// "version": 1), its validating import and the merge of books from several
// devices. The published schema is web/mend-book.schema.json; the two must
// agree (tests run every exported book through the schema).
//
// Sections: 1. export  2. import  3. merge
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/result.hpp"
#include "core/model/model.hpp"

namespace mend {

inline constexpr int kBookFormatVersion = 1;

// ---- 1. export ---------------------------------------------------------------
// Deterministic: the same book gives the same bytes (fixed key order, cases and
// events sorted by id, no export timestamp). Times as ISO-8601 UTC strings,
// money as integers in minor units, enums as lowercase strings.
std::string export_book(const Book& book);
// Only the cases opened in [from, to); catalog, roles, staff, playbooks and
// settings whole, so the export can be imported on its own.
std::string export_book_range(const Book& book, TimeMs from, TimeMs to);

// ---- 2. import ---------------------------------------------------------------
// Everything is validated before a book is handed out: with any error there is
// no book, and errors lists every problem (capped at kMaxImportErrors plus a
// final "… and N more errors"), each with its JSON path and reason.
inline constexpr std::size_t kMaxImportErrors = 200;
// Deeper JSON than this is refused while parsing: a book is at most 5 deep,
// and refusing early keeps memory and stack small for hostile input.
inline constexpr unsigned kMaxJsonDepth = 64;

struct ImportResult {
  std::optional<Book> book;
  std::vector<Error> errors;
  bool ok() const { return book.has_value(); }
};
ImportResult import_book(std::string_view json);

// ---- 3. merge ----------------------------------------------------------------
enum class MergePolicy { Refuse, PreferOurs, PreferTheirs };

// What merging theirs into ours adds, so the UI can show "what will change".
struct MergeCounts {
  std::size_t cases = 0;   // cases new to ours
  std::size_t events = 0;  // events new to ours (including those of new cases)
  std::size_t catalog = 0;
  std::size_t roles = 0;
  std::size_t staff = 0;
  std::size_t playbooks = 0;  // (id, version) pairs new to ours
  std::size_t replaced = 0;   // conflicting records taken from theirs (PreferTheirs)
  bool operator==(const MergeCounts&) const = default;
  MergeCounts& operator+=(const MergeCounts& more) {
    cases += more.cases;
    events += more.events;
    catalog += more.catalog;
    roles += more.roles;
    staff += more.staff;
    playbooks += more.playbooks;
    replaced += more.replaced;
    return *this;
  }
};

struct MergeResult {
  std::optional<Book> book;      // none when there are conflicts and the policy is Refuse
  std::vector<Error> conflicts;  // every same-id-different-content pair, with where and why
  MergeCounts added;
  bool ok() const { return book.has_value(); }
};

// Cases unioned by id, events by id; catalog, roles and staff by id; playbooks
// by (id, version). Settings are ours unless the policy is PreferTheirs.
MergeResult merge_books(const Book& ours, const Book& theirs,
                        MergePolicy policy = MergePolicy::Refuse);

}  // namespace mend
