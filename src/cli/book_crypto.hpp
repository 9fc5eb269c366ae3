// Encrypted book files for the CLI: the envelope is the core's
// (core/json/encrypted_book.hpp), the cryptography OpenSSL's libcrypto, with
// the same choices as the web app's WebCrypto: PBKDF2-HMAC-SHA-256 over the
// passcode's UTF-8 bytes, then AES-256-GCM with the tag after the ciphertext.
#pragma once
#include <string>
#include <string_view>

#include "core/base/result.hpp"

namespace mend::cli {

// The plaintext (the book's JSON) of a whole encrypted file. A problem with
// the envelope names its field ("kdf.iterations: ..."); a wrong passcode and a
// changed file give kEncryptedBookNotOpened alike.
Result<std::string> decrypt_book(std::string_view envelope, std::string_view passcode);

// A whole encrypted file for the plaintext: 600000 iterations, and a fresh
// random salt and iv from OpenSSL's generator each time.
Result<std::string> encrypt_book(std::string_view plaintext, std::string_view passcode);

}  // namespace mend::cli
