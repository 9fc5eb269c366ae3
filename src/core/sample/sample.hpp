// A realistic generated book for demos, tests and benchmarks: deterministic
// by seed, anchored to 2026-01-01 (never the wall clock), and every event
// valid per the workflow (a test replays them through append_event).
#pragma once
#include <cstdint>

#include "core/model/model.hpp"

namespace mend {

// Settings, catalog, roles, staff and custom playbooks of the sample
// business ("Harbour Street Hotel & Bistro"), without cases.
Book make_sample_setup();

// The setup plus `case_count` cases spread over 2026, with repeat customers,
// kiosk intakes, steps in playbook order, offers, grants (some approved,
// some reversed), follow-ups, outcomes, analyses, reopens; the most recent
// ~5% still open. Linear in case_count.
Book make_sample_book(int case_count, std::uint64_t seed);

}  // namespace mend
