#include "core/store/redact_stored.hpp"

#include <vector>

#include "core/bytes/event_bytes.hpp"
#include "core/privacy/anonymise.hpp"
#include "core/store/record_codec.hpp"

namespace mend::store {

std::optional<std::string> redact_pack(std::string_view pack, const Redactions& redactions) {
  const Result<std::vector<bytes::PackedCase>> cases = bytes::read_pack(pack);
  if (!cases.ok()) return std::nullopt;
  bytes::PackWriter out;
  bool changed = false;
  for (const bytes::PackedCase& c : cases.value()) {
    const auto token = redactions.find(c.case_id);
    if (token == redactions.end()) {
      out.add(c.case_id, c.events, c.bytes);
      continue;
    }
    Result<std::vector<Event>> events = bytes::decode_case_events(c.bytes, c.case_id);
    if (!events.ok()) return std::nullopt;
    for (Event& e : events.value()) redact(e, token->second);
    const std::string redacted = bytes::encode_case_events(events.value());
    changed = changed || redacted != c.bytes;
    out.add(c.case_id, c.events, redacted);
  }
  if (!changed) return std::nullopt;
  return out.finish();
}

std::optional<std::string> redact_stored_event(std::string_view value,
                                               const Redactions& redactions) {
  Result<Event> event = decode_event(value);
  if (!event.ok()) return std::nullopt;
  const auto token = redactions.find(event->case_id);
  if (token == redactions.end()) return std::nullopt;
  Event redacted = event.value();
  redact(redacted, token->second);
  if (redacted == event.value()) return std::nullopt;
  return encode_event(redacted);
}

}  // namespace mend::store
