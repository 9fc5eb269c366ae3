// Reading JSON into records, for every JSON reader in Mend (the book importer,
// the coach's rule files): JSON paths that cost nothing until an error needs
// their text, a capped error list, and an object reader that checks each
// value's type and range, notes every key it was asked for, and then reports
// the keys nobody asked for and the keys given twice. One set of readers, so
// every file Mend reads words its problems the same way.
//
// The readers run for every field of every record of a 100,000-case book, so
// the common path is inline here; building messages is in read.cpp.
#pragma once
#include <rapidjson/document.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/result.hpp"

namespace mend::json {

using Value = rapidjson::Value;
using Size = rapidjson::SizeType;

// The largest integer a JSON number holds exactly in JavaScript (2^53 - 1):
// money and counts stay within it so the web app reads what was written.
inline constexpr std::int64_t kMaxExactInteger = 9'007'199'254'740'991;

// ---- paths and messages ---------------------------------------------------------
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

// "a string", "an array", ... for messages.
const char* kind_of(const Value& v);

inline std::string_view string_of(const Value& string) {
  return {string.GetString(), string.GetStringLength()};
}

// Keys are short; a plain loop beats a call to memcmp, notably in wasm where
// memcmp is a library function. This runs for every key of every record.
inline bool same_key(const Value& key, std::string_view name) {
  if (key.GetStringLength() != name.size()) return false;
  const char* k = key.GetString();
  for (std::size_t i = 0; i < name.size(); ++i)
    if (k[i] != name[i]) return false;
  return true;
}

// ---- the error list ----------------------------------------------------------------
// Collects errors up to a cap; beyond it only counts them, and take() adds a
// final "… and N more errors". A reader that stops at the first problem uses a
// cap of 1 and first().
class Sink {
 public:
  explicit Sink(std::size_t max_errors) : max_(max_errors) {}
  bool full() const { return errors_.size() >= max_; }
  bool empty() const { return errors_.empty() && more_ == 0; }
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
  // Errors found and counted but not kept by a reader with its own capped
  // list (of the same cap), added after its kept ones filled this sink.
  void add_count(std::size_t n) { more_ += n; }
  const Error& first() const { return errors_.front(); }  // when !empty()
  std::vector<Error> take();

 private:
  std::size_t max_;
  std::vector<Error> errors_;
  std::size_t more_ = 0;
};

// ---- reading one object ------------------------------------------------------------
// Keys are looked up expecting the order they are asked in, so a file written
// in that order matches each key with one comparison; any other order still
// works, more slowly. Typed reads report what is wrong (with the path) and
// return false, leaving `out` alone.
class ObjectReader {
 public:
  ObjectReader(const Value& obj, const Path* path, Sink& sink)
      : obj_(obj), path_(path), sink_(sink) {}

  const Value* find(std::string_view name) {
    if (count_ < kKnown) {
      known_data_[count_] = name.data();
      known_size_[count_++] = name.size();
    }
    const Size n = obj_.MemberCount();
    const auto members = obj_.MemberBegin();
    if (cursor_ < n && same_key(members[cursor_].name, name)) {
      ++matched_;
      return &members[cursor_++].value;
    }
    for (Size i = 0; i < n; ++i) {
      if (same_key(members[i].name, name)) {
        cursor_ = i + 1;
        ++matched_;
        return &members[i].value;
      }
    }
    return nullptr;
  }
  const Value* required(std::string_view name) {
    const Value* v = find(name);
    if (!v) missing(name);
    return v;
  }
  // For a field that is required only in some cases (the caller knows when).
  void missing(std::string_view name) {
    sink_.add(path_, {}, "missing required field " + quoted(name));
  }
  // Every key not asked for is unknown; every key present twice is a
  // duplicate (the DOM keeps both). Call after asking for every key.
  void finish() {
    if (matched_ != obj_.MemberCount() && !skip_finish_) report_unexpected_keys();
  }
  // For an object whose other keys cannot be judged (an event of unknown type).
  void skip_unknown_keys() { skip_finish_ = true; }

  void error(std::string_view key, std::string why) { sink_.add(path_, key, std::move(why)); }
  void error_at_item(std::string_view key, std::size_t index, std::string why) {
    const Path list{path_, key};
    const Path item{&list, {}, index};
    sink_.add(&item, {}, std::move(why));
  }
  void wrong_type(std::string_view key, const Value& v, const char* expected) {
    error(key, std::string("must be ") + expected + ", not " + kind_of(v));
  }

  bool read_string(std::string_view k, const Value& v, std::string& out) {
    if (!v.IsString()) return wrong_type(k, v, "a string"), false;
    out.assign(v.GetString(), v.GetStringLength());
    return true;
  }
  // A string that names something (an id): never empty.
  bool read_name(std::string_view k, const Value& v, std::string& out) {
    if (!v.IsString()) return wrong_type(k, v, "a string"), false;
    if (v.GetStringLength() == 0) return error(k, "must not be empty"), false;
    out.assign(v.GetString(), v.GetStringLength());
    return true;
  }
  bool read_flag(std::string_view k, const Value& v, bool& out) {
    if (!v.IsBool()) return wrong_type(k, v, "true or false"), false;
    out = v.GetBool();
    return true;
  }
  // A whole number in [lo, hi]. 5.0 counts as whole, as in JSON Schema.
  bool read_whole(std::string_view k, const Value& v, std::int64_t lo, std::int64_t hi,
                  std::int64_t& out) {
    if (v.IsInt64()) {
      const std::int64_t i = v.GetInt64();
      if (i < lo || i > hi) return out_of_range(k, lo, hi, i < lo), false;
      out = i;
      return true;
    }
    return read_whole_slow(k, v, lo, hi, out);
  }
  // Items that are not strings are reported at their own path; the others are kept.
  bool read_strings(std::string_view k, const Value& v, std::vector<std::string>& out) {
    if (!v.IsArray()) return wrong_type(k, v, "an array of strings"), false;
    out.clear();
    out.reserve(v.Size());
    bool all = true;
    for (Size i = 0; i < v.Size(); ++i) {
      const Value& s = v[i];
      if (s.IsString()) {
        out.emplace_back(s.GetString(), s.GetStringLength());
      } else {
        error_at_item(k, i, std::string("must be a string, not ") + kind_of(s));
        all = false;
      }
    }
    return all;
  }

  const Path* path() const { return path_; }
  Sink& sink() const { return sink_; }

 private:
  void report_unexpected_keys();
  bool read_whole_slow(std::string_view k, const Value& v, std::int64_t lo, std::int64_t hi,
                       std::int64_t& out);
  void out_of_range(std::string_view k, std::int64_t lo, std::int64_t hi, bool below);

  const Value& obj_;
  const Path* path_;
  Sink& sink_;
  Size cursor_ = 0;
  Size matched_ = 0;
  // The names asked for (more than any record has), read only below count_.
  // Zeroing them costs about 1% of a large book's import; measured, kept.
  static constexpr std::size_t kKnown = 32;
  const char* known_data_[kKnown] = {};
  std::size_t known_size_[kKnown] = {};
  std::size_t count_ = 0;
  bool skip_finish_ = false;
};

}  // namespace mend::json
