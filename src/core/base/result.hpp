// Errors are values: the web build has no exceptions, so every operation that
// can fail returns an Error (where + why) or a Result<T>.
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace mend {

struct Error {
  std::string where;  // a JSON path ("cases[12].events[3].at"), a field or a step id; may be empty
  std::string why;    // a sentence a shop owner can act on
  std::string message() const { return where.empty() ? why : where + ": " + why; }
  bool operator==(const Error&) const = default;
};

// A value or an error. Kept tiny on purpose (std::expected is C++23).
template <class T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}      // NOLINT: implicit by design
  Result(Error error) : error_(std::move(error)) {}  // NOLINT
  bool ok() const { return value_.has_value(); }
  explicit operator bool() const { return ok(); }
  const T& value() const& { return *value_; }
  T& value() & { return *value_; }
  T&& value() && { return std::move(*value_); }
  const T* operator->() const { return &*value_; }
  T* operator->() { return &*value_; }
  const Error& error() const { return error_; }

 private:
  std::optional<T> value_;
  Error error_;
};

// For operations with nothing to return.
using Status = Result<bool>;
inline Status ok_status() {
  return Status(true);
}

}  // namespace mend
