#include "core/store/record_codec.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <array>
#include <cstddef>
#include <utility>

#include "core/json/book_json_parts.hpp"

namespace mend::store {
namespace {

using json::Path;
using json::Sink;
using json::Value;

constexpr std::array<std::string_view, 6> kKindNames = {"settings", "catalog",  "role",
                                                        "staff",    "playbook", "preference"};
static_assert(kKindNames.size() == std::variant_size_v<Record>);

// Small values: a modest first buffer.
constexpr std::size_t kValueReserve = 512;

// The format byte, then the value's JSON.
std::string finish_value(const json::Writer& w) {
  std::string out;
  out.reserve(w.view().size() + 1);
  out.push_back(static_cast<char>(kJsonValueFormat));
  out.append(w.view());
  return out;
}

struct WriteRecord {
  json::Writer& w;
  void operator()(const Preference& p) const {
    w.begin_object();
    w.field("key", p.key);
    w.field("value", p.value);
    w.end_object();
  }
  template <class T>
  void operator()(const T& t) const {
    bookjson::write_record(w, t);
  }
};

// The parsed JSON of one value, or why the bytes are not one.
struct Parsed {
  rapidjson::Document doc;
  std::optional<Error> error;
};

// Iterative parsing: a value is small and fixed in shape, so hostile nesting
// must cost heap, never stack. Encoding is checked too (a store's bytes may be
// damaged anywhere).
constexpr unsigned kParseFlags =
    rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag;

Parsed parse_value(std::string_view bytes, std::string_view what) {
  Parsed p;
  const std::string where(what);
  if (bytes.empty()) {
    p.error = Error{where, "the stored value is empty"};
    return p;
  }
  const auto format = static_cast<std::uint8_t>(bytes.front());
  if (format != kJsonValueFormat) {
    p.error = Error{where, "the stored value has format " + std::to_string(format) +
                               ", which this version of Mend cannot read"};
    return p;
  }
  const std::string_view text = bytes.substr(1);
  p.doc.Parse<kParseFlags>(text.data(), text.size());
  if (p.doc.HasParseError()) {
    p.error = Error{where, std::string("the stored value is damaged: ") +
                               rapidjson::GetParseError_En(p.doc.GetParseError()) + " at byte " +
                               std::to_string(p.doc.GetErrorOffset() + 1)};
    return p;
  }
  if (!p.doc.IsObject())
    p.error = Error{where,
                    std::string("the stored value must be an object, not ") + json::kind_of(p.doc)};
  return p;
}

template <std::size_t... I>
void emplace_record(Record& r, std::size_t k, std::index_sequence<I...>) {
  ((k == I ? (void)r.template emplace<I>() : void()), ...);
}

struct ReadRecord {
  const Value& obj;
  const Path* path;
  Sink& sink;
  void operator()(Preference& p) const {
    json::ObjectReader f(obj, path, sink);
    if (const Value* v = f.required("key")) f.read_name("key", *v, p.key);
    if (const Value* v = f.required("value")) f.read_string("value", *v, p.value);
    f.finish();
  }
  template <class T>
  void operator()(T& t) const {
    bookjson::read_record(obj, path, sink, t);
  }
};

}  // namespace

std::string_view kind_name(RecordKind kind) {
  const auto i = static_cast<std::size_t>(kind);
  return i < kKindNames.size() ? kKindNames[i] : "unknown";
}

std::string key_text(const RecordKey& key) {
  std::string out(kind_name(key.kind));
  out += '/';
  out += key.id;
  return out;
}

std::optional<RecordKey> key_from_text(std::string_view text) {
  const std::size_t slash = text.find('/');
  if (slash == std::string_view::npos || slash + 1 == text.size()) return std::nullopt;
  for (std::size_t i = 0; i < kKindNames.size(); ++i)
    if (kKindNames[i] == text.substr(0, slash))
      return RecordKey{static_cast<RecordKind>(i), std::string(text.substr(slash + 1))};
  return std::nullopt;
}

std::string encode_event(const Event& event) {
  json::Writer w(kValueReserve);
  bookjson::write_event(w, event);
  return finish_value(w);
}

Result<Event> decode_event(std::string_view bytes) {
  Parsed p = parse_value(bytes, "event");
  if (p.error) return *p.error;
  Sink sink(1);
  const Path root{nullptr, "event"};
  Event e;
  bookjson::read_event(p.doc, &root, sink, e);
  if (!sink.empty()) return sink.first();
  return e;
}

std::string encode_record(const Record& record) {
  json::Writer w(kValueReserve);
  w.begin_object();
  w.field("kind", kind_name(static_cast<RecordKind>(record.index())));
  w.key("value");
  std::visit(WriteRecord{w}, record);
  w.end_object();
  return finish_value(w);
}

Result<Record> decode_record(std::string_view bytes) {
  Parsed p = parse_value(bytes, "record");
  if (p.error) return *p.error;
  Sink sink(1);
  const Path root{nullptr, "record"};
  json::ObjectReader f(p.doc, &root, sink);
  const Value* kind = f.required("kind");
  const Value* value = f.required("value");
  if (!sink.empty()) return sink.first();
  std::size_t k = kKindNames.size();
  for (std::size_t i = 0; i < kKindNames.size() && kind->IsString(); ++i)
    if (json::same_key(*kind, kKindNames[i])) k = i;
  if (k == kKindNames.size())
    return Error{json::path_text(&root, "kind"),
                 kind->IsString() ? "unknown record kind " + json::quoted(json::string_of(*kind))
                                  : std::string("must be a string, not ") + json::kind_of(*kind)};
  if (!value->IsObject())
    return Error{json::path_text(&root, "value"),
                 std::string("must be an object, not ") + json::kind_of(*value)};
  f.finish();
  if (!sink.empty()) return sink.first();
  Record r;
  emplace_record(r, k, std::make_index_sequence<std::variant_size_v<Record>>{});
  const Path at{&root, "value"};
  std::visit(ReadRecord{*value, &at, sink}, r);
  if (!sink.empty()) return sink.first();
  return r;
}

}  // namespace mend::store
