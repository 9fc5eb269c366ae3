// Internal to the book importer: JSON paths and the capped error list shared by
// the reader (book_import.cpp) and the cross-record checks (book_import_checks.cpp).
#pragma once
#include <rapidjson/document.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/json/book_json.hpp"

namespace mend::bookjson {

// A JSON path as a chain of stack frames, so walking costs nothing and the
// text ("cases[12].events[3].at") is only built when there is an error.
struct Path {
  const Path* up = nullptr;
  std::string_view key;  // member name; empty when this step is an array index
  std::size_t index = 0;
};
std::string path_text(const Path* p, std::string_view last_key = {});

// A key or value as shown in a message: quoted, control characters escaped,
// cut short so a 50 MB hostile key does not become a 50 MB message.
std::string quoted(std::string_view s);

class Sink {
 public:
  bool full() const { return errors_.size() >= kMaxImportErrors; }
  void add(const Path* p, std::string_view key, std::string why) {
    if (full()) {
      ++more_;
      return;
    }
    errors_.push_back(Error{path_text(p, key), std::move(why)});
  }
  void add_at(std::string where, std::string why) {
    if (full()) {
      ++more_;
      return;
    }
    errors_.push_back(Error{std::move(where), std::move(why)});
  }
  bool empty() const { return errors_.empty(); }
  std::vector<Error> take();

 private:
  std::vector<Error> errors_;
  std::size_t more_ = 0;
};

// Reads a parsed book's records into book (book_import_read.cpp); every
// problem goes to the sink. "format" and "version" are checked by the caller.
void read_book(const rapidjson::Value& root, Sink& sink, Book& book);
std::string_view name_of(const rapidjson::Value& string);
// "a string", "an array", ... for messages.
const char* kind_of(const rapidjson::Value& v);

// Offset of the first byte that is not well-formed UTF-8, or npos.
std::size_t first_invalid_utf8(std::string_view text);

// Checks between records (unique ids, references, first event) after every
// record has been read, then sorts cases and events by id.
void check_and_sort(Book& book, Sink& sink);

}  // namespace mend::bookjson
