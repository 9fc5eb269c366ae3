#include "core/model/case_table.hpp"

#include <algorithm>
#include <span>
#include <utility>

#include "core/bytes/event_bytes.hpp"
#include "core/model/model.hpp"
#include "core/privacy/anonymise.hpp"

namespace mend {
namespace {

// One event of case bytes: its id and its whole [length][body].
struct Span {
  std::string_view id;
  std::string_view bytes;
};

// Calls on_event(Span) for each event of case bytes, in order; false when the
// framing is damaged (a length past the end, an event without an id). Bodies
// are not decoded.
template <class OnEvent>
bool walk(std::string_view case_bytes, OnEvent on_event) {
  bytes::ByteReader r(case_bytes, "case");
  while (!r.at_end()) {
    const std::size_t start = r.position();
    const std::size_t len = r.count();
    bytes::ByteReader body(r.rest().substr(0, len), "event");
    const std::string_view id = body.text_view();
    if (!r.ok() || !body.ok() || id.empty()) return false;
    r.skip(len);
    on_event(Span{id, case_bytes.substr(start, r.position() - start)});
  }
  return r.ok();
}

// What adding case bytes needs to know without decoding them.
struct Shape {
  bool readable = false;
  bool ordered = true;      // ids strictly increasing: sorted, no repeats
  bool anonymised = false;  // holds an Anonymised event
  std::size_t events = 0;
  std::string_view first, last;
};

// Whether an event's [length][body] is an Anonymised event (reads its header only).
bool is_anonymisation(std::string_view framed) {
  bytes::ByteReader r(framed, "case");
  const std::size_t len = r.count();
  bytes::ByteReader head(r.rest().substr(0, len), "event");
  head.text_view();      // id
  head.signed_varint();  // at
  head.text_view();      // actor
  return head.varint() == payload_index<Anonymised>() && r.ok() && head.ok();
}

Shape shape_of(std::string_view case_bytes) {
  Shape s;
  s.readable = walk(case_bytes, [&s](const Span& e) {
    if (s.events == 0) s.first = e.id;
    if (s.events > 0 && !(s.last < e.id)) s.ordered = false;
    s.anonymised = s.anonymised || is_anonymisation(e.bytes);
    s.last = e.id;
    ++s.events;
  });
  return s;
}

// Case bytes of an anonymised case with every event redacted (privacy/
// anonymise.hpp); the bytes themselves when nothing needed it. Only cases
// holding an Anonymised event are decoded here.
std::string_view anonymous(std::string_view case_id, std::string_view case_bytes,
                           std::string& scratch) {
  Result<std::vector<Event>> events = bytes::decode_case_events(case_bytes, case_id);
  if (!events.ok() || !keep_anonymous(events.value())) return case_bytes;
  scratch = bytes::encode_case_events(events.value());
  return scratch;
}

// The events of several pieces of (readable) case bytes as one, in id order;
// of events with one id, the first met is kept.
std::string joined(std::span<const std::string_view> pieces, std::size_t& events) {
  std::vector<Span> all;
  for (std::string_view p : pieces) walk(p, [&all](const Span& e) { all.push_back(e); });
  std::stable_sort(all.begin(), all.end(),
                   [](const Span& a, const Span& b) { return a.id < b.id; });
  std::string out;
  events = 0;
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (i > 0 && all[i].id == all[i - 1].id) continue;
    out.append(all[i].bytes);
    ++events;
  }
  return out;
}

// The bytes with their events in id order without repeats: themselves when
// they are so already, else sorted into `scratch`. `events` is their count.
std::string_view in_order(std::string_view case_bytes, const Shape& s, std::string& scratch,
                          std::size_t& events) {
  events = s.events;
  if (s.ordered) return case_bytes;
  scratch = joined(std::span(&case_bytes, 1), events);
  return scratch;
}

Status unreadable(std::string_view case_id, std::size_t events, const Shape& s) {
  const std::string where = "case " + std::string(case_id);
  if (case_id.empty()) return Error{"case", "a case has no id"};
  if (!s.readable) return Error{where, "its events cannot be read (the stored bytes are damaged)"};
  if (s.events != events)
    return Error{where, "it should hold " + std::to_string(events) +
                            " events, but its bytes hold " + std::to_string(s.events)};
  return ok_status();
}

}  // namespace

