// Internal to the book importer: what the reader (book_import_read.cpp) and the
// cross-record checks (book_import_checks.cpp) share with the parser
// (book_import.cpp). Paths, the error sink and the field readers are the ones
// every JSON reader uses (read.hpp).
#pragma once
#include <rapidjson/document.h>

#include <cstddef>
#include <string_view>

#include "core/json/book_json.hpp"
#include "core/json/data_files.hpp"
#include "core/json/read.hpp"

namespace mend::bookjson {

using json::kind_of;
using json::Path;
using json::quoted;
using json::Sink;

// Reads a parsed book's records into book (book_import_read.cpp); every
// problem goes to the sink. "format" and "version" are checked by the caller.
void read_book(const rapidjson::Value& root, Sink& sink, Book& book);

// Reads the records of a data file (data_files.hpp), root[list_key], as a book's
// are read; "format" and "version" are checked by the caller.
void read_data_file(const rapidjson::Value& root, std::string_view list_key, Sink& sink,
                    std::vector<Playbook>& out);
void read_data_file(const rapidjson::Value& root, std::string_view list_key, Sink& sink,
                    std::vector<TradeVocabulary>& out);

// Offset of the first byte that is not well-formed UTF-8, or npos.
std::size_t first_invalid_utf8(std::string_view text);

// Checks between records (unique ids, references, first event) after every
// record has been read, then sorts cases and events by id.
void check_and_sort(Book& book, Sink& sink);

}  // namespace mend::bookjson
