#include "core/json/encrypted_book.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include "core/base/base64.hpp"
#include "core/json/read.hpp"
#include "core/json/writer.hpp"

namespace mend {

namespace {

using json::ObjectReader;
using json::Path;
using json::quoted;
using json::string_of;
using json::Value;

constexpr std::string_view kMarker = "encrypted-book";
constexpr std::string_view kKdfName = "PBKDF2";
constexpr std::string_view kKdfHash = "SHA-256";
constexpr std::string_view kCipherName = "AES-GCM";
constexpr std::int64_t kCipherBits = 256;
constexpr const char* kNotAnEnvelope =
    "not an encrypted Mend book: expected a JSON object with \"mend\": \"encrypted-book\"";

std::string_view without_bom(std::string_view file) {
  return file.substr(0, 3) == "\xEF\xBB\xBF" ? file.substr(3) : file;
}

// ---- the cheap look -------------------------------------------------------------
// A streaming reader that stops as soon as it knows: at the value of a
// top-level "mend", or at what only a book has. The web app and the CLI write
// "mend" first, so an envelope is known after a dozen bytes; a book exported
// by Mend starts with "format" and is known at once.
struct EnvelopeSniffer : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, EnvelopeSniffer> {
  int depth = 0;
  bool at_marker = false;  // the next value is the top level's "mend"
  bool encrypted = false;

