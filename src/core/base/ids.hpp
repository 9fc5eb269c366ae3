// Ids: time-sortable, collision-resistant, and safe to merge across devices.
// The random source is injected so tests are deterministic and the web build
// can use crypto.getRandomValues.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/model/model.hpp"

namespace mend {

class RandomSource {
 public:
  virtual ~RandomSource() = default;
  virtual void fill(unsigned char* out, std::size_t n) = 0;

 protected:
  // Only a whole source is copied or moved, never a slice through this base.
  RandomSource() = default;
  RandomSource(const RandomSource&) = default;
  RandomSource& operator=(const RandomSource&) = default;
  RandomSource(RandomSource&&) = default;
  RandomSource& operator=(RandomSource&&) = default;
};

// SplitMix64: tiny, fast and fully determined by its seed. Not for secrets.
class SeededRandom : public RandomSource {
 public:
  explicit SeededRandom(std::uint64_t seed) : state_(seed) {}
  void fill(unsigned char* out, std::size_t n) override;
  std::uint64_t next();
  // Uniform in [0, n); n == 0 gives 0.
  std::uint64_t below(std::uint64_t n);

 private:
  std::uint64_t state_;
};

// 26-char ULID in Crockford base32 (upper case): 48-bit ms + 80 random bits.
// Lexicographic order of ids equals order of their times.
std::string new_id(TimeMs at, RandomSource& random);
// An id that sorts after `after` (a valid id; anything else is ignored): a
// new id at `at`, or, when that would not sort later (two events in one
// millisecond, a device clock set back), `after` plus one. A case's events
// are kept in id order and its first must be the opening, so each new event
// of a case is minted after the case's last.
std::string new_id_after(std::string_view after, TimeMs at, RandomSource& random);
bool is_valid_id(std::string_view id);
// The time part of a valid id (0 when invalid).
TimeMs id_time(std::string_view id);

// A short reference read out to a customer: "M-" + 4 chars drawn from an
// alphabet without 0/O, 1/I/L, U, so it survives being said over the phone.
std::string make_reference(RandomSource& random);
bool is_valid_reference(std::string_view ref);

}  // namespace mend
