#include "core/bytes/event_bytes.hpp"

#include <algorithm>
#include <limits>
#include <map>
#include <optional>
#include <type_traits>
#include <utility>

#include "core/bytes/pack_job.hpp"
#include "core/json/book_json_fields.hpp"

namespace mend::bytes {
namespace {

// Writes the fields of book_json_fields.hpp in order, without their keys.
struct Encode {
  ByteWriter& w;
  void text(std::string_view, std::string_view s) { w.text(s); }
  void key_id(std::string_view, const std::string& s) { w.text(s); }
  void ulid(std::string_view, const std::string& s) { w.text(s); }
  void ulid_or_empty(std::string_view, const std::string& s) { w.text(s); }
  void integer(std::string_view, int i, int, int) { w.signed_varint(i); }
  void money(std::string_view, Cents c) { w.signed_varint(c); }
  void time(std::string_view, TimeMs t) { w.signed_varint(t); }
  void flag(std::string_view, bool b) { w.byte(b ? 1 : 0); }
  void strings(std::string_view, const std::vector<std::string>& list) {
    w.varint(list.size());
    for (const std::string& s : list) w.text(s);
  }
  void opt_integer(std::string_view k, const std::optional<int>& o, int lo, int hi) {
    w.byte(o ? 1 : 0);
    if (o) integer(k, *o, lo, hi);
  }
  void opt_money(std::string_view k, const std::optional<Cents>& o) {
    w.byte(o ? 1 : 0);
    if (o) money(k, *o);
  }
  template <class E, std::size_t N>
  void enumeration(std::string_view, E e, const std::array<std::string_view, N>&) {
    w.varint(static_cast<std::uint64_t>(e));
  }
  template <class T>
  void object(std::string_view, T& t) {
    bookjson::fields(*this, t);
  }
  template <class T>
  void defaulted_object(std::string_view k, T& t) {
    object(k, t);
  }
  template <class T>
  void list(std::string_view, std::vector<T>& items) {
    w.varint(items.size());
    for (T& item : items) bookjson::fields(*this, item);
  }
  void money_map(std::string_view, const std::map<std::string, Cents>& m) {
    w.varint(m.size());
    for (const auto& [k, v] : m) {
      w.text(k);
      w.signed_varint(v);
    }
  }
};

// Reads what Encode wrote, checking ranges as the importer does.
struct Decode {
  ByteReader& r;
  // assign, not =: decoding into a reused event keeps the strings' memory.
  void text(std::string_view, std::string& out) { out.assign(r.text_view()); }
  void key_id(std::string_view k, std::string& out) {
    out.assign(r.text_view());
    if (r.ok() && out.empty()) r.fail(std::string(k) + " is empty");
  }
  void ulid(std::string_view k, std::string& out) { key_id(k, out); }
  void ulid_or_empty(std::string_view, std::string& out) { out.assign(r.text_view()); }
  void integer(std::string_view k, int& out, int lo, int hi) {
    const std::int64_t v = r.signed_varint();
    if (v < lo || v > hi) return r.fail(std::string(k) + " is out of range");
    out = static_cast<int>(v);
  }
  void money(std::string_view k, Cents& out) {
    out = r.signed_varint();
    if (out < -bookjson::kMaxMoney || out > bookjson::kMaxMoney)
      r.fail(std::string(k) + " is out of range");
  }
  void time(std::string_view, TimeMs& out) { out = r.signed_varint(); }
  void flag(std::string_view k, bool& out) {
    const std::uint8_t b = r.byte();
    if (b > 1) r.fail(std::string(k) + " is not a yes/no value");
    out = b == 1;
  }
  void strings(std::string_view, std::vector<std::string>& out) {
    out.resize(r.count());
    for (std::string& s : out) s.assign(r.text_view());
  }
  void opt_integer(std::string_view k, std::optional<int>& out, int lo, int hi) {
    out.reset();
    if (r.byte() == 1) integer(k, out.emplace(), lo, hi);
  }
  void opt_money(std::string_view k, std::optional<Cents>& out) {
    out.reset();
    if (r.byte() == 1) money(k, out.emplace());
  }
  template <class E, std::size_t N>
  void enumeration(std::string_view k, E& out, const std::array<std::string_view, N>&) {
    const std::uint64_t i = r.varint();
    if (i >= N) return r.fail(std::string(k) + " is not a known value");
    out = static_cast<E>(i);
  }
  template <class T>
  void object(std::string_view, T& t) {
    bookjson::fields(*this, t);
  }
  template <class T>
  void defaulted_object(std::string_view k, T& t) {
    object(k, t);
  }
  template <class T>
  void list(std::string_view, std::vector<T>& out) {
    out.resize(r.count());
    for (T& item : out) bookjson::fields(*this, item);
  }
  void money_map(std::string_view k, std::map<std::string, Cents>& out) {
    out.clear();
    const std::size_t n = r.count();
    for (std::size_t i = 0; i < n && r.ok(); ++i) {
      std::string key = r.text();
      money(k, out[std::move(key)]);
    }
  }
};

// Switches `out` to alternative `index`; an alternative already there is
// kept (its fields are all overwritten by the decoder, and its strings keep
// their memory).
template <std::size_t I = 0>
bool emplace_payload(std::size_t index, Payload& out) {
  if constexpr (I < std::variant_size_v<Payload>) {
    if (index == I) {
      if (out.index() != I) out.emplace<I>();
      return true;
    }
    return emplace_payload<I + 1>(index, out);
  } else {
    return false;
  }
}

}  // namespace

void write_event_body(ByteWriter& w, const Event& e) {
  w.text(e.id);
  w.signed_varint(e.at);
  w.text(e.actor);
  w.varint(e.payload.index());
  Encode enc{w};
  // The field lists take non-const references (the importer fills them);
  // encoding only reads.
  std::visit(
      [&enc](const auto& p) { bookjson::fields(enc, const_cast<std::decay_t<decltype(p)>&>(p)); },
      e.payload);
}

bool read_event_body(ByteReader& r, std::string_view case_id, Event& out) {
  out.id.assign(r.text_view());
  if (r.ok() && out.id.empty()) r.fail("an event has no id");
  out.case_id.assign(case_id);
  out.at = r.signed_varint();
  out.actor.assign(r.text_view());
  const std::uint64_t type = r.varint();
  if (r.ok() && !emplace_payload(static_cast<std::size_t>(type), out.payload))
    r.fail("event " + out.id + " has an unknown type " + std::to_string(type));
  if (!r.ok()) return false;
  Decode dec{r};
  std::visit([&dec](auto& p) { bookjson::fields(dec, p); }, out.payload);
  return r.ok();
}

void append_case_event(std::string& case_bytes, const Event& e) {
  std::string body;
  ByteWriter bw(body);
  write_event_body(bw, e);
  ByteWriter w(case_bytes);
  w.varint(body.size());
  w.raw(body);
}

std::string encode_case_events(std::span<const Event> events) {
  std::string out;
  for (const Event& e : events) append_case_event(out, e);
  return out;
}

Result<std::vector<Event>> decode_case_events(std::string_view case_bytes,
                                              std::string_view case_id) {
  std::vector<Event> out;
  if (Status s = decode_case_events_into(case_bytes, case_id, out); !s.ok()) return s.error();
  return out;
}

Status decode_case_events_into(std::string_view case_bytes, std::string_view case_id,
                               std::vector<Event>& events) {
  std::size_t n = 0;
  ByteReader r(case_bytes, "case");
  // Errors name the case and the event; the text is only made for one.
  auto where = [&](const Error& e) {
    return Error{"case " + std::string(case_id) + " event " + std::to_string(n + 1), e.why};
  };
  while (!r.at_end()) {
    const std::size_t len = r.count();
    if (!r.ok()) break;
    ByteReader body(r.rest().substr(0, len), "event");
    if (n == events.size()) events.emplace_back();
    if (!read_event_body(body, case_id, events[n])) return where(*body.failure());
    if (!body.at_end()) return where(Error{"", "the event has extra bytes"});
    ++n;
    r.skip(len);
  }
  if (!r.ok()) return Error{"case " + std::string(case_id), r.failure()->why};
  events.resize(n);
  return ok_status();
}

PackWriter::PackWriter() = default;

void PackWriter::add(std::string_view case_id, std::size_t events, std::string_view case_bytes) {
  ByteWriter w(body_);
  w.text(case_id);
  w.varint(events);
  w.text(case_bytes);
  ++cases_;
}

std::string PackWriter::finish() const {
  std::string out;
  out.reserve(body_.size() + 11);
  ByteWriter w(out);
  w.byte(kPackFormat);
  w.varint(cases_);
  w.raw(body_);
  return out;
}

// One pack of every case: the sliced packer (pack_job.hpp) in one step.
std::string pack_events(std::span<const Event> events) {
  PackJob job(events, std::numeric_limits<std::size_t>::max());
  job.step(events.size());
  std::vector<std::string> packs = job.take_packs();
  return packs.empty() ? PackWriter().finish() : std::move(packs.front());
}

Result<std::vector<PackedCase>> read_pack(std::string_view pack) {
  ByteReader r(pack, "chunk");
  if (r.byte() != kPackFormat && r.ok())
    return Error{"chunk", "the stored chunk has a format this version of Mend cannot read"};
  const std::size_t n = r.count();
  std::vector<PackedCase> out;
  out.reserve(n);
  for (std::size_t i = 0; i < n && r.ok(); ++i) {
    PackedCase c;
    c.case_id = r.text_view();
    c.events = r.count();
    c.bytes = r.text_view();
    if (r.ok() && c.case_id.empty()) r.fail("a case in the chunk has no id");
    out.push_back(c);
  }
  if (r.ok() && !r.at_end()) r.fail("the chunk has extra bytes after its last case");
  if (!r.ok()) return *r.failure();
  return out;
}

}  // namespace mend::bytes
