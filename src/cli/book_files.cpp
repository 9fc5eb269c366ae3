// Book files, plain or encrypted: every command that reads a book opens an
// encrypted one given its passcode, every command that writes one can encrypt
// it (--encrypt), and `encrypt` / `decrypt` convert a file either way.
#include <cstdio>
#include <cstdlib>

#include "cli/book_crypto.hpp"
#include "cli/cli.hpp"
#include "core/json/book_json.hpp"
#include "core/json/encrypted_book.hpp"

namespace mend::cli {

namespace {

constexpr const char* kPasscodeSources =
    "give its passcode with --passcode or the MEND_PASSCODE environment variable";

bool read_or_report(const std::string& file, std::string& text) {
  std::string error;
  if (read_file(file, text, error)) return true;
  std::printf("%s: cannot read: %s\n", file.c_str(), error.c_str());
  return false;
}

// The plaintext of an encrypted file, or nothing after saying why.
std::optional<std::string> decrypt_or_report(const std::string& file, std::string_view text,
                                             const Args& args) {
  const auto passcode = passcode_of(args);
  if (!passcode) {
    std::printf("%s is encrypted: %s\n", file.c_str(), kPasscodeSources);
    return std::nullopt;
  }
  auto plain = decrypt_book(text, *passcode);
  if (!plain) {
    std::printf("%s: %s\n", file.c_str(), plain.error().message().c_str());
    return std::nullopt;
  }
  return std::move(plain).value();
}

}  // namespace

std::optional<std::string> passcode_of(const Args& args) {
  if (auto given = args.get("--passcode")) return given;
  // An empty variable is an unset one: `MEND_PASSCODE= mend ...` clears it.
  const char* env = std::getenv("MEND_PASSCODE");
  if (env && *env) return std::string(env);
  return std::nullopt;
}

std::optional<std::string> read_book_file(const std::string& file, const Args& args) {
  std::string text;
  if (!read_or_report(file, text)) return std::nullopt;
  if (!looks_encrypted(text)) return text;
  return decrypt_or_report(file, text, args);
}

int check_encrypt_option(const Args& args) {
  if (!args.has("--encrypt") || passcode_of(args)) return kOk;
  return usage_error(
      "--encrypt needs a passcode: give it with --passcode or the MEND_PASSCODE environment "
      "variable");
}

bool write_book_file(const std::string& path, std::string_view json, const Args& args) {
  if (!args.has("--encrypt")) return write_or_report(path, json);
  const auto passcode = passcode_of(args);  // check_encrypt_option made sure of it
  const auto sealed = encrypt_book(json, passcode.value_or(std::string()));
  if (!sealed) {
    std::fprintf(stderr, "mend: cannot encrypt %s: %s\n", path.c_str(),
                 sealed.error().message().c_str());
    return false;
  }
  return write_or_report(path, sealed.value());
}

// The book's own bytes, encrypted: `decrypt` gives them back unchanged. Only
// a valid book is encrypted, so what the app opens later is a book.
int cmd_encrypt(const Args& args) {
  if (args.positional.size() != 1) return usage_error("encrypt needs exactly one BOOK");
  const auto out = args.get("-o");
  if (!out) return usage_error("encrypt needs -o OUT");
  const auto passcode = passcode_of(args);
  if (!passcode)
    return usage_error(
        "encrypt needs a passcode: give it with --passcode or the MEND_PASSCODE environment "
        "variable");
  const std::string& file = args.positional[0];
  std::string text;
  if (!read_or_report(file, text)) return kFailed;
  if (looks_encrypted(text)) {
    std::printf("%s is already encrypted\n", file.c_str());
    return kFailed;
  }
  const ImportResult book = import_book(text);
  for (const auto& e : book.errors) std::printf("%s: %s\n", file.c_str(), e.message().c_str());
  if (!book.ok()) return kFailed;
  const auto sealed = encrypt_book(text, *passcode);
  if (!sealed) {
    std::fprintf(stderr, "mend: cannot encrypt %s: %s\n", out->c_str(),
                 sealed.error().message().c_str());
    return kFailed;
  }
  if (!write_or_report(*out, sealed.value())) return kFailed;
  std::printf("%s: %zu cases, encrypted\n", out->c_str(), book.book->cases.size());
  return kOk;
}

// The plain bytes exactly as they were encrypted; `mend validate OUT` judges them.
int cmd_decrypt(const Args& args) {
  if (args.positional.size() != 1) return usage_error("decrypt needs exactly one FILE");
  const auto out = args.get("-o");
  if (!out) return usage_error("decrypt needs -o OUT");
  const std::string& file = args.positional[0];
  std::string text;
  if (!read_or_report(file, text)) return kFailed;
  if (!looks_encrypted(text)) {
    std::printf("%s is not encrypted\n", file.c_str());
    return kFailed;
  }
  const auto plain = decrypt_or_report(file, text, args);
  if (!plain || !write_or_report(*out, *plain)) return kFailed;
  std::printf("%s: decrypted, %zu bytes\n", out->c_str(), plain->size());
  return kOk;
}

}  // namespace mend::cli
