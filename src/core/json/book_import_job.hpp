// A book file imported a slice at a time, so that a page can go on drawing
// (and offer Cancel) while a large file is checked: a 60 MB book takes about
// a second of work in wasm, which in one piece would freeze the tab.
//
// The result is import_book's, exactly: the same book, or the same errors.
// The slices read the file's "cases" one case at a time; anything the sliced
// reading does not expect (a syntax error, an escaped top-level key, a case
// that is not an object, any error at all) hands the whole text to
// import_book once, so every error keeps import_book's wording and order.
#pragma once
#include <cstddef>
#include <memory>
#include <string>

#include "core/json/book_json.hpp"

namespace mend {

class BookImportJob {
 public:
  explicit BookImportJob(std::string text);
  ~BookImportJob();
  BookImportJob(BookImportJob&&) noexcept;
  BookImportJob& operator=(BookImportJob&&) noexcept;

  // Works through about `budget` bytes of the text (scanning counts an eighth
  // of a byte's parsing), then returns; true once the result is ready.
  bool step(std::size_t budget);
  bool done() const;
  // How far the job has come, 0..1 (for a progress bar).
  double progress() const;
  // The result, once done(); the job is spent afterwards.
  ImportResult take();

  // Whether the last run fell back to import_book in one piece (for tests).
  bool fell_back() const;

 private:
  struct Work;
  std::unique_ptr<Work> work_;
};

}  // namespace mend
