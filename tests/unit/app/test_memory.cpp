// Heap and time of a large book, natively (issue 7: the in-memory book should
// stay near the size of its JSON). A measurement, not a check: skipped unless
// asked for, e.g.
//   build/native/mend_tests -tc="memory*" --no-skip
// with MEND_MEASURE_CASES=20000 (the default) or any other count. Heap is
// glibc's in-use bytes (mallinfo2: uordblks + hblkhd) less what was in use
// before the step; peaks are sampled every 0.2 ms by a second thread.
#include <doctest/doctest.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "app/derived/derived.hpp"
#include "core/bytes/event_bytes.hpp"
#include "core/json/book_json.hpp"
#include "core/sample/sample.hpp"
#include "core/store/memory_store.hpp"

#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
#include <malloc.h>

#include <atomic>
#include <thread>

using namespace mend;

namespace {

std::size_t heap_in_use() {
  const struct mallinfo2 m = mallinfo2();
  return m.uordblks + m.hblkhd;
}

// The heap in use from construction on: now, and the highest seen.
class HeapProbe {
 public:
  HeapProbe() : base_(heap_in_use()), peak_(base_) {
    sampler_ = std::thread([this] {
      while (!stop_) {
        note(heap_in_use());
        std::this_thread::sleep_for(std::chrono::microseconds(200));
      }
    });
  }
  ~HeapProbe() {
    stop_ = true;
    sampler_.join();
  }
  HeapProbe(const HeapProbe&) = delete;
  HeapProbe& operator=(const HeapProbe&) = delete;

  double now_mb() {
    note(heap_in_use());
    return mb(heap_in_use() - base_);
  }
  double peak_mb() {
    note(heap_in_use());
    return mb(peak_ - base_);
  }

 private:
  static double mb(std::size_t bytes) { return static_cast<double>(bytes) / 1e6; }
  void note(std::size_t v) {
    std::size_t seen = peak_;
    while (v > seen && !peak_.compare_exchange_weak(seen, v)) {
    }
  }
  std::size_t base_;
  std::atomic<std::size_t> peak_;
  std::atomic<bool> stop_{false};
  std::thread sampler_;
};

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

std::size_t cases_wanted() {
  const char* v = std::getenv("MEND_MEASURE_CASES");
  return v ? static_cast<std::size_t>(std::strtoul(v, nullptr, 10)) : 20000;
}

// The book's events as the IndexedDB store hands them over: packs of about
// 500 cases each.
std::vector<std::string> packs_of(const Book& book) {
  std::vector<std::string> packs;
  std::vector<Event> events;
  std::size_t cases = 0;
  for (const Case& c : book.cases) {
    events.insert(events.end(), c.events.begin(), c.events.end());
    if (++cases % 500 == 0) {
      packs.push_back(bytes::pack_events(events));
      events.clear();
    }
  }
  if (!events.empty()) packs.push_back(bytes::pack_events(events));
  return packs;
}

// Chunks as the stores hand them over: packs (IndexedDB) or loose events
// (one record per event), each chunk 500 cases' worth.
std::vector<store::LoadChunk> chunks_of(const std::vector<std::string>& packs, bool loose) {
  std::vector<store::LoadChunk> chunks(packs.size());
  for (std::size_t i = 0; i < packs.size(); ++i) {
    if (!loose) {
      chunks[i].packs.push_back(packs[i]);
      continue;
    }
    const auto cases = bytes::read_pack(packs[i]);
    REQUIRE(cases.ok());
    for (const bytes::PackedCase& c : cases.value()) {
      auto events = bytes::decode_case_events(c.bytes, c.case_id).value();
      chunks[i].events.insert(chunks[i].events.end(), events.begin(), events.end());
    }
  }
  return chunks;
}

// Each chunk copied as it is added (the input stays, so the heap measured is the builder's).
Book build(const std::vector<store::LoadChunk>& chunks) {
  store::BookBuilder builder;
  for (const store::LoadChunk& c : chunks) REQUIRE(builder.add(c).ok());
  return std::move(builder).finish().book;
}

}  // namespace

TEST_CASE("memory: a large sample book, imported and loaded from a store" * doctest::skip()) {
  const std::size_t n = cases_wanted();
  const std::string json = export_book(make_sample_book(static_cast<int>(n), 1));
  const double json_mb = static_cast<double>(json.size()) / 1e6;
  std::printf("sample book: %zu cases, %.1f MB of JSON\n", n, json_mb);
  std::vector<std::string> packs;
  {
    const ImportResult r = import_book(json);
    REQUIRE(r.ok());
    packs = packs_of(*r.book);
  }

  {
    // Times first, with no heap sampler running: mallinfo2 takes malloc's lock.
    auto t0 = std::chrono::steady_clock::now();
    const ImportResult r = import_book(json);
    const double import_s = seconds_since(t0);
    REQUIRE(r.ok());
    t0 = std::chrono::steady_clock::now();
    std::size_t events = 0;
    for (const Case& c : r.book->cases) events += c.events.size();
    const double decode_s = seconds_since(t0);
    app::Derived d;
    t0 = std::chrono::steady_clock::now();
    d.rebuild(*r.book, 0);
    const double rebuild_s = seconds_since(t0);
    std::vector<store::LoadChunk> chunks = chunks_of(packs, false);
    t0 = std::chrono::steady_clock::now();
    CHECK(build(chunks).cases.size() == n);
    const double packs_s = seconds_since(t0);
    chunks = chunks_of(packs, true);
    t0 = std::chrono::steady_clock::now();
    CHECK(build(chunks).cases.size() == n);
    const double loose_s = seconds_since(t0);
    std::printf(
        "  import_book %.2f s; every case once (%zu events) %.3f s; Derived::rebuild %.3f s\n",
        import_s, events, decode_s, rebuild_s);
    std::printf("  BookBuilder: %zu packs %.3f s, the same as loose events %.3f s\n", packs.size(),
                packs_s, loose_s);
  }

  auto report = [json_mb](const char* what, HeapProbe& p) {
    const double now = p.now_mb(), peak = p.peak_mb();
    std::printf("  %-44s heap %7.1f MB (%.2fx JSON)  peak %7.1f MB (%.2fx)\n", what, now,
                now / json_mb, peak, peak / json_mb);
  };
  {
    HeapProbe probe;
    ImportResult r = import_book(json);
    REQUIRE(r.ok());
    report("import_book", probe);
    app::Derived d;
    d.rebuild(*r.book, 0);
    report("import_book + Derived::rebuild", probe);
  }
  {
    // Batch, store, load: the store's own copy is gone before the book is measured.
    Book loaded;
    HeapProbe probe;
    {
      store::MemoryStore s;
      {
        const ImportResult r = import_book(json);
        REQUIRE(r.ok());
        s.write(store::batch_of(*r.book), [](const Status& st) { REQUIRE(st.ok()); });
      }
      s.run_pending();
      bool done = false;
      store::load_book(s, [&](Result<Book> b) {
        REQUIRE(b.ok());
        loaded = std::move(b.value());
        done = true;
      });
      while (!done) s.run_pending();
    }
    report("store round trip (store dropped)", probe);
    app::Derived d;
    d.rebuild(loaded, 0);
    report("store round trip + Derived::rebuild", probe);
  }
  for (const bool loose : {false, true}) {
    // The BookBuilder alone; its input made before the probe starts.
    const std::vector<store::LoadChunk> chunks = chunks_of(packs, loose);
    HeapProbe probe;
    const Book book = build(chunks);
    report(loose ? "BookBuilder from loose events" : "BookBuilder from packs", probe);
  }
}

#endif
