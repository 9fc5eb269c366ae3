// The page around the app: offline readiness and a new build waiting. An
// update goes ahead only once every change made before it is confirmed.
#include <doctest/doctest.h>

#include <optional>

#include "app/app.hpp"
#include "core/store/memory_store.hpp"

using namespace mend;
using namespace mend::app;

namespace {
constexpr TimeMs kNow = 1795000000000;  // 2026-11-18

struct Page {
  store::MemoryStore store;
  SeededRandom random{3};
  std::optional<App> app;
  Page() {
    app.emplace(store, random);
    app->tick(kNow);
    while (store.run_pending() > 0) {
    }
    app->tick(kNow);
  }
  const PageStatus& page() const { return app->state().page; }
};
}  // namespace

TEST_CASE("page: what the page says is kept; Reload without a waiting build does nothing") {
  Page p;
  CHECK_FALSE(p.page().offline_ready);
  p.app->apply({RequestNotePage{true, false, false}});
  CHECK(p.page().offline_ready);
  CHECK_FALSE(p.page().online);
  p.app->apply({RequestUpdateNow{}});
  p.app->tick(kNow);
  CHECK_FALSE(p.page().update_wanted);
  CHECK_FALSE(p.page().update_go);
}

TEST_CASE("page: an update waits until every unsaved change is confirmed") {
  Page p;
  p.app->apply({RequestNotePage{true, true, true}});
  IntakeData d;
  d.customer_name = "Wen";
  p.app->apply({RequestOpenCase{d}});
  REQUIRE_FALSE(p.app->state().storage.unsaved.empty());
  p.app->apply({RequestUpdateNow{}});
  p.app->tick(kNow + 10);
  CHECK(p.page().update_wanted);
  CHECK_FALSE(p.page().update_go);  // the case is not confirmed yet
  while (p.store.run_pending() > 0) {
  }
  p.app->tick(kNow + 20);
  CHECK(p.app->state().storage.unsaved.empty());
  CHECK(p.page().update_go);
}

TEST_CASE("page: the text size is one of those offered, and a change is said once") {
  Page p;
  CHECK(p.page().text_scale == 1.0f);
  p.app->apply({RequestTextSize{1.25f}});
  CHECK(p.page().text_scale == 1.25f);
  CHECK(p.app->state().outcomes.size() == 1);
  CHECK(std::holds_alternative<TextSizeChanged>(p.app->state().outcomes.front()));
  p.app->apply({RequestTextSize{1.25f}});  // no change, nothing said
  CHECK(p.app->state().outcomes.empty());
  // A kept value that is not offered (an edited page, an older build) reads as the nearest.
  p.app->apply({RequestTextSize{9.0f}});
  CHECK(p.page().text_scale == 1.75f);
  p.app->apply({RequestTextSize{0.1f}});
  CHECK(p.page().text_scale == 1.0f);
  p.app->apply({RequestTextSize{1.4f}});
  CHECK(p.page().text_scale == 1.5f);
}
