#include "core/store/store.hpp"

#include <algorithm>
#include <iterator>
#include <memory>
#include <utility>

#include "core/bytes/event_bytes.hpp"

namespace mend::store {
namespace {

struct KeyOf {
  RecordKey operator()(const Settings&) const { return {RecordKind::Settings, "settings"}; }
  RecordKey operator()(const CatalogItem& i) const { return {RecordKind::CatalogItem, i.id}; }
  RecordKey operator()(const Role& r) const { return {RecordKind::Role, r.id}; }
  RecordKey operator()(const Staff& s) const { return {RecordKind::Staff, s.id}; }
  RecordKey operator()(const Playbook& p) const {
    return {RecordKind::Playbook, p.id + "@" + std::to_string(p.version)};
  }
  RecordKey operator()(const Preference& p) const { return {RecordKind::Preference, p.key}; }
};

// Files each record into its place in the book.
struct Place {
  LoadedBook& out;
  void operator()(Settings s) const { out.book.settings = std::move(s); }
  void operator()(CatalogItem i) const { out.book.catalog.push_back(std::move(i)); }
  void operator()(Role r) const { out.book.roles.push_back(std::move(r)); }
  void operator()(Staff s) const { out.book.staff.push_back(std::move(s)); }
  void operator()(Playbook p) const { out.book.playbooks.push_back(std::move(p)); }
  void operator()(Preference p) const { out.preferences.push_back(std::move(p)); }
};

// Reads every event of a case's bytes once, into one scratch event, keeping
// none: a damaged event fails the open here rather than leaving a case that
// cannot be shown. The same errors as bytes::decode_case_events.
Status check_events(std::string_view case_bytes, std::string_view case_id, Event& scratch) {
  const std::string where = "case " + std::string(case_id);
  bytes::ByteReader r(case_bytes, where);
  for (std::size_t n = 1; !r.at_end(); ++n) {
    const std::size_t len = r.count();
    if (!r.ok()) break;
    bytes::ByteReader body(r.rest().substr(0, len), "event");
    if (!bytes::read_event_body(body, case_id, scratch))
      return Error{where + " event " + std::to_string(n), body.failure()->why};
    if (!body.at_end()) return Error{where, "an event has extra bytes"};
    r.skip(len);
  }
  if (!r.ok()) return *r.failure();
  return ok_status();
}

}  // namespace

RecordKey key_of(const Record& record) {
  return std::visit(KeyOf{}, record);
}

Status BookBuilder::add(LoadChunk chunk) {
  std::move(chunk.records.begin(), chunk.records.end(), std::back_inserter(records_));
  // Loose events (a store that keeps one record per event) as one segment
  // per case of this chunk.
  // Sorted through an index: moving whole events costs several times more.
  const std::vector<Event>& events = chunk.events;
  std::vector<std::size_t> order(events.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&events](std::size_t a, std::size_t b) {
    const Event& x = events[a];
    const Event& y = events[b];
    return x.case_id != y.case_id ? x.case_id < y.case_id : x.id < y.id;
  });
  std::string case_bytes;
  std::size_t in_case = 0;
  for (std::size_t k = 0; k < order.size(); ++k) {
    const Event& e = events[order[k]];
    bytes::append_case_event(case_bytes, e);
    ++in_case;
    if (k + 1 == order.size() || events[order[k + 1]].case_id != e.case_id) {
      if (Status st = cases_.add_packed(e.case_id, in_case, case_bytes); !st.ok()) return st;
      case_bytes.clear();
      in_case = 0;
    }
  }
  events_added_ += chunk.events.size();
  Event scratch;
  for (const std::string& pack : chunk.packs) {
    Result<std::vector<bytes::PackedCase>> cases = bytes::read_pack(pack);
    if (!cases.ok()) return cases.error();
    for (const bytes::PackedCase& c : cases.value()) {
      if (Status st = check_events(c.bytes, c.case_id, scratch); !st.ok()) return st;
      if (Status st = cases_.add_packed(c.case_id, c.events, c.bytes); !st.ok()) return st;
      events_added_ += c.events;
    }
  }
  return ok_status();
}

LoadedBook BookBuilder::finish() && {
  LoadedBook out;
  // Stable, so of two records with one key the later one wins below.
  std::stable_sort(records_.begin(), records_.end(),
                   [](const Record& a, const Record& b) { return key_of(a) < key_of(b); });
  for (std::size_t i = 0; i < records_.size(); ++i) {
    if (i + 1 < records_.size() && key_of(records_[i]) == key_of(records_[i + 1])) continue;
    std::visit(Place{out}, std::move(records_[i]));
  }
  // An event delivered twice (same id) is kept once.
  out.book.cases = std::move(cases_).finish();
  return out;
}

Batch batch_of(const Book& book) {
  Batch batch;
  batch.records.emplace_back(book.settings);
  for (const CatalogItem& i : book.catalog) batch.records.emplace_back(i);
  for (const Role& r : book.roles) batch.records.emplace_back(r);
  for (const Staff& s : book.staff) batch.records.emplace_back(s);
  for (const Playbook& p : book.playbooks) batch.records.emplace_back(p);
  batch.events.reserve(book.cases.event_total());
  for (const Case& c : book.cases)
    batch.events.insert(batch.events.end(), c.events.begin(), c.events.end());
  return batch;
}

void load_book(Store& store, std::function<void(Result<Book>)> on_loaded) {
  auto builder = std::make_shared<BookBuilder>();
  auto damage = std::make_shared<std::optional<Error>>();
  store.load(
      [builder, damage](LoadChunk chunk) {
        if (*damage) return;
        if (Status added = builder->add(std::move(chunk)); !added.ok()) *damage = added.error();
      },
      [builder, damage, on_loaded = std::move(on_loaded)](const Status& status) {
        if (!status.ok()) return on_loaded(status.error());
        if (*damage) return on_loaded(**damage);
        on_loaded(std::move(*builder).finish().book);
      });
}

}  // namespace mend::store
