// Diagnostics for the benchmark (tests/bench/): the wasm heap's size, the main
// thread's time of recent frames, and a way to
// fill this page's database with a generated sample book without importing a
// file (the benchmark then reloads the page and times opening it).
#include <emscripten/emscripten.h>
#include <malloc.h>

#include <algorithm>
#include <cstddef>
#include <memory>

#include "core/sample/sample.hpp"
#include "platform/web/runtime.hpp"

namespace {

int seeding = 0;  // writes of mend_bench_seed not yet confirmed
int seed_failures = 0;

}  // namespace

extern "C" {
// Bytes the wasm memory has grown to (it never shrinks: the high-water mark).
EMSCRIPTEN_KEEPALIVE double mend_heap_bytes() {
  return static_cast<double>(__builtin_wasm_memory_size(0)) * 65536.0;
}
// Bytes malloc has handed out and not taken back.
EMSCRIPTEN_KEEPALIVE double mend_heap_in_use() {
  return static_cast<double>(mallinfo().uordblks);
}

// How many frames were drawn since the page started (the last 512 are kept),
// and the time of the frame `back` frames ago (0 = the latest), in ms.
EMSCRIPTEN_KEEPALIVE unsigned mend_bench_frame_count() {
  const mend::web::Runtime* rt = mend::web::runtime();
  return rt ? rt->frame_work_count : 0;
}
EMSCRIPTEN_KEEPALIVE double mend_bench_frame_ms(unsigned back) {
  const mend::web::Runtime* rt = mend::web::runtime();
  constexpr unsigned kept = mend::web::Runtime::kFrameWorkKept;
  if (!rt || back >= kept || back >= rt->frame_work_count) return -1;
  return rt->frame_work_ms[(rt->frame_work_count - 1 - back) % kept];
}

// Writes a generated book of `cases` cases straight to the store, in batches
// of `per_batch` cases (bulk writes: chunks). The app's own book is not
// touched; reload to open what was written.
EMSCRIPTEN_KEEPALIVE void mend_bench_seed(int cases, unsigned seed, int per_batch) {
  mend::web::Runtime* rt = mend::web::runtime();
  if (!rt) return;
  auto book = std::make_shared<mend::Book>(mend::make_sample_book(cases, seed));
  mend::store::Batch setup = mend::store::batch_of(*book);
  setup.events.clear();
  ++seeding;
  rt->store.write(std::move(setup), [](const mend::Status& s) {
    --seeding;
    if (!s.ok()) ++seed_failures;
  });
  const std::size_t step = static_cast<std::size_t>(std::max(per_batch, 1));
  for (std::size_t first = 0; first < book->cases.size(); first += step) {
    mend::store::Batch batch;
    const std::size_t end = std::min(book->cases.size(), first + step);
    for (std::size_t i = first; i < end; ++i) {
      const mend::Case c = book->cases.at(i);
      batch.events.insert(batch.events.end(), c.events.begin(), c.events.end());
    }
    ++seeding;
    rt->store.write(std::move(batch), [](const mend::Status& s) {
      --seeding;
      if (!s.ok()) ++seed_failures;
    });
  }
}
// Writes of mend_bench_seed still outstanding; -1 once any failed.
EMSCRIPTEN_KEEPALIVE int mend_bench_seed_pending() {
  return seed_failures > 0 ? -1 : seeding;
}
}
