// JSON → Book. RapidJSON parses in place on a copy of the text (strings are
// not copied twice) after one fast UTF-8 check, and a depth guard stops at
// kMaxJsonDepth, so hostile nesting cannot overflow the stack.
// Then book_import_read.cpp walks the DOM and book_import_checks.cpp checks
// between records; a book is handed out only when nothing was wrong.
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include <bit>
#include <cstdint>
#include <cstring>
#include <memory>

#include "core/json/book_import_detail.hpp"

namespace mend::bookjson {
namespace {

// The in-place text stream of a book. Its own type (rather than RapidJSON's
// InsituStringStream) so that the string scan below is specialised for this
// reader alone.
struct BookStream : rapidjson::InsituStringStream {
  explicit BookStream(char* text) : rapidjson::InsituStringStream(text) {}
  bool saw_u_escape = false;  // a "\\u" escape was decoded somewhere
};

static_assert(std::endian::native == std::endian::little, "the string scan reads words");
constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
constexpr std::uint64_t kHighs = 0x8080808080808080ULL;

// High bit set in each byte of w that is '"', '\\' or below 0x20. Only the
// lowest flagged byte is exact (a borrow may flag bytes above it), which is
// all the scan needs.
inline std::uint64_t special_bytes(std::uint64_t w) {
  const std::uint64_t quote = w ^ (kOnes * '"');
  const std::uint64_t slash = w ^ (kOnes * '\\');
  return ((quote - kOnes) & ~quote) | ((slash - kOnes) & ~slash) | ((w - kOnes * 0x20) & ~w);
}

}  // namespace
}  // namespace mend::bookjson

namespace rapidjson {

template <>
struct StreamTraits<mend::bookjson::BookStream> {
  enum { copyOptimization = 1 };
};

// Whitespace on the stream's own pointer, without the local copy of the stream
// that the generic version makes (which costs more than the skipping itself).
template <>
inline void SkipWhitespace(mend::bookjson::BookStream& is) {
  char* p = is.src_;
  while (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t') ++p;
  is.src_ = p;
}

// RapidJSON scans strings a byte at a time unless it has SSE; this scans the
// unescaped run of a string 8 bytes at a time (also in wasm). Like RapidJSON's
// SSE version it stops at the first '"', '\\' or control character and leaves
// it to the byte-wise loop, so every string, error and offset is the same.
// The text is padded with 8 zero bytes, so reading a whole word never leaves
// it: a zero byte stops the scan. Every escape is met here first (the loop
// calls this before each character), so it also notes any "\\u" escape.
template <>
template <>
inline void GenericReader<UTF8<>, UTF8<>, CrtAllocator>::ScanCopyUnescapedString(
    mend::bookjson::BookStream& is, mend::bookjson::BookStream& os) {
  (void)os;  // the same stream: read at src_, written at dst_
  char* p = is.src_;
  char* q = is.dst_;
  for (;;) {
    std::uint64_t w = 0;
    std::memcpy(&w, p, 8);
    const std::uint64_t hit = mend::bookjson::special_bytes(w) & mend::bookjson::kHighs;
    if (hit) {
      const auto n = static_cast<std::size_t>(__builtin_ctzll(hit) >> 3);
      if (p != q) std::memmove(q, p, n);
      p += n;
      q += n;
      if (p[0] == '\\' && p[1] == 'u') is.saw_u_escape = true;
      break;
    }
    if (p != q) std::memcpy(q, &w, 8);
    p += 8;
    q += 8;
  }
  is.src_ = p;
  is.dst_ = q;
}

}  // namespace rapidjson

namespace mend {

namespace bookjson {

using Value = rapidjson::Value;
using Size = rapidjson::SizeType;

namespace {

struct DepthGuard {
  rapidjson::Document& doc;
  unsigned depth = 0;
  bool too_deep = false;

