#include "cli/book_crypto.hpp"

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <algorithm>
#include <climits>
#include <memory>

#include "core/json/encrypted_book.hpp"

namespace mend::cli {

namespace {

// EVP's update calls take an int length: a large book goes in slices.
constexpr std::size_t kSliceBytes = std::size_t{1} << 26;  // 64 MiB
static_assert(kSliceBytes <= INT_MAX);
static_assert(kEncryptedBookMaxIterations <= INT_MAX, "PKCS5_PBKDF2_HMAC takes an int");

// The derived key lives only here, and is wiped however the work ends.
struct DerivedKey {
  unsigned char bytes[kEncryptedBookKeyBytes] = {};
  DerivedKey() = default;
  DerivedKey(const DerivedKey&) = delete;
  DerivedKey& operator=(const DerivedKey&) = delete;
  DerivedKey(DerivedKey&&) = delete;
  DerivedKey& operator=(DerivedKey&&) = delete;
  ~DerivedKey() { OPENSSL_cleanse(bytes, sizeof bytes); }
};

struct CipherContextFree {
  void operator()(EVP_CIPHER_CTX* ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, CipherContextFree>;

const unsigned char* bytes_of(std::string_view s) {
  return reinterpret_cast<const unsigned char*>(s.data());
}
unsigned char* bytes_of(std::string& s) {
  return reinterpret_cast<unsigned char*>(s.data());
}

// OpenSSL's reason for the last failure, for the rare case it is not the input.
Error openssl_error(std::string_view step) {
  const unsigned long code = ERR_get_error();
  char reason[256] = "no reason given";
  if (code != 0) ERR_error_string_n(code, reason, sizeof reason);
  ERR_clear_error();
  return Error{"", std::string(step) + " failed in OpenSSL: " + reason};
}

bool derive_key(std::string_view passcode, const EncryptedBook& book, DerivedKey& key) {
  return PKCS5_PBKDF2_HMAC(passcode.data(), static_cast<int>(passcode.size()), bytes_of(book.salt),
                           static_cast<int>(book.salt.size()), static_cast<int>(book.iterations),
                           EVP_sha256(), static_cast<int>(sizeof key.bytes), key.bytes) == 1;
}

// AES-256-GCM set up for the key and the 12-byte iv, to encrypt or decrypt.
CipherContext start_gcm(const DerivedKey& key, const std::string& iv, bool encrypt) {
  CipherContext ctx(EVP_CIPHER_CTX_new());
  if (!ctx) return nullptr;
  const int direction = encrypt ? 1 : 0;
  const bool ready =
      EVP_CipherInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr, direction) == 1 &&
      EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(iv.size()),
                          nullptr) == 1 &&
      EVP_CipherInit_ex(ctx.get(), nullptr, nullptr, key.bytes, bytes_of(iv), direction) == 1;
  if (!ready) return nullptr;
  return ctx;
}

// GCM is a stream mode: the output is as long as the input, written in slices.
bool run_gcm(EVP_CIPHER_CTX* ctx, std::string_view in, std::string& out) {
  out.resize(in.size());
  for (std::size_t done = 0; done < in.size();) {
    const std::size_t n = std::min(kSliceBytes, in.size() - done);
    int written = 0;
    if (EVP_CipherUpdate(ctx, bytes_of(out) + done, &written, bytes_of(in) + done,
                         static_cast<int>(n)) != 1 ||
        static_cast<std::size_t>(written) != n)
      return false;
    done += n;
  }
  return true;
}

}  // namespace

Result<std::string> decrypt_book(std::string_view envelope, std::string_view passcode) {
  auto read = read_envelope(envelope);
  if (!read) return read.error();
  const EncryptedBook& book = read.value();
  const std::string_view sealed(book.ciphertext);
  const std::string_view body = sealed.substr(0, sealed.size() - kEncryptedBookTagBytes);
  std::string tag(sealed.substr(body.size()));

  DerivedKey key;
  if (!derive_key(passcode, book, key)) return openssl_error("deriving the key");
  const CipherContext ctx = start_gcm(key, book.iv, false);
  if (!ctx) return openssl_error("starting AES-GCM");
  std::string plaintext;
  if (!run_gcm(ctx.get(), body, plaintext)) return openssl_error("decrypting");
  int final_bytes = 0;
  unsigned char nothing[16];  // GCM writes nothing at the end; the call checks the tag
  const bool authentic = EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG,
                                             static_cast<int>(tag.size()), tag.data()) == 1 &&
                         EVP_DecryptFinal_ex(ctx.get(), nothing, &final_bytes) == 1;
  if (!authentic) {
    // Text that failed its check is nobody's book: leave none of it in memory.
    OPENSSL_cleanse(plaintext.data(), plaintext.size());
    ERR_clear_error();
    return Error{"", std::string(kEncryptedBookNotOpened)};
  }
  return plaintext;
}

Result<std::string> encrypt_book(std::string_view plaintext, std::string_view passcode) {
  EncryptedBook book;
  book.iterations = kEncryptedBookIterations;
  book.salt.resize(kEncryptedBookSaltBytes);
  book.iv.resize(kEncryptedBookIvBytes);
  if (RAND_bytes(bytes_of(book.salt), static_cast<int>(book.salt.size())) != 1 ||
      RAND_bytes(bytes_of(book.iv), static_cast<int>(book.iv.size())) != 1)
    return openssl_error("drawing a random salt and iv");

  DerivedKey key;
  if (!derive_key(passcode, book, key)) return openssl_error("deriving the key");
  const CipherContext ctx = start_gcm(key, book.iv, true);
  if (!ctx) return openssl_error("starting AES-GCM");
  if (!run_gcm(ctx.get(), plaintext, book.ciphertext)) return openssl_error("encrypting");
  int final_bytes = 0;
  unsigned char tag[kEncryptedBookTagBytes];
  if (EVP_EncryptFinal_ex(ctx.get(), tag, &final_bytes) != 1 ||
      EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, static_cast<int>(sizeof tag), tag) != 1)
    return openssl_error("encrypting");
  book.ciphertext.append(reinterpret_cast<const char*>(tag), sizeof tag);
  return write_envelope(book);
}

}  // namespace mend::cli
