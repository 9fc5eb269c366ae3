// What the app's outcomes and its saving state say to a person: every such
// sentence is here, in one place to translate. The shell draws them; the
// test bridge reports the same text.
#pragma once
#include <optional>
#include <string>

#include "app/app_state.hpp"

namespace mend::ui {

struct BannerText {
  bool error = false;
  std::string text;
};
// The banner for an outcome (nullopt: it needs none).
std::optional<BannerText> banner_text(const app::AppOutcome& outcome);

// The menu bar's storage status: "Saving 1 change…", "All changes saved",
// "Not saved: … — retrying", or for a store that keeps nothing after the tab
// closes, "In this tab only — not saved to the device".
std::string storage_text(const app::StorageStatus& storage);

}  // namespace mend::ui
