// The encrypted book's envelope (core/json/encrypted_book.hpp): written as the
// web app writes it, read in any key order, and every value that would make a
// weak or unreadable file refused with its place and reason. The decryption
// itself is the CLI's (tests/cli/run.sh) and the browser's.
#include <doctest/doctest.h>

#include <string>

#include "core/base/base64.hpp"
#include "core/json/encrypted_book.hpp"
#include "support/fixtures.hpp"

using namespace mend;

namespace {

std::string bytes(std::size_t n, char first) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += static_cast<char>(first + static_cast<char>(i));
  return out;
}
std::string b64(const std::string& raw) {
  return '"' + base64_encode(raw) + '"';
}

// The envelope as JSON text, each value given as raw JSON so a test can spoil one.
struct Envelope {
  std::string mend = R"("encrypted-book")";
  std::string version = "1";
  std::string kdf_name = R"("PBKDF2")";
  std::string hash = R"("SHA-256")";
  std::string iterations = "600000";
  std::string salt = b64(bytes(16, 'a'));
  std::string cipher_name = R"("AES-GCM")";
  std::string length = "256";
  std::string iv = b64(bytes(12, 'A'));
  std::string ciphertext = b64(bytes(40, '0'));
  std::string kdf() const {
    return R"({"name":)" + kdf_name + R"(,"hash":)" + hash + R"(,"iterations":)" + iterations +
           R"(,"salt":)" + salt + "}";
  }
  std::string cipher() const {
    return R"({"name":)" + cipher_name + R"(,"length":)" + length + R"(,"iv":)" + iv + "}";
  }
  std::string text() const {
    return R"({"mend":)" + mend + R"(,"version":)" + version + R"(,"kdf":)" + kdf() +
           R"(,"cipher":)" + cipher() + R"(,"ciphertext":)" + ciphertext + "}";
  }
};

std::string error_of(const Result<EncryptedBook>& r) {
  return r ? std::string("(no error)") : r.error().message();
}

template <class Spoil>
std::string refusal(Spoil spoil) {
  Envelope e;
  spoil(e);
  return error_of(read_envelope(e.text()));
}

EncryptedBook sample() {
  return EncryptedBook{kEncryptedBookIterations, bytes(16, 'a'), bytes(12, 'A'), bytes(40, '0')};
}

}  // namespace

TEST_CASE("encrypted book: written in the web app's key order, and read back") {
  const std::string text = write_envelope(sample());
  CHECK(text == Envelope().text());
  mendtest::save_export("encrypted-envelope.json", text);  // checked against the schema
  const auto read = read_envelope(text);
  REQUIRE_MESSAGE(read, error_of(read));
  CHECK(read.value() == sample());
  CHECK(looks_encrypted(text));
}

TEST_CASE("encrypted book: any key order, and unknown keys are ignored") {
  const Envelope e;
  const std::string shuffled =
      R"({"ciphertext":)" + e.ciphertext + R"(,"note":"from a newer app","cipher":{"iv":)" + e.iv +
      R"(,"tag_length":128,"length":256,"name":"AES-GCM"},"kdf":{"salt":)" + e.salt +
      R"(,"iterations":600000,"hash":"SHA-256","name":"PBKDF2"},"version":1,"mend":"encrypted-book"})";
  const auto read = read_envelope(shuffled);
  REQUIRE_MESSAGE(read, error_of(read));
  CHECK(read.value() == sample());
  CHECK(looks_encrypted(shuffled));
  CHECK(read_envelope("\xEF\xBB\xBF" + e.text()));  // a byte order mark, as a book may have
}

