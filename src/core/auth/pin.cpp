#include "core/auth/pin.hpp"

#include <argon2.h>

#include <charconv>
#include <cstring>

namespace mend::auth {
namespace {

// Reads "m=<n>" from an encoded hash's parameters, without trusting the rest.
std::optional<std::uint32_t> encoded_memory_kib(std::string_view encoded) {
  const auto at = encoded.find("$m=");
  if (at == std::string_view::npos) return std::nullopt;
  const char* first = encoded.data() + at + 3;
  const char* last = encoded.data() + encoded.size();
  std::uint32_t value = 0;
  const auto [end, ec] = std::from_chars(first, last, value);
  if (ec != std::errc{} || end == first) return std::nullopt;
  return value;
}

}  // namespace

Status check_pin_shape(std::string_view pin) {
  if (pin.size() < kMinPinDigits || pin.size() > kMaxPinDigits)
    return Error{"pin", "A PIN has 4 to 8 digits."};
  for (char c : pin)
    if (c < '0' || c > '9') return Error{"pin", "A PIN has digits only."};
  return ok_status();
}

Result<std::string> hash_pin(std::string_view pin, RandomSource& random, PinCost cost) {
  if (auto shape = check_pin_shape(pin); !shape) return shape.error();
  unsigned char salt[kPinSaltBytes];
  random.fill(salt, sizeof salt);
  const std::size_t length =
      argon2_encodedlen(cost.iterations, cost.memory_kib, 1, kPinSaltBytes, 32, Argon2_id);
  std::string encoded(length, '\0');
  const int rc =
      argon2_hash(cost.iterations, cost.memory_kib, 1, pin.data(), pin.size(), salt, sizeof salt,
                  nullptr, 32, encoded.data(), encoded.size(), Argon2_id, ARGON2_VERSION_13);
  std::memset(salt, 0, sizeof salt);
  if (rc != ARGON2_OK)
    return Error{"pin", std::string("The PIN could not be hashed: ") + argon2_error_message(rc)};
  encoded.resize(std::strlen(encoded.c_str()));
  return encoded;
}

bool verify_pin(std::string_view pin, std::string_view encoded) {
  if (pin.empty() || !encoded.starts_with("$argon2id$")) return false;
  const auto memory = encoded_memory_kib(encoded);
  if (!memory || *memory > kMaxPinMemoryKib) return false;
  const std::string encoded_z(encoded);  // the library wants NUL-terminated text
  return argon2id_verify(encoded_z.c_str(), pin.data(), pin.size()) == ARGON2_OK;
}

Result<std::vector<std::uint8_t>> argon2id_tag(const Argon2idInput& in) {
  std::vector<std::uint8_t> tag(in.tag_bytes);
  // The library's context takes non-const pointers; it only reads them.
  auto bytes = [](std::span<const std::uint8_t> s) { return const_cast<std::uint8_t*>(s.data()); };
  argon2_context ctx{};
  ctx.out = tag.data();
  ctx.outlen = in.tag_bytes;
  ctx.pwd = bytes(in.password);
  ctx.pwdlen = static_cast<std::uint32_t>(in.password.size());
  ctx.salt = bytes(in.salt);
  ctx.saltlen = static_cast<std::uint32_t>(in.salt.size());
  ctx.secret = bytes(in.secret);
  ctx.secretlen = static_cast<std::uint32_t>(in.secret.size());
  ctx.ad = bytes(in.associated);
  ctx.adlen = static_cast<std::uint32_t>(in.associated.size());
  ctx.t_cost = in.iterations;
  ctx.m_cost = in.memory_kib;
  ctx.lanes = in.lanes;
  ctx.threads = 1;
  ctx.version = ARGON2_VERSION_13;
  ctx.flags = ARGON2_DEFAULT_FLAGS;
  const int rc = argon2_ctx(&ctx, Argon2_id);
  if (rc != ARGON2_OK) return Error{"argon2id", argon2_error_message(rc)};
  return tag;
}

}  // namespace mend::auth
