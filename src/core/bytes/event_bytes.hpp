// Events in Mend's compact binary form: what the in-memory book keeps per
// case and what IndexedDB keeps in its chunks. About half the bytes of the
// book's JSON (no keys, no quotes, numbers as varints, the case id said once
// per case), and read without a parser.
//
// Shapes:
// - an event body: id, at, actor, type index, then the payload's fields in the
//   order of book_json_fields.hpp (the same lists the JSON codec walks, so a
//   field added there is carried here too);
// - case bytes: a case's events in id order, each as [varint length][body];
// - a pack: many cases in one value, format byte kPackFormat, then
//   [varint cases] and per case [text case id][varint events][text case bytes].
// Readers validate ranges as the importer does; damaged bytes are an Error
// with where and why, never a crash or a huge allocation.
#pragma once
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/result.hpp"
#include "core/bytes/byte_io.hpp"
#include "core/model/model.hpp"

namespace mend::bytes {

// The first byte of a pack (record_codec's JSON values start with 1).
inline constexpr std::uint8_t kPackFormat = 2;

void write_event_body(ByteWriter& w, const Event& e);
// Reads one body into `out` (case id given by the caller); false and r.failure() on damage.
bool read_event_body(ByteReader& r, std::string_view case_id, Event& out);

// Appends [length][body] of `e` to case bytes.
void append_case_event(std::string& case_bytes, const Event& e);
std::string encode_case_events(std::span<const Event> events);
Result<std::vector<Event>> decode_case_events(std::string_view case_bytes,
                                              std::string_view case_id);
// The same into `events`, reusing its events' memory: whole-book passes that
// decode one case after another into one scratch vector allocate almost
// nothing after the first few cases. On an error `events` holds partial data.
Status decode_case_events_into(std::string_view case_bytes, std::string_view case_id,
                               std::vector<Event>& events);

// Walks case bytes without decoding payloads: the id of each event, in order.
// False when the bytes are damaged.
template <class OnId>
bool each_event_id(std::string_view case_bytes, OnId on_id) {
  ByteReader r(case_bytes, "case");
  while (!r.at_end()) {
    const std::size_t len = r.count();
    ByteReader body(r.rest().substr(0, len), "event");
    const std::string_view id = body.text_view();
    if (!r.ok() || !body.ok()) return false;
    on_id(id);
    r.skip(len);
  }
  return r.ok();
}

// Walks case bytes reading only each event's header: on_event(type index,
// body) for each, where body can be decoded later with read_event_body. For
// passes that need a few kinds of event of every case (opening a large
// book), not all of them. False when the bytes are damaged.
template <class OnEvent>
bool each_event_type(std::string_view case_bytes, OnEvent on_event) {
  ByteReader r(case_bytes, "case");
  while (!r.at_end()) {
    const std::size_t len = r.count();
    const std::string_view body = r.rest().substr(0, len);
    ByteReader head(body, "event");
    head.text_view();      // id
    head.signed_varint();  // at
    head.text_view();      // actor
    const std::uint64_t type = head.varint();
    if (!r.ok() || !head.ok()) return false;
    on_event(static_cast<std::size_t>(type), body);
    r.skip(len);
  }
  return r.ok();
}

struct PackedCase {
  std::string_view case_id;
  std::size_t events = 0;
  std::string_view bytes;  // case bytes, into the pack
};

class PackWriter {
 public:
  PackWriter();
  void add(std::string_view case_id, std::size_t events, std::string_view case_bytes);
  std::size_t cases() const { return cases_; }
  std::size_t bytes() const { return body_.size(); }
  std::string finish() const;

 private:
  std::string body_;
  std::size_t cases_ = 0;
};

// Groups events by case (any order in; each case's events sorted by id out)
// and packs them.
std::string pack_events(std::span<const Event> events);

// The cases of a pack as views into it; structure only (event bodies are
// checked when decoded).
Result<std::vector<PackedCase>> read_pack(std::string_view pack);

}  // namespace mend::bytes
