#include "core/base/ids.hpp"

#include <array>

namespace mend {
namespace {

constexpr char kCrockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr char kReference[] = "23456789ABCDEFGHJKMNPQRSTVWXYZ";  // no 0,1 (O/I look-alikes)

// Character -> 5-bit value, or -1. A table: the importer checks two ids per
// event, so is_valid_id is on the hot path of loading a large book.
constexpr auto kCrockfordValue = [] {
  std::array<signed char, 256> table{};
  table.fill(-1);
  for (int i = 0; i < 32; ++i)
    table[static_cast<unsigned char>(kCrockford[i])] = static_cast<signed char>(i);
  return table;
}();

int crockford_value(char c) {
  return kCrockfordValue[static_cast<unsigned char>(c)];
}

}  // namespace

std::uint64_t SeededRandom::next() {
  std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

std::uint64_t SeededRandom::below(std::uint64_t n) {
  return n == 0 ? 0 : next() % n;
}

void SeededRandom::fill(unsigned char* out, std::size_t n) {
  std::size_t i = 0;
  while (i < n) {
    std::uint64_t v = next();
    for (int b = 0; b < 8 && i < n; ++b, ++i) {
      out[i] = static_cast<unsigned char>(v >> (8 * b));
    }
  }
}

std::string new_id(TimeMs at, RandomSource& random) {
  // Times outside 48 bits cannot be encoded; clamp so ids stay valid and ordered.
  std::uint64_t ms = at < 0 ? 0 : static_cast<std::uint64_t>(at);
  if (ms > 0xFFFFFFFFFFFFULL) ms = 0xFFFFFFFFFFFFULL;
  unsigned char rnd[10];
  random.fill(rnd, sizeof rnd);

  std::string id(26, '0');
  // 10 chars of time = 50 bits, the top 2 always zero.
  for (int i = 9; i >= 0; --i) {
    id[static_cast<std::size_t>(i)] = kCrockford[ms & 31];
    ms >>= 5;
  }
  // 16 chars of randomness = 80 bits, taken 5 at a time.
  std::uint64_t hi = 0, lo = 0;  // 80 bits as 16 + 64
  hi = (static_cast<std::uint64_t>(rnd[0]) << 8) | rnd[1];
  for (int i = 2; i < 10; ++i) lo = (lo << 8) | rnd[i];
  for (int i = 25; i >= 10; --i) {
    id[static_cast<std::size_t>(i)] = kCrockford[lo & 31];
    lo = (lo >> 5) | ((hi & 31) << 59);
    hi >>= 5;
  }
  return id;
}

std::string new_id_after(std::string_view after, TimeMs at, RandomSource& random) {
  std::string id = new_id(at, random);
  if (!is_valid_id(after) || id > after) return id;
  // The same millisecond, or a clock set back: one more than `after`, as a
  // monotonic ULID counts within a millisecond.
  id.assign(after);
  for (std::size_t i = id.size(); i-- > 0;) {
    const int digit = crockford_value(id[i]);  // valid ids are upper case only
    if (digit + 1 < 32) {
      id[i] = kCrockford[digit + 1];
      return id;
    }
    id[i] = kCrockford[0];  // carry into the next digit up
  }
  return new_id(at, random);  // past the last id there is (never in 10,000 years)
}

bool is_valid_id(std::string_view id) {
  if (id.size() != 26) return false;
  // The first char carries only 3 bits of the 48-bit time (top 2 of 50 are zero).
  if (id[0] < '0' || id[0] > '7') return false;
  bool ok = true;  // no early exit: a branch-free loop is faster on valid ids
  for (char c : id) ok &= crockford_value(c) >= 0;
  return ok;
}

TimeMs id_time(std::string_view id) {
  if (!is_valid_id(id)) return 0;
  std::uint64_t ms = 0;
  for (std::size_t i = 0; i < 10; ++i)
    ms = (ms << 5) | static_cast<std::uint64_t>(crockford_value(id[i]));
  return static_cast<TimeMs>(ms);
}

std::string make_reference(RandomSource& random) {
  unsigned char rnd[4];
  random.fill(rnd, sizeof rnd);
  std::string ref = "M-";
  constexpr std::size_t n = sizeof(kReference) - 1;
  for (unsigned char r : rnd) ref += kReference[r % n];
  return ref;
}

bool is_valid_reference(std::string_view ref) {
  if (ref.size() != 6 || ref[0] != 'M' || ref[1] != '-') return false;
  for (std::size_t i = 2; i < ref.size(); ++i) {
    bool found = false;
    for (const char* p = kReference; *p; ++p) found = found || *p == ref[i];
    if (!found) return false;
  }
  return true;
}

}  // namespace mend
