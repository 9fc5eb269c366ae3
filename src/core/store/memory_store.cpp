#include "core/store/memory_store.hpp"

#include <algorithm>
#include <utility>

#include "core/privacy/anonymise.hpp"

namespace mend::store {

MemoryStore::MemoryStore(std::size_t events_per_chunk)
    : events_per_chunk_(std::max<std::size_t>(events_per_chunk, 1)) {}

void MemoryStore::load(ChunkSink on_chunk, Done on_done) {
  queue_.push_back(PendingLoad{std::move(on_chunk), std::move(on_done), false, {}});
}

void MemoryStore::write(Batch batch, Done on_done) {
  queue_.push_back(PendingWrite{std::move(batch), std::move(on_done)});
}

Status MemoryStore::commit(const Batch& given) {
  // Anonymised cases keep their events redacted (the contract): those of
  // this batch are redacted before anything is compared or stored.
  std::map<std::string, Anonymised> anonymised = anonymised_;
  bool anonymising = false;
  for (const Event& e : given.events) {
    const auto* a = std::get_if<Anonymised>(&e.payload);
    if (!a) continue;
    // The rule of anonymisation_of: a request's token replaces a retention pseudonym.
    auto [it, added] = anonymised.try_emplace(e.case_id, *a);
    if (!added && supersedes(*a, it->second)) it->second = *a;
    anonymising = true;
  }
  Batch batch = given;
  for (Event& e : batch.events)
    if (auto it = anonymised.find(e.case_id); it != anonymised.end()) redact(e, it->second.contact);
  // Check everything first: the batch is stored whole or not at all.
  for (std::size_t i = 0; i < batch.events.size(); ++i) {
    const Event& e = batch.events[i];
    auto stored = events_.find(e.id);
    if (stored == events_.end() || stored->second == e) continue;
    Event redacted = stored->second;  // the stored one is redacted by this batch
    if (auto it = anonymised.find(e.case_id); it != anonymised.end())
      redact(redacted, it->second.contact);
    if (!(redacted == e))
      return Error{"events[" + std::to_string(i) + "]",
                   "event " + e.id + " is already stored with different content"};
  }
  if (anonymising) {
    for (auto& [id, e] : events_)
      if (auto it = anonymised.find(e.case_id); it != anonymised.end())
        redact(e, it->second.contact);
    anonymised_ = std::move(anonymised);
  }
  for (const Event& e : batch.events) events_.emplace(e.id, e);
  for (const Record& r : batch.records) records_.insert_or_assign(key_of(r), r);
  for (const RecordKey& k : batch.removed) records_.erase(k);
  return ok_status();
}

std::deque<LoadChunk> MemoryStore::snapshot() const {
  std::deque<LoadChunk> chunks(1);
  for (const auto& [key, record] : records_) chunks.back().records.push_back(record);
  for (const auto& [id, event] : events_) {
    if (chunks.back().events.size() == events_per_chunk_) chunks.emplace_back();
    chunks.back().events.push_back(event);
  }
  return chunks;
}

std::size_t MemoryStore::run_pending() {
  std::size_t delivered = 0;
  // Only what was queued before this call: a write sent from a callback waits
  // for the next call, as it would wait for the next event-loop turn.
  for (std::size_t budget = queue_.size(); budget > 0 && !queue_.empty(); --budget) {
    if (auto* load = std::get_if<PendingLoad>(&queue_.front())) {
      if (!load->started) {
        load->started = true;
        load->chunks = snapshot();
      }
      if (!load->chunks.empty()) {
        LoadChunk chunk = std::move(load->chunks.front());
        load->chunks.pop_front();
        ChunkSink sink = load->on_chunk;  // the callback may queue more work
        sink(std::move(chunk));
        return delivered + 1;  // one chunk per call: the page draws in between
      }
      Done done = std::move(load->done);
      queue_.pop_front();
      done(ok_status());
      ++delivered;
      continue;
    }
    PendingWrite write = std::move(std::get<PendingWrite>(queue_.front()));
    queue_.pop_front();
    const Status status = commit(write.batch);
    write.done(status);
    ++delivered;
  }
  return delivered;
}

}  // namespace mend::store