// ---- 1. reading ------------------------------------------------------------------

std::size_t CaseTable::event_total() const {
  std::size_t n = 0;
  for (const Entry& e : cases_) n += e.events;
  return n;
}

Case CaseTable::at(std::size_t i) const {
  // Every decode of the book goes through here, so it is decode_case_events
  // without its per-event error context: the events are sized up front and
  // nothing is built for messages that are never shown.
  Case c;
  c.id = std::string(id(i));
  c.events.resize(event_count(i));
  bytes::ByteReader r(bytes(i), "case");
  for (Event& e : c.events) {
    const std::size_t len = r.count();
    bytes::ByteReader body(r.rest().substr(0, len), "event");
    if (!r.ok() || !bytes::read_event_body(body, c.id, e) || !body.at_end()) {
      c.events.clear();
      return c;
    }
    r.skip(len);
  }
  if (!r.at_end()) c.events.clear();
  return c;
}

Case CaseTable::const_iterator::operator*() const {
  return table_->at(i_);
}

std::size_t CaseTable::lower_bound(std::string_view case_id) const {
  const auto it =
      std::lower_bound(cases_.begin(), cases_.end(), case_id,
                       [](const Entry& e, std::string_view key) { return e.id() < key; });
  return static_cast<std::size_t>(it - cases_.begin());
}

std::optional<std::size_t> CaseTable::index_of(std::string_view case_id) const {
  const std::size_t i = lower_bound(case_id);
  if (i == cases_.size() || id(i) != case_id) return std::nullopt;
  return i;
}

bool CaseTable::has_event(std::string_view case_id, std::string_view event_id) const {
  const std::optional<std::size_t> i = index_of(case_id);
  if (!i) return false;
  bool found = false;
  walk(bytes(*i), [&](const Span& e) { found = found || e.id == event_id; });
  return found;
}

bool CaseTable::operator==(const CaseTable& other) const {
  return std::equal(cases_.begin(), cases_.end(), other.cases_.begin(), other.cases_.end(),
                    [](const Entry& a, const Entry& b) {
                      return a.id_size == b.id_size && a.events == b.events && a.data == b.data;
                    });
}

// ---- 2. adding one thing -----------------------------------------------------------

std::size_t CaseTable::put(std::size_t at, std::string_view case_id, std::string_view case_bytes) {
  const Shape add = shape_of(case_bytes);
  if (add.events == 0) return 0;
  if (at == cases_.size() || id(at) != case_id) {
    std::string scratch, redacted;
    std::size_t events = 0;
    std::string_view body = in_order(case_bytes, add, scratch, events);
    if (add.anonymised) body = anonymous(case_id, body, redacted);
    cases_.insert(cases_.begin() + static_cast<std::ptrdiff_t>(at), entry(case_id, body, events));
    return events;
  }
  Entry& e = cases_[at];
  const Shape held = shape_of(e.bytes());
  std::size_t added = 0;
  if (add.ordered && held.last < add.first) {  // newer than all it holds
    e.data.append(case_bytes);
    e.events += static_cast<std::uint32_t>(add.events);
    added = add.events;
  } else {
    std::size_t events = 0;
    const std::string_view pieces[] = {e.bytes(), case_bytes};
    const std::string all = joined(pieces, events);
    added = events - e.events;
    e.data.resize(e.id_size);
    e.data.append(all);
    e.events = static_cast<std::uint32_t>(events);
  }
  if (added > 0 && (held.anonymised || add.anonymised)) redact_held(e);
  return added;
}

void CaseTable::redact_held(Entry& e) {
  std::string redacted;
  const std::string_view body = anonymous(e.id(), e.bytes(), redacted);
  if (body.data() == redacted.data()) {
    e.data.resize(e.id_size);
    e.data.append(redacted);
  }
}

bool CaseTable::add_event(const Event& e) {
  std::string one;
  bytes::append_case_event(one, e);
  return put(lower_bound(e.case_id), e.case_id, one) == 1;
}

