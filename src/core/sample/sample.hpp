// A realistic generated book for demos, tests and benchmarks: deterministic
// by seed and start (2026-01-01 unless asked: never the wall clock), and every
// event valid per the workflow (a test replays them through append_event).
#pragma once
#include <cstdint>
#include <span>
#include <string_view>

#include "core/auth/pin.hpp"

#include "core/model/model.hpp"

namespace mend {

// Settings, catalog, roles, staff and custom playbooks of the sample
// business ("Harbour Street Hotel & Bistro"), without cases.
Book make_sample_setup();

inline constexpr TimeMs kSampleStart = 1767225600000;  // 2026-01-01T00:00:00Z

// The setup plus `case_count` cases spread over the year from `start`, with
// repeat customers, kiosk intakes, steps in playbook order, offers, grants
// (some approved, some reversed), follow-ups, outcomes, analyses, reopens;
// the most recent ~5% still open. Linear in case_count.
Book make_sample_book(int case_count, std::uint64_t seed, TimeMs start = kSampleStart);

// The same book moved in time so that its last event was two hours before
// `now` (the app's "Try Mend" sample: its newest case is hours old, not
// months ahead, and the older open ones are overdue). now <= 0: unmoved.
Book make_recent_sample_book(int case_count, std::uint64_t seed, TimeMs now);

// The sample staff's PINs, in clear on purpose: the sign-in screen shows them
// while the sample is in use so anyone can try every role. The book itself
// holds only their Argon2id hashes (at kSamplePinCost: a PIN everyone can
// read gains nothing from a slow hash, and the sample is made often).
struct SamplePin {
  std::string_view staff_id;
  std::string_view pin;
};
std::span<const SamplePin> sample_pins();
inline constexpr auth::PinCost kSamplePinCost{1024, 1};
// Sets every sample staff member's pin_hash (salts from a fixed seed: the
// sample stays deterministic).
void hash_sample_pins(Book& book);

}  // namespace mend
