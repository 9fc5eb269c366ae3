// PINs: kept only as salted, slow Argon2id hashes in the library's
// self-describing encoded form ("$argon2id$v=19$m=...,t=...,p=1$salt$hash"),
// so costs can rise later without breaking older hashes. A PIN is never
// stored, logged or returned in clear.
#pragma once
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/ids.hpp"
#include "core/base/result.hpp"

namespace mend::auth {

struct PinCost {
  std::uint32_t memory_kib = 0;
  std::uint32_t iterations = 0;
};
// 32 MiB, 5 passes: on this project's 2-core machine 189 ms per hash
// in wasm under node (the V8 of Chromium; 19 MiB and 4 passes took 75 ms)
// and 156 ms natively, both measured while other builds shared the cores.
inline constexpr PinCost kPinCost{32 * 1024, 5};
// Cheap costs for tests and the generated sample's many checks; still Argon2id.
inline constexpr PinCost kTestPinCost{64, 1};
// A stored hash asking for more memory than this is refused rather than run:
// a crafted book must not make the desk allocate gigabytes.
inline constexpr std::uint32_t kMaxPinMemoryKib = 64 * 1024;
inline constexpr std::size_t kPinSaltBytes = 16;
inline constexpr std::size_t kMinPinDigits = 4;
inline constexpr std::size_t kMaxPinDigits = 8;

// A PIN is kMinPinDigits..kMaxPinDigits ASCII digits; the error says why not.
Status check_pin_shape(std::string_view pin);

// Hashes a well-shaped PIN with a fresh salt from `random`.
Result<std::string> hash_pin(std::string_view pin, RandomSource& random, PinCost cost = kPinCost);

// True when `pin` matches `encoded` (in constant time for the comparison).
// False for an empty, malformed or over-costly hash.
bool verify_pin(std::string_view pin, std::string_view encoded);

// The raw Argon2id tag with every input RFC 9106 names; lanes are computed
// one after another. For test vectors; PINs go through hash_pin.
struct Argon2idInput {
  std::span<const std::uint8_t> password, salt, secret, associated;
  std::uint32_t memory_kib = 0, iterations = 0, lanes = 1, tag_bytes = 32;
};
Result<std::vector<std::uint8_t>> argon2id_tag(const Argon2idInput& in);

}  // namespace mend::auth
