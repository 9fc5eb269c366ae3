// Data files (see data_files.hpp): the envelope is checked here, the records
// are read by the book's reader (book_import_read.cpp), and what a book checks
// between records is checked here for the one list a data file holds.
#include "core/json/data_files.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <set>

#include "core/json/book_import_detail.hpp"
#include "core/playbook/playbooks.hpp"

namespace mend {

namespace {

using json::quoted;
using json::Value;

constexpr int kDataFileVersion = 1;
// A data file is written by hand: its first problem, clearly, beats a list.
constexpr std::size_t kFirstProblem = 1;
// Iterative, so the parser's depth costs heap rather than stack, whatever the
// input; the records are then walked by their fixed shape.
constexpr unsigned kParseFlags =
    rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag;

template <class T>
Result<std::vector<T>> load_data_file(std::string_view text, std::string_view format,
                                      std::string_view list_key) {
  rapidjson::Document doc;
  doc.Parse<kParseFlags>(text.data(), text.size());
  if (doc.HasParseError())
    return Error{"", "not valid JSON: " + std::string(GetParseError_En(doc.GetParseError())) +
                         " at byte " + std::to_string(doc.GetErrorOffset())};
  const std::string expected = "expected a JSON object with \"format\": " + quoted(format);
  if (!doc.IsObject()) return Error{"", expected};
  json::Sink sink(kFirstProblem);
  json::ObjectReader envelope(doc, nullptr, sink);  // only looks: the reader below judges keys
  const Value* f = envelope.find("format");
  if (!f || !f->IsString() || json::string_of(*f) != format) return Error{"format", expected};
  const Value* v = envelope.find("version");
  if (!v || !v->IsInt() || v->GetInt() != kDataFileVersion) return Error{"version", "must be 1"};
  std::vector<T> out;
  bookjson::read_data_file(doc, list_key, sink, out);
  if (!sink.empty()) return sink.first();
  return out;
}

std::string at(std::string_view list, std::size_t i) {
  return std::string(list) + "[" + std::to_string(i) + "]";
}

// The index of the first item whose key was seen before, or size().
template <class T, class Key>
std::size_t first_repeat(const std::vector<T>& items, Key key) {
  std::set<std::string_view> seen;
  for (std::size_t i = 0; i < items.size(); ++i)
    if (!seen.insert(key(items[i])).second) return i;
  return items.size();
}

Status unique_terms(const std::vector<Term>& terms, const std::string& where) {
  const std::size_t i = first_repeat(terms, [](const Term& t) -> std::string_view { return t.id; });
  if (i == terms.size()) return ok_status();
  return Error{at(where, i) + ".id", "duplicate id " + quoted(terms[i].id)};
}

}  // namespace

Result<std::vector<Playbook>> import_playbooks(std::string_view json) {
  auto read = load_data_file<Playbook>(json, "mend-playbooks", "playbooks");
  if (!read) return read;
  const std::vector<Playbook>& all = read.value();
  for (std::size_t i = 0; i < all.size(); ++i)
    if (Status s = validate_playbook(all[i]); !s)
      return Error{at("playbooks", i) + "." + s.error().where, s.error().why};
  const auto id = [](const Playbook& p) -> std::string_view { return p.id; };
  if (const std::size_t i = first_repeat(all, id); i < all.size())
    return Error{at("playbooks", i) + ".id", "duplicate id " + quoted(all[i].id)};
  return read;
}

Result<std::vector<TradeVocabulary>> import_vocabularies(std::string_view json) {
  auto read = load_data_file<TradeVocabulary>(json, "mend-vocabularies", "vocabularies");
  if (!read) return read;
  const std::vector<TradeVocabulary>& all = read.value();
  const auto trade = [](const TradeVocabulary& t) -> std::string_view { return t.trade; };
  if (const std::size_t i = first_repeat(all, trade); i < all.size())
    return Error{at("vocabularies", i) + ".trade", "duplicate trade " + quoted(all[i].trade)};
  for (std::size_t i = 0; i < all.size(); ++i) {
    const Vocabulary& v = all[i].vocabulary;
    const std::string here = at("vocabularies", i);
    for (const auto& [list, terms] :
         {std::pair{"failure_kinds", &v.failure_kinds}, std::pair{"channels", &v.channels},
          std::pair{"segments", &v.segments}, std::pair{"value_tiers", &v.value_tiers}})
      if (Status s = unique_terms(*terms, here + "." + list); !s) return s.error();
  }
  return read;
}

}  // namespace mend