TEST_CASE("encrypted book: looks_encrypted tells an envelope from a book and from anything else") {
  CHECK(looks_encrypted(" \n" + Envelope().text()));
  CHECK(looks_encrypted("\xEF\xBB\xBF" + Envelope().text()));
  CHECK(looks_encrypted(R"({"mend":"encrypted-book"})"));  // read_envelope judges the rest
  CHECK(looks_encrypted(R"({"kdf":{"name":"PBKDF2"},"mend":"encrypted-book"})"));
  CHECK_FALSE(looks_encrypted(R"({"format":"mend-book","version":1,"mend":"encrypted-book"})"));
  CHECK_FALSE(looks_encrypted(R"({"settings":{"budgets":{"mend":"encrypted-book"}}})"));
  CHECK_FALSE(looks_encrypted(R"({"kdf":{"mend":"encrypted-book"}})"));     // not the top level
  CHECK_FALSE(looks_encrypted(R"({"cases":[],"mend":"encrypted-book"})"));  // a list: a book
  CHECK_FALSE(looks_encrypted(R"({"mend":"encrypted-bookshelf"})"));
  CHECK_FALSE(looks_encrypted(R"({"mend":1})"));
  CHECK_FALSE(looks_encrypted(R"({"mend":{"encrypted-book":true}})"));
  CHECK_FALSE(looks_encrypted(R"(["mend","encrypted-book"])"));
  CHECK_FALSE(looks_encrypted(R"("encrypted-book")"));
  CHECK_FALSE(looks_encrypted(R"({"mend")"));
  CHECK_FALSE(looks_encrypted(""));
  CHECK_FALSE(looks_encrypted("{"));
}

TEST_CASE("encrypted book: what is not an envelope at all") {
  CHECK(error_of(read_envelope("")) == "the file is empty: not an encrypted Mend book");
  CHECK(error_of(read_envelope("{\"mend\":")).starts_with("not valid JSON: "));
  const std::string not_one =
      "not an encrypted Mend book: expected a JSON object with \"mend\": \"encrypted-book\"";
  CHECK(error_of(read_envelope("[]")) == not_one);
  CHECK(error_of(read_envelope(R"({"format":"mend-book","version":1})")) == not_one);
  CHECK(refusal([](Envelope& e) { e.mend = R"("book")"; }) ==
        R"(mend: must be "encrypted-book", not "book")");
  CHECK(refusal([](Envelope& e) { e.mend = "true"; }) ==
        R"(mend: must be "encrypted-book", not a boolean)");
  // A book's marker is not an unknown key to ignore: no file is both.
  const std::string both = R"({"format":"mend-book",)" + Envelope().text().substr(1);
  CHECK(error_of(read_envelope(both)) ==
        "format: must not be in an encrypted book: the file claims to be a book too");
}

TEST_CASE("encrypted book: a version this Mend does not read") {
  CHECK(refusal([](Envelope& e) { e.version = "2"; }) ==
        "made by a newer Mend (version 2); this Mend reads version 1");
  CHECK(refusal([](Envelope& e) { e.version = "0"; }) == "version: must be 1");
  CHECK(refusal([](Envelope& e) { e.version = R"("1")"; }) == "version: must be 1");
}

TEST_CASE("encrypted book: the key derivation must be PBKDF2-SHA-256") {
  CHECK(refusal([](Envelope& e) { e.kdf_name = R"("scrypt")"; }) ==
        R"(kdf.name: must be "PBKDF2", not "scrypt")");
  CHECK(refusal([](Envelope& e) { e.hash = R"("SHA-1")"; }) ==
        R"(kdf.hash: must be "SHA-256", not "SHA-1")");
  const std::string no_kdf = R"({"mend":"encrypted-book","version":1})";
  CHECK(error_of(read_envelope(no_kdf)) == R"(missing required field "kdf")");
  CHECK(error_of(read_envelope(R"({"mend":"encrypted-book","version":1,"kdf":"PBKDF2"})")) ==
        "kdf: must be an object, not a string");
}

TEST_CASE("encrypted book: iterations from 600000 to 10000000, whole") {
  CHECK(refusal([](Envelope& e) { e.iterations = "1000"; }) ==
        "kdf.iterations: is 1000: at least 600000 are required, fewer make the passcode quicker "
        "to guess");
  CHECK(refusal([](Envelope& e) { e.iterations = "599999"; }).starts_with("kdf.iterations: "));
  CHECK(refusal([](Envelope& e) { e.iterations = "10000001"; }) ==
        "kdf.iterations: is 10000001: at most 10000000 are accepted, more would take minutes to "
        "open");
  CHECK(refusal([](Envelope& e) { e.iterations = "1e300"; }).starts_with("kdf.iterations: "));
  CHECK(refusal([](Envelope& e) { e.iterations = "600000.5"; }) ==
        "kdf.iterations: must be a whole number");
  CHECK(refusal([](Envelope& e) { e.iterations = "-600000"; }) ==
        "kdf.iterations: must not be negative");
  CHECK(refusal([](Envelope& e) { e.iterations = R"("600000")"; }) ==
        "kdf.iterations: must be a whole number, not a string");
  Envelope most;
  most.iterations = "10000000";
  const auto read = read_envelope(most.text());
  REQUIRE_MESSAGE(read, error_of(read));
  CHECK(read->iterations == 10'000'000);
}

