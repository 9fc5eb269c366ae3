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

}  // namespace

RecordKey key_of(const Record& record) {
  return std::visit(KeyOf{}, record);
}

Status BookBuilder::add(LoadChunk chunk) {
  std::move(chunk.records.begin(), chunk.records.end(), std::back_inserter(records_));
  if (events_.empty()) {
    events_ = std::move(chunk.events);  // a load in one chunk costs no copy
  } else {
    std::move(chunk.events.begin(), chunk.events.end(), std::back_inserter(events_));
  }
  for (const std::string& pack : chunk.packs) {
    Result<std::vector<bytes::PackedCase>> cases = bytes::read_pack(pack);
    if (!cases.ok()) return cases.error();
    for (const bytes::PackedCase& c : cases.value()) {
      Result<std::vector<Event>> events = bytes::decode_case_events(c.bytes, c.case_id);
      if (!events.ok()) return events.error();
      std::move(events->begin(), events->end(), std::back_inserter(events_));
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

  // Sorted through an index: moving whole events in a sort costs several
  // times more at 100,000 cases.
  std::vector<std::size_t> order(events_.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [this](std::size_t a, std::size_t b) {
    const Event& x = events_[a];
    const Event& y = events_[b];
    return x.case_id != y.case_id ? x.case_id < y.case_id : x.id < y.id;
  });
  for (std::size_t i : order) {
    Event& e = events_[i];
    if (out.book.cases.empty() || out.book.cases.back().id != e.case_id)
      out.book.cases.push_back(Case{e.case_id, {}});
    std::vector<Event>& events = out.book.cases.back().events;
    if (!events.empty() && events.back().id == e.id) continue;  // delivered twice
    events.push_back(std::move(e));
  }
  events_.clear();
  return out;
}

Batch batch_of(const Book& book) {
  Batch batch;
  batch.records.emplace_back(book.settings);
  for (const CatalogItem& i : book.catalog) batch.records.emplace_back(i);
  for (const Role& r : book.roles) batch.records.emplace_back(r);
  for (const Staff& s : book.staff) batch.records.emplace_back(s);
  for (const Playbook& p : book.playbooks) batch.records.emplace_back(p);
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
