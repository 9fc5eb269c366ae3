// How a store keeps events and records as bytes (IndexedDB values, later other
// backends). Every value starts with one format byte, so a later compact
// binary format can sit beside this one and both stay readable.
//
// Format 1 is the book format's own JSON for the value (book_json_parts.hpp):
// an event as export_book writes it inside a case (with its "case" id), a
// record as {"kind": "...", "value": {...}}. Decoding validates every field as
// the importer does; damaged bytes are an Error with where and why.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "core/base/result.hpp"
#include "core/store/store.hpp"

namespace mend::store {

inline constexpr std::uint8_t kJsonValueFormat = 1;

// Bytes in a std::string: what a store hands over, not text.
std::string encode_event(const Event& event);
Result<Event> decode_event(std::string_view bytes);

std::string encode_record(const Record& record);
Result<Record> decode_record(std::string_view bytes);

// "catalog", "playbook", ...: the kind's name in keys and values.
std::string_view kind_name(RecordKind kind);
// A record's address as one string, "kind/id" ("playbook/three-step@2").
std::string key_text(const RecordKey& key);
// The key that key_text wrote; nullopt for text it cannot have written.
std::optional<RecordKey> key_from_text(std::string_view text);

}  // namespace mend::store
