// The encrypted book file: a whole book (the bytes export_book writes),
// encrypted with a passcode and wrapped in a small JSON envelope. The web app
// writes and reads it with WebCrypto, the `mend` CLI with OpenSSL; the core
// knows only the envelope, since it links no crypto library (the web build
// has the browser's).
//
//   {"mend": "encrypted-book", "version": 1,
//    "kdf": {"name": "PBKDF2", "hash": "SHA-256", "iterations": 600000,
//            "salt": "<base64 of 16 random bytes>"},
//    "cipher": {"name": "AES-GCM", "length": 256, "iv": "<base64 of 12 random bytes>"},
//    "ciphertext": "<base64>"}
//
// key = PBKDF2-HMAC-SHA-256(passcode as UTF-8, salt, iterations, 32 bytes);
// ciphertext = AES-256-GCM(key, iv, no additional data) with its 16-byte tag
// appended (WebCrypto's layout). Base64 is RFC 4648 §4 (core/base/base64.hpp).
// Key order does not matter; keys the reader does not know are ignored, but
// not a book's "format": no file is both. The published schema
// (web/mend-book.schema.json, $defs/encrypted_book) agrees.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/base/result.hpp"

namespace mend {

inline constexpr int kEncryptedBookVersion = 1;
// What a writer uses, and the fewest a reader accepts: fewer would make a
// stolen file's passcode quicker to guess.
inline constexpr std::int64_t kEncryptedBookIterations = 600'000;
// The most a reader accepts, so a hostile file cannot keep it busy for minutes.
inline constexpr std::int64_t kEncryptedBookMaxIterations = 10'000'000;
inline constexpr std::size_t kEncryptedBookSaltBytes = 16;
inline constexpr std::size_t kEncryptedBookIvBytes = 12;
inline constexpr std::size_t kEncryptedBookTagBytes = 16;
inline constexpr std::size_t kEncryptedBookKeyBytes = 32;  // AES-256

// The one message for a wrong passcode and for a changed file: AES-GCM cannot
// tell them apart, and it should not try.
inline constexpr std::string_view kEncryptedBookNotOpened =
    "the passcode does not open this encrypted book (or the file was changed)";

// The envelope's variable parts, as bytes (not base64).
struct EncryptedBook {
  std::int64_t iterations = kEncryptedBookIterations;
  std::string salt;        // kEncryptedBookSaltBytes
  std::string iv;          // kEncryptedBookIvBytes
  std::string ciphertext;  // the encrypted book, then the kEncryptedBookTagBytes tag
  bool operator==(const EncryptedBook&) const = default;
};

// Whether the file is a JSON object whose "mend" is "encrypted-book". Cheap:
// it reads the object's top-level keys only as far as it must, and stops at
// the first sign of a book ("format", a list, deeper nesting), so a 200 MB
// book is not parsed twice. A UTF-8 byte order mark is skipped.
bool looks_encrypted(std::string_view file);

// Every value checked, the first problem reported with its place ("kdf.salt")
// and reason; a UTF-8 byte order mark is skipped.
Result<EncryptedBook> read_envelope(std::string_view file);

// The envelope as the web app writes it (the same key order, no spaces).
// Writes the values as given: whoever encrypted chose them.
std::string write_envelope(const EncryptedBook& book);

}  // namespace mend
