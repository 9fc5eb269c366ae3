// What the app's outcomes and its saving state say to a person: every such
// sentence is here, in one place to translate. The shell draws them; the
// test bridge reports the same text.
#pragma once
#include <optional>
#include <string>
#include <vector>
#include "ui/i18n.hpp"

#include "app/app_state.hpp"

namespace mend::ui {

struct BannerText {
  bool error = false;
  std::string text;
  // Saving is failing: the banner offers "Export now" so nothing is lost.
  bool offer_export = false;
};
inline constexpr Msg kExportNowLabel = "Export now";
// The banner for an outcome (nullopt: it needs none).
std::optional<BannerText> banner_text(const app::AppOutcome& outcome);

// The menu bar's storage status: "Saving 1 change…", "All changes saved",
// "Not saved: … — retrying", or for a store that keeps nothing after the tab
// closes, "In this tab only — not saved to the device".
std::string storage_text(const app::StorageStatus& storage);

// ---- the Data screen and the import dialog --------------------------------------
// "532 bytes", "12.3 MB", "2.1 GB" (decimal units, as browsers and disks count).
std::string bytes_text(double bytes);
// "12.3 MB of 2.1 GB".
std::string storage_use_text(const app::DeviceStorage& device);
// Whether the browser keeps the data for good, in a sentence.
std::string persistence_text(const app::DeviceStorage& device);
// "Never", or when the last whole-book export was made, in local time.
std::string last_export_text(const app::AppState& state);
// What a reviewed import would add and what is already here, one line each.
std::vector<std::string> import_summary(const app::ImportReview& review);
std::string import_errors_title(const app::ImportReview& review);
std::string import_conflicts_title(std::size_t conflicts);

}  // namespace mend::ui
