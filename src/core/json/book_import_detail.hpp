// Internal to the book importer: what the reader (book_import_read.cpp) and the
// cross-record checks (book_import_checks.cpp) share with the parser
// (book_import.cpp). Paths, the error sink and the field readers are the ones
// every JSON reader uses (read.hpp).
#pragma once
#include <rapidjson/document.h>

#include <cstddef>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/json/book_json.hpp"
#include "core/json/data_files.hpp"
#include "core/json/read.hpp"

namespace mend::bookjson {

using json::kind_of;
using json::Path;
using json::quoted;
using json::Sink;

// The checks of one case (unique event ids, the opened event first,
// references within the case, playbooks that exist), run on each case as soon
// as it is read, so the import keeps only its bytes and never holds every
// case decoded. What they find waits here until check_and_sort reports it,
// after the checks between records, as a check of the whole book would.
class CaseChecks {
 public:
  // Case `index` of the file, read with no error anywhere so far (the
  // playbooks it may name are read by then).
  void add(const Book& book, std::size_t index, const Case& c);

 private:
  friend void check_and_sort(Book& book, CaseChecks& cases, Sink& sink);
  struct Found {
    Error error;
    std::string named_case;  // for a case mismatch: worded once every case id is known
    std::string listed_by;
  };
  void found(std::string where, std::string why, std::string named_case = {},
             std::string listed_by = {});

  bool started_ = false;
  std::set<std::pair<std::string_view, int>> playbooks_;  // views into the built-ins and the book
  std::vector<std::string> ids_;                          // of every case, in file order
  CaseTable::Bulk cases_;
  std::vector<Found> found_;  // capped as the sink is
  std::size_t more_ = 0;
};

// Reads a parsed book's records into book (book_import_read.cpp) and hands
// each case to `cases`; every problem goes to the sink. "format" and
// "version" are checked by the caller.
void read_book(const rapidjson::Value& root, Sink& sink, Book& book, CaseChecks& cases);

// Reads the records of a data file (data_files.hpp), root[list_key], as a book's
// are read; "format" and "version" are checked by the caller.
void read_data_file(const rapidjson::Value& root, std::string_view list_key, Sink& sink,
                    std::vector<Playbook>& out);
void read_data_file(const rapidjson::Value& root, std::string_view list_key, Sink& sink,
                    std::vector<TradeVocabulary>& out);

// Case `index` of the file's "cases", read and handed to `cases` as read_book
// does it (the sliced import, book_import_job.cpp, reads one case at a time).
void read_case_at(const rapidjson::Value& item, std::size_t index, Sink& sink, Book& book,
                  CaseChecks& cases);

// A book's text parsed into a DOM (strings point into buffer) with its format
// and version checked: what import_book reads records from.
struct ParsedBook {
  std::unique_ptr<char[]> buffer;
  rapidjson::Document doc;
};
// Why the text is not a book it can read (syntax, UTF-8, format, version).
std::optional<Error> parse_book(std::string_view json, ParsedBook& out);

// Parses one JSON value at the start of `text` (valid UTF-8, followed by 8
// zero bytes, changed in place) as parse_book would parse it `depth` levels
// down; false on any error, whose wording is then left to import_book.
bool parse_fragment(char* text, unsigned depth, rapidjson::Document& doc);

// Offset of the first byte that is not well-formed UTF-8, or npos.
std::size_t first_invalid_utf8(std::string_view text);

// Checks between records (unique ids, references) after every record has
// been read, reports what the case checks found, then files the cases into
// book.cases (sorted by id) when nothing was wrong.
void check_and_sort(Book& book, CaseChecks& cases, Sink& sink);

}  // namespace mend::bookjson