  bool Null() { return doc.Null(); }
  bool Bool(bool b) { return doc.Bool(b); }
  bool Int(int i) { return doc.Int(i); }
  bool Uint(unsigned u) { return doc.Uint(u); }
  bool Int64(std::int64_t i) { return doc.Int64(i); }
  bool Uint64(std::uint64_t u) { return doc.Uint64(u); }
  bool Double(double d) { return doc.Double(d); }
  bool RawNumber(const char* s, Size n, bool copy) { return doc.RawNumber(s, n, copy); }
  bool String(const char* s, Size n, bool copy) { return doc.String(s, n, copy); }
  bool Key(const char* s, Size n, bool copy) { return doc.Key(s, n, copy); }
  bool StartObject() { return enter() && doc.StartObject(); }
  bool EndObject(Size n) { return --depth, doc.EndObject(n); }
  bool StartArray() { return enter() && doc.StartArray(); }
  bool EndArray(Size n) { return --depth, doc.EndArray(n); }
  bool enter() {
    if (++depth <= kMaxJsonDepth) return true;
    too_deep = true;
    return false;
  }
};

// UTF-8 is validated by first_invalid_utf8 over the whole text instead of
// kParseValidateEncodingFlag: same verdict (outside strings JSON is ASCII), but
// 8 bytes at a time, which halves the parse time of a large book.
// Not kParseIterativeFlag either: RapidJSON's recursive parser calls
// StartObject/StartArray before it descends, so DepthGuard bounds its
// recursion at kMaxJsonDepth levels (a few KB of stack), and it parses a book
// about 25% faster than the iterative one (measured as wasm under node). The
// "100,000 levels" hostile test holds this, also under ASan and as wasm.
constexpr unsigned kParseFlags = rapidjson::kParseInsituFlag;
// RapidJSON calls ScanCopyUnescapedString (above) only without encoding
// validation; the \u escape check after parsing relies on that call.
static_assert(!(kParseFlags & rapidjson::kParseValidateEncodingFlag));

struct Parse {
  BookStream& in;
  rapidjson::Reader& reader;
  bool operator()(rapidjson::Document& doc) {
    DepthGuard g{doc};
    const bool ok = !reader.Parse<kParseFlags>(in, g).IsError();
    too_deep = g.too_deep;
    return ok;
  }
  bool too_deep = false;
};

Error syntax_error(std::string_view text, std::size_t offset, std::string_view what) {
  if (!what.empty() && what.back() == '.') what.remove_suffix(1);  // RapidJSON ends with one
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return Error{"", "not valid JSON: " + std::string(what) + " at byte " + std::to_string(offset) +
                       " (line " + std::to_string(line) + ", column " + std::to_string(column) +
                       ")"};
}

}  // namespace

std::size_t first_invalid_utf8(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    while (i + 8 <= n) {  // ASCII runs, a word at a time
      std::uint64_t w = 0;
      std::memcpy(&w, p + i, 8);
      if (w & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= n) break;
    const unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    // Well-formed sequences per Unicode table 3-7: no overlongs, no
    // surrogates, nothing above U+10FFFF.
    std::size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      return i;
    }
    if (i + len > n || p[i + 1] < lo || p[i + 1] > hi) return i;
    for (std::size_t k = 2; k < len; ++k)
      if ((p[i + k] & 0xC0) != 0x80) return i;
    i += len;
  }
  return std::string_view::npos;
}

}  // namespace bookjson

namespace bookjson {

bool parse_fragment(char* text, unsigned depth, rapidjson::Document& doc) {
  rapidjson::Reader reader;
  BookStream in(text);
  DepthGuard guard{doc, depth};
  bool too_deep = false;
  auto parse = [&](rapidjson::Document&) {
    const bool ok =
        !reader.Parse<kParseFlags | rapidjson::kParseStopWhenDoneFlag>(in, guard).IsError();
    too_deep = guard.too_deep;
    return ok;
  };
  doc.Populate(parse);
  if (reader.HasParseError() || too_deep) return false;
  // A lone low surrogate escape, as parse_book looks for it (see there).
  const std::size_t size = in.src_ - text;
  for (std::size_t i = 0; in.saw_u_escape && i + 1 < size; ++i)
    if (static_cast<unsigned char>(text[i]) == 0xED &&
        (static_cast<unsigned char>(text[i + 1]) & 0xE0) == 0xA0)
      return false;
  return true;
}

std::optional<Error> parse_book(std::string_view json, ParsedBook& out) {
  rapidjson::Document& doc = out.doc;
  // A UTF-8 byte order mark (Windows editors add one) is accepted and skipped.
  std::size_t skipped = 0;
  if (json.substr(0, 3) == "\xEF\xBB\xBF") skipped = 3;
  if (json.size() == skipped) {
    return Error{"", "the file is empty: not a Mend book"};
  }
  if (const auto bad = first_invalid_utf8(json.substr(skipped)); bad != std::string_view::npos) {
    return syntax_error(json, bad + skipped, "invalid UTF-8");
  }
  // Parsed in place on a copy, so the caller's text stays intact; 8 zero bytes
  // after the text let the string scan read whole words.
  const std::string_view text = json.substr(skipped);
  const std::size_t size = text.size();
  out.buffer.reset(new char[size + 8]);
  const std::unique_ptr<char[]>& buffer = out.buffer;
  std::memcpy(buffer.get(), text.data(), size);
  std::memset(buffer.get() + size, 0, 8);
  rapidjson::Reader reader;
  BookStream in(buffer.get());
  Parse parse{in, reader};
  doc.Populate(parse);
  if (reader.HasParseError()) {
    const std::size_t offset = reader.GetErrorOffset() + skipped;
    return parse.too_deep
               // The parser has taken the bracket when the guard stops it: point at it.
               ? syntax_error(json, offset > 0 ? offset - 1 : 0,
                              "nested deeper than " + std::to_string(kMaxJsonDepth) + " levels")
               : syntax_error(json, offset,
                              rapidjson::GetParseError_En(reader.GetParseErrorCode()));
  }
  // RapidJSON rejects an unpaired high surrogate escape but encodes a lone
  // low one (\uDC00) as the bytes ED B0 80, which are not UTF-8. The text was
  // valid UTF-8 before parsing, and strings are decoded in place, so any ED
  // A0..BF in the buffer now is such an escape (at or a little before its
  // offset in the text). Without any \u escape there is nothing to look for.
  for (std::size_t i = 0; in.saw_u_escape && i + 1 < size; ++i) {
    const char* ed = static_cast<const char*>(std::memchr(buffer.get() + i, 0xED, size - i));
    if (!ed) break;
    i = static_cast<std::size_t>(ed - buffer.get());
    const auto next = static_cast<unsigned char>(ed[1]);
    if (next >= 0xA0 && next <= 0xBF) {
      return syntax_error(json, i + skipped, "a \\u escape encodes an unpaired UTF-16 surrogate");
    }
  }

  auto refuse = [](std::string why) { return Error{"", std::move(why)}; };
  constexpr const char* kNotABook =
      "not a Mend book: expected a JSON object with \"format\": \"mend-book\"";
  if (!doc.IsObject()) return refuse(std::string(kNotABook) + ", found " + kind_of(doc));
  // Member lookups by hand: comparing RapidJSON's member iterators is
  // ambiguous in C++20 to clang (em++) and -Werror makes that fatal.
  auto member = [&doc](std::string_view name) -> const Value* {
    const Value& root = doc;
    for (Size i = 0; i < root.MemberCount(); ++i)
      if (json::string_of(root.MemberBegin()[i].name) == name) return &root.MemberBegin()[i].value;
    return nullptr;
  };
  const Value* format = member("format");
  if (!format || !format->IsString() || json::string_of(*format) != "mend-book")
    return refuse(kNotABook);
  const Value* version = member("version");
  if (!version || !version->IsNumber())
    return refuse("version: missing or not a number; this Mend reads version 1");
  const double v = version->GetDouble();
  if (v > kBookFormatVersion) {
    const std::string shown =
        version->IsInt64() ? std::to_string(version->GetInt64()) : std::to_string(v);
    return refuse("made by a newer Mend (version " + shown + "); this Mend reads version 1");
  }
  if (v != kBookFormatVersion) return refuse("version: must be 1");
  return std::nullopt;
}

}  // namespace bookjson

ImportResult import_book(std::string_view json) {
  using namespace bookjson;
  ImportResult result;
  ParsedBook parsed;
  if (std::optional<Error> refused = parse_book(json, parsed)) {
    result.errors.push_back(std::move(*refused));
    return result;
  }
  const Value& doc = parsed.doc;
  Sink sink(kMaxImportErrors);
  Book book;
  CaseChecks cases;
  read_book(doc, sink, book, cases);
  if (sink.empty()) check_and_sort(book, cases, sink);
  if (!sink.empty()) {
    result.errors = sink.take();
    return result;
  }
  result.book = std::move(book);
  return result;
}

}  // namespace mend
