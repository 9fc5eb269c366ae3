// Base64 (RFC 4648 §4): the RFC's own vectors, every byte value, and the strict
// decoder's refusals, each saying what is wrong.
#include <doctest/doctest.h>

#include <string>

#include "core/base/base64.hpp"

using namespace mend;

namespace {

std::string error_of(const Result<std::string>& r) {
  return r ? std::string("(no error)") : r.error().message();
}

}  // namespace

TEST_CASE("base64: the test vectors of RFC 4648 section 10") {
  const std::pair<const char*, const char*> vectors[] = {
      {"", ""},
      {"f", "Zg=="},
      {"fo", "Zm8="},
      {"foo", "Zm9v"},
      {"foob", "Zm9vYg=="},
      {"fooba", "Zm9vYmE="},
      {"foobar", "Zm9vYmFy"},
  };
  // Not a structured binding: Emscripten's clang 14 cannot capture one (CAPTURE).
  for (const auto& vector : vectors) {
    const char* bytes = vector.first;
    const char* text = vector.second;
    CAPTURE(bytes);
    CHECK(base64_encode(bytes) == text);
    const auto decoded = base64_decode(text);
    REQUIRE_MESSAGE(decoded, error_of(decoded));
    CHECK(decoded.value() == bytes);
  }
}

TEST_CASE("base64: every byte value, at every length modulo 3, round trips") {
  std::string all;
  for (int i = 0; i < 256; ++i) all += static_cast<char>(i);
  for (std::size_t n = 253; n <= 256; ++n) {
    const std::string bytes = all.substr(0, n);
    const std::string text = base64_encode(bytes);
    CHECK(text.size() % 4 == 0);
    CHECK(text.find_first_not_of(
              "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=") ==
          std::string::npos);
    const auto back = base64_decode(text);
    REQUIRE_MESSAGE(back, error_of(back));
    CHECK(back.value() == bytes);
  }
  // The two characters beyond letters and digits are '+' and '/', not '-' and '_'.
  CHECK(base64_encode("\xfb\xff") == "+/8=");
}

TEST_CASE("base64: a length that is not a multiple of 4 is refused") {
  CHECK(error_of(base64_decode("Zg")) ==
        "is not base64 (RFC 4648, with '=' padding): its length, 2 characters, is not a multiple "
        "of 4");
  CHECK_FALSE(base64_decode("Zm9vY"));
}

TEST_CASE("base64: characters outside the alphabet are refused, with their place") {
  CHECK(error_of(base64_decode("Zm9v!mFy")) ==
        "is not base64 (RFC 4648, with '=' padding): '!' at character 5 is not in its alphabet");
  CHECK(error_of(base64_decode("Zm9v\nmFy")).find("byte 0x0a at character 5") != std::string::npos);
  CHECK_FALSE(base64_decode("Zm9v YmE"));  // spaces too
  CHECK_FALSE(base64_decode("-_8="));      // the URL-safe alphabet is another encoding
  CHECK_FALSE(base64_decode("Zm9v\xc3\xa9mE"));
}

TEST_CASE("base64: '=' only as the last one or two characters") {
  CHECK(error_of(base64_decode("Zm=vYmFy")) ==
        "is not base64 (RFC 4648, with '=' padding): '=' before the end at character 3");
  CHECK_FALSE(base64_decode("Zg==Zg=="));  // two padded blocks joined
  CHECK_FALSE(base64_decode("Z==="));
  CHECK_FALSE(base64_decode("===="));
}

TEST_CASE("base64: padding bits must be zero, so each byte string has one spelling") {
  CHECK(base64_decode("Zg=="));
  CHECK(error_of(base64_decode("Zh==")) ==
        "is not base64 (RFC 4648, with '=' padding): the last character before the padding has "
        "bits that must be zero");
  CHECK(base64_decode("Zm8="));
  CHECK_FALSE(base64_decode("Zm9="));
}