  // Numbers, true, false, null: the marker is not one of them.
  bool Default() const { return depth > 0 && !at_marker; }
  bool String(const char* s, rapidjson::SizeType n, bool) {
    if (!at_marker) return depth > 0;
    encrypted = std::string_view(s, n) == kMarker;
    return false;  // decided either way
  }
  bool Key(const char* s, rapidjson::SizeType n, bool) {
    if (depth != 1) return true;
    const std::string_view key(s, n);
    at_marker = key == "mend";
    return key != "format";  // a book's own marker
  }
  // An envelope's objects ("kdf", "cipher") hold only strings and numbers.
  bool StartObject() { return !at_marker && ++depth <= 2; }
  bool EndObject(rapidjson::SizeType) { return --depth > 0; }
  // An envelope has no lists; a book's come early.
  static bool StartArray() { return false; }
};

// ---- reading ------------------------------------------------------------------------
// Each reader reports the first problem of its field to the sink and returns
// false; read_envelope stops there.

bool read_constant(ObjectReader& r, std::string_view key, std::string_view expected) {
  const Value* v = r.required(key);
  if (!v) return false;
  if (v->IsString() && string_of(*v) == expected) return true;
  r.error(key, "must be " + quoted(expected) + ", not " +
                   (v->IsString() ? quoted(string_of(*v)) : std::string(json::kind_of(*v))));
  return false;
}

bool read_version(ObjectReader& r) {
  const Value* v = r.required("version");
  if (!v) return false;
  if (v->IsInt64() && v->GetInt64() == kEncryptedBookVersion) return true;
  if (v->IsNumber() && v->GetDouble() > kEncryptedBookVersion) {
    const std::string shown =
        v->IsInt64() ? std::to_string(v->GetInt64()) : std::to_string(v->GetDouble());
    r.error({}, "made by a newer Mend (version " + shown + "); this Mend reads version 1");
  } else {
    r.error("version", "must be 1");
  }
  return false;
}

bool read_iterations(ObjectReader& r, std::int64_t& out) {
  const Value* v = r.required("iterations");
  std::int64_t n = 0;
  if (!v || !r.read_whole("iterations", *v, 0, json::kMaxExactInteger, n)) return false;
  if (n < kEncryptedBookIterations) {
    r.error("iterations", "is " + std::to_string(n) + ": at least " +
                              std::to_string(kEncryptedBookIterations) +
                              " are required, fewer make the passcode quicker to guess");
    return false;
  }
  if (n > kEncryptedBookMaxIterations) {
    r.error("iterations", "is " + std::to_string(n) + ": at most " +
                              std::to_string(kEncryptedBookMaxIterations) +
                              " are accepted, more would take minutes to open");
    return false;
  }
  out = n;
  return true;
}

// A base64 string of `size` bytes exactly, or (at_least) of `size` or more.
bool read_bytes(ObjectReader& r, std::string_view key, std::size_t size, bool at_least,
                std::string& out) {
  const Value* v = r.required(key);
  if (!v) return false;
  if (!v->IsString()) return r.wrong_type(key, *v, "a base64 string"), false;
  auto bytes = base64_decode(string_of(*v));
  if (!bytes) return r.error(key, bytes.error().why), false;
  const std::size_t got = bytes->size();
  if (at_least && got < size) {
    r.error(key, "is " + std::to_string(got) + " bytes: shorter than AES-GCM's " +
                     std::to_string(size) + "-byte authentication tag");
    return false;
  }
  if (!at_least && got != size) {
    r.error(key, "must be " + std::to_string(size) + " bytes, not " + std::to_string(got));
    return false;
  }
  out = std::move(bytes).value();
  return true;
}

// The object under `key`, for the readers of its fields.
const Value* read_object(ObjectReader& r, std::string_view key) {
  const Value* v = r.required(key);
  if (v && !v->IsObject()) return r.wrong_type(key, *v, "an object"), nullptr;
  return v;
}

bool read_kdf(ObjectReader& root, EncryptedBook& out) {
  const Value* v = read_object(root, "kdf");
  if (!v) return false;
  const Path at{nullptr, "kdf"};
  ObjectReader r(*v, &at, root.sink());
  return read_constant(r, "name", kKdfName) && read_constant(r, "hash", kKdfHash) &&
         read_iterations(r, out.iterations) &&
         read_bytes(r, "salt", kEncryptedBookSaltBytes, false, out.salt);
}

bool read_cipher(ObjectReader& root, EncryptedBook& out) {
  const Value* v = read_object(root, "cipher");
  if (!v) return false;
  const Path at{nullptr, "cipher"};
  ObjectReader r(*v, &at, root.sink());
  if (!read_constant(r, "name", kCipherName)) return false;
  const Value* length = r.required("length");
  if (!length) return false;
  if (!length->IsInt64() || length->GetInt64() != kCipherBits)
    return r.error("length", "must be 256 (AES-256)"), false;
  return read_bytes(r, "iv", kEncryptedBookIvBytes, false, out.iv);
}

}  // namespace

bool looks_encrypted(std::string_view file) {
  const std::string_view text = without_bom(file);
  rapidjson::MemoryStream in(text.data(), text.size());
  EnvelopeSniffer sniffer;
  rapidjson::Reader reader;
  reader.Parse<rapidjson::kParseIterativeFlag>(in, sniffer);
  return sniffer.encrypted;
}

Result<EncryptedBook> read_envelope(std::string_view file) {
  const std::string_view text = without_bom(file);
  if (text.empty()) return Error{"", "the file is empty: not an encrypted Mend book"};
  // No UTF-8 check: every value used is compared with ASCII or decoded from
  // base64, so bad bytes could only be in what is ignored. Iterative, so
  // hostile nesting costs heap, not stack.
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseIterativeFlag>(text.data(), text.size());
  if (doc.HasParseError())
    return Error{
        "", "not valid JSON: " + std::string(rapidjson::GetParseError_En(doc.GetParseError())) +
                " at byte " + std::to_string(doc.GetErrorOffset())};
  if (!doc.IsObject()) return Error{"", kNotAnEnvelope};
  json::Sink sink(1);
  ObjectReader root(doc, nullptr, sink);
  if (!root.find("mend")) return Error{"", kNotAnEnvelope};
  // A book's marker too: refused here, as the book reader refuses "mend", so a
  // file that claims to be both is refused whichever key comes first.
  if (root.find("format"))
    return Error{"format", "must not be in an encrypted book: the file claims to be a book too"};
  EncryptedBook book;
  const bool read = read_constant(root, "mend", kMarker) && read_version(root) &&
                    read_kdf(root, book) && read_cipher(root, book) &&
                    read_bytes(root, "ciphertext", kEncryptedBookTagBytes, true, book.ciphertext);
  if (!read) return sink.first();
  return book;
}

std::string write_envelope(const EncryptedBook& book) {
  json::Writer w(book.ciphertext.size() / 3 * 4 + 256);
  w.begin_object();
  w.field("mend", kMarker);
  w.field("version", kEncryptedBookVersion);
  w.object("kdf", [&] {
    w.field("name", kKdfName);
    w.field("hash", kKdfHash);
    w.field("iterations", book.iterations);
    w.field("salt", base64_encode(book.salt));
  });
  w.object("cipher", [&] {
    w.field("name", kCipherName);
    w.field("length", kCipherBits);
    w.field("iv", base64_encode(book.iv));
  });
  w.field("ciphertext", base64_encode(book.ciphertext));
  w.end_object();
  return w.str();
}

}  // namespace mend
