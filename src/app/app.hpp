// Applies the views' commands to the state through the core's rules.
#pragma once
#include "app/app_state.hpp"
#include "core/base/ids.hpp"

namespace mend::app {

class App {
 public:
  explicit App(RandomSource& random) : random_(random) {}
  AppState& state() { return state_; }
  const AppState& state() const { return state_; }
  // Runs queued commands in order; returns true when anything changed.
  bool apply(std::vector<Command> commands);

 private:
  void apply_one(const ShowScreen&);
  void apply_one(const OpenCase&);
  void apply_one(const SubmitIntake&);
  void apply_one(const DismissMessages&);

  AppState state_;
  RandomSource& random_;
};

}  // namespace mend::app
