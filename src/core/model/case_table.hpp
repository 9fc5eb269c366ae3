// The book's cases, kept compact (issue 7): per case its id, its event count
// and its events as case bytes (core/bytes/event_bytes.hpp: each event
// [length][body], in id order, about 0.4x the JSON), sorted by case id. A case
// is decoded into a Case only when someone asks for it, so a 100,000-case book
// costs little more than its bytes; a whole-book pass decodes one case at a
// time and lets it go.
//
// Sections: 1. reading  2. adding one thing  3. building many cases at once
//
// Case and Event are declared here and defined in model.hpp (which holds a
// CaseTable), so everything that needs them complete is in case_table.cpp.
#pragma once
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/result.hpp"

namespace mend {

struct Case;
struct Event;

class CaseTable {
  // One case: its id and case bytes in one allocation (40 bytes natively, 20
  // in wasm32, plus the data).
  struct Entry {
    std::string data;  // id, then case bytes
    std::uint32_t id_size = 0;
    std::uint32_t events = 0;
    std::string_view id() const { return std::string_view(data).substr(0, id_size); }
    std::string_view bytes() const { return std::string_view(data).substr(id_size); }
  };

 public:
  // ---- 1. reading ----------------------------------------------------------------
  std::size_t size() const { return cases_.size(); }
  bool empty() const { return cases_.empty(); }
  // Without decoding: the case's id, how many events it has, its case bytes.
  std::string_view id(std::size_t i) const { return cases_[i].id(); }
  std::size_t event_count(std::size_t i) const { return cases_[i].events; }
  std::string_view bytes(std::size_t i) const { return cases_[i].bytes(); }
  // Events of every case (O(cases)).
  std::size_t event_total() const;

  // The case decoded. Bytes that cannot be decoded (only damaged memory can
  // make them: what is added is checked) give the case with no events.
  Case at(std::size_t i) const;
  // Binary search by id.
  std::optional<std::size_t> index_of(std::string_view case_id) const;
  // Whether the case holds an event with this id (walks its ids; no decoding).
  bool has_event(std::string_view case_id, std::string_view event_id) const;

  // `for (const Case& c : table)`: each case decoded as it is reached, so a
  // pass over the book never holds more than one case decoded.
  class const_iterator {
   public:
    using iterator_category = std::input_iterator_tag;
    using value_type = Case;
    using difference_type = std::ptrdiff_t;
    using reference = Case;
    using pointer = void;
    const_iterator() = default;
    const_iterator(const CaseTable* table, std::size_t i) : table_(table), i_(i) {}
    Case operator*() const;
    const_iterator& operator++() {
      ++i_;
      return *this;
    }
    const_iterator operator++(int) {
      const_iterator before = *this;
      ++i_;
      return before;
    }
    bool operator==(const const_iterator& other) const { return i_ == other.i_; }
    std::size_t index() const { return i_; }

   private:
    const CaseTable* table_ = nullptr;
    std::size_t i_ = 0;
  };
  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, cases_.size()}; }

  // Same cases with the same events. The encoding is canonical (one event,
  // one byte string; events in id order), so this compares bytes.
  bool operator==(const CaseTable& other) const;

  // ---- 2. adding one thing ---------------------------------------------------------
  // Events are immutable and named by their id: adding an event whose id the
  // case holds already keeps the held one and changes nothing, whatever the
  // new one says (check content first where a difference matters, as
  // merge_books does). Cases and their events stay sorted by id; adding what
  // is newer than everything a case holds (the usual case: ids are
  // time-ordered) appends bytes, anything else splices bytes, and neither
  // decodes. The one exception is an anonymised case (one holding an
  // Anonymised event): it keeps every event only in redacted form
  // (core/privacy/anonymise.hpp), so adding to it, or adding the
  // Anonymised event, decodes the case and redacts what it holds.

  // A case is in the table once it has an event (adding none adds nothing).
  // True when added; false when the case has an event with this id already.
  bool add_event(const Event& e);
  // The case's events, in any order, joined with what the table holds of it.
  // Returns how many were new.
  std::size_t add_case(const Case& c);
  // Events already in case bytes (a stored pack, another table's case), in
  // any order. An Error when the bytes are damaged or hold a different number
  // of events than `events` says (nothing is added then).
  Result<std::size_t> add_packed(std::string_view case_id, std::size_t events,
                                 std::string_view case_bytes);

  void reserve(std::size_t cases) { cases_.reserve(cases); }
  // Gives back what growing left unused (call after adding many events).
  void shrink_to_fit();

  // ---- 3. building many cases at once ----------------------------------------------
  // Collects cases in any order, whole or in several pieces (a case stored
  // in two chunks, a chunk and the journal's events), then sorts and joins
  // them once: adding costs the same whatever the order things arrive in,
  // where adding to a table out of order moves every later case.
  class Bulk {
   public:
    // As CaseTable::add_packed.
    Status add_packed(std::string_view case_id, std::size_t events, std::string_view case_bytes);
    void add_case(const Case& c);
    std::size_t segments() const { return segments_.size(); }
    // Segments of one case are joined in the order they were added; an event
    // id met twice keeps the first.
    CaseTable finish() &&;

   private:
    // `case_bytes` in id order without repeats.
    void add_segment(std::string_view case_id, std::string_view case_bytes, std::size_t events);
    std::vector<Entry> segments_;  // each in id order without repeats
  };

 private:
  static Entry entry(std::string_view case_id, std::string_view case_bytes, std::size_t events);
  // An anonymised case keeps its events only redacted (core/privacy/anonymise.hpp).
  static void redact_held(Entry& e);
  std::size_t put(std::size_t at, std::string_view case_id, std::string_view case_bytes);
  std::size_t lower_bound(std::string_view case_id) const;

  std::vector<Entry> cases_;
};

}  // namespace mend
