// The dashboard's analysis: made while the dashboard is shown, for the range
// chosen, again only when the range or the book changes — never every frame.
#include <doctest/doctest.h>

#include <optional>
#include <variant>

#include "app/app.hpp"
#include "core/store/memory_store.hpp"

using namespace mend;
using namespace mend::app;

namespace {
constexpr TimeMs kNow = 1795000000000;  // 2026-11-18

struct Owner {
  store::MemoryStore store;
  SeededRandom random{17};
  App app{store, random};
  TimeMs now = kNow;
  Owner() {
    tick();
    settle();
    tick();
    app.apply({RequestTrySample{}});
    settle();
    app.apply({RequestSignIn{"maya", "1234"}});
    settle();
    REQUIRE(app.state().desk.signed_in);
  }
  void settle() {
    while (store.run_pending() > 0) {
    }
  }
  void tick(TimeMs step = 16) {
    now += step;
    app.tick(now);
  }
  const DashboardState& dash() const { return app.state().dashboard; }
};
}  // namespace

TEST_CASE("dashboard: analysed when shown, again only when the range or the book changes") {
  Owner o;
  o.tick();
  CHECK(o.dash().analyses == 0);  // not shown: nothing analysed
  o.app.apply({RequestShowScreen{Screen::Dashboard}});
  o.tick();
  REQUIRE(o.dash().analysis);
  CHECK(o.dash().analyses == 1);
  const int month = o.dash().analysis->cases;
  for (int i = 0; i < 30; ++i) o.tick();  // frames go by
  CHECK(o.dash().analyses == 1);

  o.app.apply({RequestDashboardRange{DashboardRange::Last90Days, 0, 0}});
  o.tick();
  CHECK(o.dash().analyses == 2);
  CHECK(o.dash().analysis->cases >= month);
  CHECK(o.dash().to - o.dash().from == 90 * kMsPerDay + 1);

  // A case opened elsewhere in the app changes the numbers.
  const int before = o.dash().analysis->cases;
  IntakeData d;
  d.customer_name = "New";
  o.app.apply({RequestOpenCase{d}});
  o.app.apply({RequestShowScreen{Screen::Dashboard}});
  o.tick();
  CHECK(o.dash().analysis->cases == before + 1);

  // A custom range is taken as given; an empty one is ignored.
  o.app.apply({RequestDashboardRange{DashboardRange::Custom, kNow - kMsPerDay, kNow - kMsPerDay}});
  o.tick();
  CHECK(o.dash().range == DashboardRange::Last90Days);
  o.app.apply({RequestDashboardRange{DashboardRange::Custom, 0, kNow + kMsPerDay}});
  o.tick();
  CHECK(o.dash().from == 0);
  CHECK(o.dash().analysis->cases == o.app.state().book.cases.size());
}

TEST_CASE("dashboard: someone whose role does not manage gets no analysis") {
  Owner o;
  o.app.apply({RequestSignOut{}});
  o.app.apply({RequestSignIn{"ana", "1111"}});
  o.settle();
  o.app.apply({RequestShowScreen{Screen::Dashboard}});
  o.tick();
  CHECK(o.dash().analyses == 0);
}

TEST_CASE(
    "dashboard: 'Save as image' asks the platform only on the dashboard, then says what became of "
    "it") {
  Owner o;
  const auto wanted = [&o] {
    for (const AppOutcome& out : o.app.state().outcomes)
      if (std::holds_alternative<DashboardImageWanted>(out)) return true;
    return false;
  };
  o.app.apply({RequestSaveDashboardImage{}});
  CHECK_FALSE(wanted());  // the queue is shown: nothing to picture
  o.app.apply({RequestShowScreen{Screen::Dashboard}});
  o.app.apply({RequestSaveDashboardImage{}});
  CHECK(wanted());
  o.app.apply({RequestDashboardImageDone{"the browser could not make an image that large"}});
  REQUIRE(o.app.state().banner);
  const auto* failed = std::get_if<DashboardImageSaved>(&*o.app.state().banner);
  REQUIRE(failed);
  CHECK_FALSE(failed->why.empty());
  // Someone whose role does not manage gets no picture of it.
  o.app.apply({RequestSignOut{}});
  o.app.apply({RequestSignIn{"kara", "1212"}});
  o.app.apply({RequestShowScreen{Screen::Dashboard}});
  o.app.apply({RequestSaveDashboardImage{}});
  CHECK_FALSE(wanted());
}