TEST_CASE("encrypted book: the salt is 16 bytes of base64") {
  CHECK(refusal([](Envelope& e) { e.salt = b64(bytes(15, 'a')); }) ==
        "kdf.salt: must be 16 bytes, not 15");
  CHECK(refusal([](Envelope& e) { e.salt = b64(bytes(32, 'a')); }) ==
        "kdf.salt: must be 16 bytes, not 32");
  CHECK(refusal([](Envelope& e) { e.salt = R"("YWJjZGVmZ2hpamtsbW5vcA")"; })  // no padding
            .starts_with("kdf.salt: is not base64"));
  CHECK(refusal([](Envelope& e) { e.salt = R"("YWJjZGVm*2hpamtsbW5vcA==")"; }) ==
        "kdf.salt: is not base64 (RFC 4648, with '=' padding): '*' at character 9 is not in its "
        "alphabet");
  CHECK(refusal([](Envelope& e) { e.salt = "16"; }) ==
        "kdf.salt: must be a base64 string, not a number");
}

TEST_CASE("encrypted book: the cipher must be AES-256-GCM with a 12-byte iv") {
  CHECK(refusal([](Envelope& e) { e.cipher_name = R"("AES-CBC")"; }) ==
        R"(cipher.name: must be "AES-GCM", not "AES-CBC")");
  CHECK(refusal([](Envelope& e) { e.length = "128"; }) == "cipher.length: must be 256 (AES-256)");
  CHECK(refusal([](Envelope& e) { e.length = R"("256")"; }) ==
        "cipher.length: must be 256 (AES-256)");
  CHECK(refusal([](Envelope& e) { e.iv = b64(bytes(16, 'A')); }) ==
        "cipher.iv: must be 12 bytes, not 16");
  CHECK(refusal([](Envelope& e) {
          e.iv = R"("QUJDREVGR0hJSktM\n")";
        }).starts_with("cipher.iv: is not base64"));
  CHECK(error_of(read_envelope(R"({"mend":"encrypted-book","version":1,"kdf":)" + Envelope().kdf() +
                               R"(,"cipher":[]})")) == "cipher: must be an object, not an array");
}

TEST_CASE("encrypted book: the ciphertext holds at least the 16-byte tag") {
  CHECK(refusal([](Envelope& e) { e.ciphertext = b64(bytes(15, '0')); }) ==
        "ciphertext: is 15 bytes: shorter than AES-GCM's 16-byte authentication tag");
  CHECK(refusal([](Envelope& e) { e.ciphertext = R"("")"; }).starts_with("ciphertext: is 0 bytes"));
  CHECK(refusal([](Envelope& e) {
          e.ciphertext = R"("MDEy=zQ1")";
        }).starts_with("ciphertext: is not base64"));
  CHECK(refusal([](Envelope& e) { e.ciphertext = "null"; }) ==
        "ciphertext: must be a base64 string, not null");
  Envelope tag_only;
  tag_only.ciphertext = b64(bytes(16, '0'));
  CHECK(read_envelope(tag_only.text()));  // an empty plaintext: the tag says whether it opens
}

TEST_CASE("encrypted book: the file the browser's WebCrypto made (tests/data/encrypted)") {
  const std::string file = mendtest::read_test_data("encrypted/book.enc.json");
  const std::string plain = mendtest::read_test_data("encrypted/book.json");
  REQUIRE_FALSE(file.empty());
  REQUIRE_FALSE(plain.empty());
  CHECK(looks_encrypted(file));
  CHECK_FALSE(looks_encrypted(plain));
  const auto read = read_envelope(file);
  REQUIRE_MESSAGE(read, error_of(read));
  CHECK(read->iterations == 600'000);
  CHECK(read->salt.size() == 16);
  CHECK(read->iv.size() == 12);
  CHECK(read->ciphertext.size() == plain.size() + 16);  // GCM adds only its tag
  // The same envelope, byte for byte, as the web app's JSON.stringify wrote it.
  CHECK(write_envelope(read.value()) == file);
}
