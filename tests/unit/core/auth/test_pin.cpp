#include <doctest/doctest.h>

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "core/auth/pin.hpp"

using namespace mend;
using namespace mend::auth;

namespace {
std::string hex(const std::vector<std::uint8_t>& bytes) {
  std::string out;
  char buf[3];
  for (auto b : bytes) {
    std::snprintf(buf, sizeof buf, "%02x", b);
    out += buf;
  }
  return out;
}
}  // namespace

TEST_CASE("auth: Argon2id matches RFC 9106 section 5.3's test vector") {
  const std::vector<std::uint8_t> password(32, 0x01), salt(16, 0x02), secret(8, 0x03), ad(12, 0x04);
  const auto tag = argon2id_tag({password, salt, secret, ad, 32, 3, 4, 32});
  REQUIRE(tag.ok());
  CHECK(hex(tag.value()) == "0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659");
}

TEST_CASE("auth: verify_pin accepts the reference implementation's encoded test vector") {
  // From the reference implementation's test.c (Argon2id, v=19, m=2^16, t=2, p=1).
  const char* encoded =
      "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";
  CHECK(verify_pin("password", encoded));
  CHECK_FALSE(verify_pin("passwore", encoded));
}

TEST_CASE("auth: a hashed PIN verifies, a wrong one does not, and the PIN is not in the hash") {
  SeededRandom random(7);
  const auto hash = hash_pin("4821", random, kTestPinCost);
  REQUIRE(hash.ok());
  CHECK(hash.value().starts_with("$argon2id$v=19$m=64,t=1,p=1$"));
  CHECK(hash.value().find("4821") == std::string::npos);
  CHECK(verify_pin("4821", hash.value()));
  CHECK_FALSE(verify_pin("4822", hash.value()));
  CHECK_FALSE(verify_pin("", hash.value()));
  // A fresh salt each time: the same PIN hashes differently.
  const auto again = hash_pin("4821", random, kTestPinCost);
  REQUIRE(again.ok());
  CHECK(again.value() != hash.value());
  CHECK(verify_pin("4821", again.value()));
}

TEST_CASE("auth: PIN shapes and hashes that are refused") {
  SeededRandom random(1);
  CHECK_FALSE(check_pin_shape("123").ok());
  CHECK_FALSE(check_pin_shape("123456789").ok());
  CHECK_FALSE(check_pin_shape("12a4").ok());
  CHECK(check_pin_shape("0000").ok());
  CHECK_FALSE(hash_pin("12", random, kTestPinCost).ok());
  CHECK_FALSE(verify_pin("1234", ""));
  CHECK_FALSE(verify_pin("1234", "5f4dcc3b5aa765d61d8327deb882cf99"));  // an old hex digest
  CHECK_FALSE(verify_pin("1234",
                         "$argon2id$v=19$m=999999999,t=1,p=1$c29tZXNhbHQ$"
                         "CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc"));
  CHECK_FALSE(verify_pin("1234", "$argon2id$garbage"));
}

TEST_CASE("auth: the desk's PIN cost (timing printed for the README)") {
  SeededRandom random(3);
  const auto start = std::chrono::steady_clock::now();
  const auto hash = hash_pin("2468", random);
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
      std::chrono::steady_clock::now() - start);
  REQUIRE(hash.ok());
  MESSAGE("hash_pin at kPinCost took " << ms.count() << " ms");
  CHECK(verify_pin("2468", hash.value()));
}
