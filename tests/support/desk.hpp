// An App over a MemoryStore, driven as the frame loop drives it: requests
// applied, the store's callbacks run, the clock moved on. For the app's tests
// that act as a person at the desk would.
#pragma once
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <variant>

#include "app/app.hpp"
#include "core/sample/sample.hpp"
#include "core/store/memory_store.hpp"

namespace mendtest {

inline constexpr mend::TimeMs kNow = 1795000000000;  // 2026-11-18

struct Desk {
  mend::store::MemoryStore store;
  mend::SeededRandom random{11};
  std::optional<mend::app::App> app;
  mend::TimeMs now = kNow;

  explicit Desk(const mend::Book& seed = {}) {
    store.write(mend::store::batch_of(seed), [](const mend::Status& s) { REQUIRE(s.ok()); });
    store.run_pending();
    start();
  }
  void start() {
    app.emplace(store, random);
    app->tick(now);
    settle();
    app->tick(now);
  }
  const mend::app::AppState& state() const { return app->state(); }
  void run(mend::app::Request r) {
    app->apply({std::move(r)});
    settle();
  }
  void settle() {
    while (store.run_pending() > 0) {
    }
  }
  void later(mend::TimeMs ms) {
    now += ms;
    app->tick(now);
  }
  template <class T>
  const T* outcome() const {
    for (const mend::app::AppOutcome& o : state().outcomes)
      if (const auto* t = std::get_if<T>(&o)) return t;
    return nullptr;
  }
  std::string open_case() {
    mend::app::IntakeData d;
    d.customer_name = "Zoë";
    run(mend::app::RequestOpenCase{d});
    return state().selected_case;
  }
};

// Signs a member of the sample business in with their sample PIN.
inline void sign_in(Desk& desk, std::string_view staff_id) {
  for (const mend::SamplePin& p : mend::sample_pins())
    if (p.staff_id == staff_id)
      desk.run(mend::app::RequestSignIn{std::string(staff_id), std::string(p.pin)});
  REQUIRE(desk.state().staff_id == staff_id);
}

}  // namespace mendtest
