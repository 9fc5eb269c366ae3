// Little binary building blocks for Mend's compact formats (event_bytes.hpp):
// unsigned LEB128 varints, zigzag for signed numbers, length-prefixed text.
// The reader never reads past its end: a short or damaged input sets a failure
// (where + why) once, and every later read returns zero or empty.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/base/result.hpp"

namespace mend::bytes {

class ByteWriter {
 public:
  explicit ByteWriter(std::string& out) : out_(out) {}
  void byte(std::uint8_t b) { out_.push_back(static_cast<char>(b)); }
  void varint(std::uint64_t v) {
    while (v >= 0x80) {
      byte(static_cast<std::uint8_t>(v | 0x80));
      v >>= 7;
    }
    byte(static_cast<std::uint8_t>(v));
  }
  // Zigzag: small negative numbers stay small.
  void signed_varint(std::int64_t v) {
    varint((static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63));
  }
  void text(std::string_view s) {
    varint(s.size());
    out_.append(s);
  }
  void raw(std::string_view s) { out_.append(s); }
  std::size_t size() const { return out_.size(); }

 private:
  std::string& out_;
};

class ByteReader {
 public:
  // `where` names the value in errors; it is only read when one occurs, so
  // it must outlive the reader.
  ByteReader(std::string_view in, std::string_view where) : in_(in), where_(where) {}

  std::uint8_t byte() {
    if (!need(1)) return 0;
    return static_cast<std::uint8_t>(in_[pos_++]);
  }
  std::uint64_t varint() {
    std::uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (!need(1)) return 0;
      const auto b = static_cast<std::uint8_t>(in_[pos_++]);
      v |= static_cast<std::uint64_t>(b & 0x7f) << shift;
      if ((b & 0x80) == 0) return v;
    }
    fail("a number is longer than ten bytes");
    return 0;
  }
  std::int64_t signed_varint() {
    const std::uint64_t v = varint();
    return static_cast<std::int64_t>(v >> 1) ^ -static_cast<std::int64_t>(v & 1);
  }
  // A count or length that must fit in what is left (each counted thing takes
  // at least one byte), so damaged bytes can never ask for a huge allocation.
  std::size_t count() {
    const std::uint64_t n = varint();
    if (n > in_.size() - pos_) {
      fail("a length of " + std::to_string(n) + " runs past the end of the value");
      return 0;
    }
    return static_cast<std::size_t>(n);
  }
  std::string_view text_view() {
    const std::size_t n = count();
    const std::string_view s = in_.substr(pos_, n);
    pos_ += n;
    return s;
  }
  std::string text() { return std::string(text_view()); }

  bool at_end() const { return pos_ >= in_.size(); }
  std::size_t position() const { return pos_; }
  std::string_view rest() const { return in_.substr(pos_); }
  void skip(std::size_t n) {
    if (need(n)) pos_ += n;
  }

  bool ok() const { return !failure_; }
  const std::optional<Error>& failure() const { return failure_; }
  // The first failure wins; reading stops there (the position jumps to the end).
  void fail(std::string why) {
    if (!failure_) failure_ = Error{std::string(where_), std::move(why)};
    pos_ = in_.size();
  }

 private:
  bool need(std::size_t n) {
    if (failure_) return false;
    if (in_.size() - pos_ < n) {
      fail("the value ends early (byte " + std::to_string(pos_ + 1) + " of " +
           std::to_string(in_.size()) + ")");
      return false;
    }
    return true;
  }

  std::string_view in_;
  std::size_t pos_ = 0;
  std::string_view where_;
  std::optional<Error> failure_;
};

}  // namespace mend::bytes
