// Anonymising what a store already holds (core/privacy/anonymise.hpp): the
// store's values rewritten with the named cases' events redacted, so a store
// that keeps events in packs and journal records (IndexedDB) can rewrite
// them inside the transaction that stores the Anonymised events.
#pragma once
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace mend::store {

// Case id -> the token that replaces the customer's contact.
using Redactions = std::map<std::string, std::string, std::less<>>;

// A pack (bytes/event_bytes.hpp) with the named cases' events redacted;
// nullopt when it holds none of them or they are redacted already (nothing
// to write), and for bytes that are not a readable pack (left as they are:
// the next load reports them).
std::optional<std::string> redact_pack(std::string_view pack, const Redactions& redactions);
// The same for one journal event (record_codec.hpp).
std::optional<std::string> redact_stored_event(std::string_view value,
                                               const Redactions& redactions);

}  // namespace mend::store
