// Files that hold one kind of record rather than a whole book: the built-in
// playbooks and default vocabularies compiled into the core (one file per
// language). Their records are read with the book's own field lists and
// readers (book_json_fields.hpp), so a playbook or a vocabulary is spelled,
// checked and its problems worded the same in a book and here.
//
//   {"format": "mend-playbooks", "version": 1, "language": "en", "note": "...",
//    "playbooks": [{a playbook as in a book}, ...]}
//   {"format": "mend-vocabularies", "version": 1, "language": "en", "note": "...",
//    "vocabularies": [{"trade": "hotel", "failure_kinds": [...], "channels": [...],
//                      "segments": [...], "value_tiers": [...]}, ...]}
//
// "language" and "note" (for whoever edits the file) are optional strings.
// Reading stops at the first problem, given with its JSON path.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/base/result.hpp"
#include "core/model/model.hpp"

namespace mend {

// Each playbook passes validate_playbook; ids are unique.
Result<std::vector<Playbook>> import_playbooks(std::string_view json);

// A vocabulary and the trade it is the default for ("hotel").
struct TradeVocabulary {
  std::string trade;
  Vocabulary vocabulary;
  bool operator==(const TradeVocabulary&) const = default;
};
// Trades are unique, and so are the term ids within each list.
Result<std::vector<TradeVocabulary>> import_vocabularies(std::string_view json);

}  // namespace mend