std::size_t CaseTable::add_case(const Case& c) {
  return put(lower_bound(c.id), c.id, bytes::encode_case_events(c.events));
}

Result<std::size_t> CaseTable::add_packed(std::string_view case_id, std::size_t events,
                                          std::string_view case_bytes) {
  if (Status st = unreadable(case_id, events, shape_of(case_bytes)); !st.ok()) return st.error();
  return put(lower_bound(case_id), case_id, case_bytes);
}

void CaseTable::shrink_to_fit() {
  for (Entry& e : cases_) e.data.shrink_to_fit();
  cases_.shrink_to_fit();
}

// ---- 3. building many cases at once ------------------------------------------------

CaseTable::Entry CaseTable::entry(std::string_view case_id, std::string_view case_bytes,
                                  std::size_t events) {
  Entry e;
  e.id_size = static_cast<std::uint32_t>(case_id.size());
  e.data.reserve(case_id.size() + case_bytes.size());
  e.data.append(case_id);
  e.data.append(case_bytes);
  e.events = static_cast<std::uint32_t>(events);
  return e;
}

Status CaseTable::Bulk::add_packed(std::string_view case_id, std::size_t events,
                                   std::string_view case_bytes) {
  const Shape s = shape_of(case_bytes);
  if (Status st = unreadable(case_id, events, s); !st.ok()) return st;
  std::string scratch, redacted;
  std::size_t n = 0;
  std::string_view body = in_order(case_bytes, s, scratch, n);
  if (s.anonymised) body = anonymous(case_id, body, redacted);
  add_segment(case_id, body, n);
  return ok_status();
}

void CaseTable::Bulk::add_case(const Case& c) {
  const std::string case_bytes = bytes::encode_case_events(c.events);
  const Shape s = shape_of(case_bytes);
  std::string scratch, redacted;
  std::size_t n = 0;
  std::string_view body = in_order(case_bytes, s, scratch, n);
  if (s.anonymised) body = anonymous(c.id, body, redacted);
  add_segment(c.id, body, n);
}

void CaseTable::Bulk::add_segment(std::string_view case_id, std::string_view case_bytes,
                                  std::size_t events) {
  if (events > 0) segments_.push_back(entry(case_id, case_bytes, events));
}

CaseTable CaseTable::Bulk::finish() && {
  // Stable: segments of one case stay in the order they came.
  std::stable_sort(segments_.begin(), segments_.end(),
                   [](const Entry& a, const Entry& b) { return a.id() < b.id(); });
  CaseTable out;
  out.cases_.reserve(segments_.size());
  std::vector<std::string_view> pieces;
  for (std::size_t i = 0, end = 0; i < segments_.size(); i = end) {
    end = i + 1;
    bool in_order = true;  // each segment newer than the one before
    for (; end < segments_.size() && segments_[end].id() == segments_[i].id(); ++end)
      in_order = in_order &&
                 shape_of(segments_[end - 1].bytes()).last < shape_of(segments_[end].bytes()).first;
    Entry joined_case = std::move(segments_[i]);
    if (end > i + 1 && in_order) {
      for (std::size_t k = i + 1; k < end; ++k) {
        joined_case.data.append(segments_[k].bytes());
        joined_case.events += segments_[k].events;
      }
    } else if (end > i + 1) {
      pieces.assign({joined_case.bytes()});
      for (std::size_t k = i + 1; k < end; ++k) pieces.push_back(segments_[k].bytes());
      std::size_t events = 0;
      std::string all = joined(pieces, events);
      joined_case.data.resize(joined_case.id_size);
      joined_case.data.append(all);
      joined_case.events = static_cast<std::uint32_t>(events);
    }
    for (std::size_t k = i + 1; k < end; ++k) segments_[k] = Entry{};  // freed as we go
    // Segments were redacted as they came; joined ones may meet an Anonymised
    // event of another segment.
    if (end > i + 1 && shape_of(joined_case.bytes()).anonymised) redact_held(joined_case);
    out.cases_.push_back(std::move(joined_case));
  }
  segments_ = {};
  out.shrink_to_fit();
  return out;
}

}  // namespace mend
