// Two guards from service-recovery research, for the desk to show while
// granting. Over-compensation adds no trust beyond a fair make-good and can
// backfire (customers wonder what they are being paid to forget); a second
// failure of the same customer ("double deviation") hurts more than the
// first and needs someone with more authority.
#pragma once
#include "core/base/money.hpp"

namespace mend {

// A modest failure (severity at most kModestSeverity) warrants at most
// kWarrantedFactor times the catalog's generous value (generous_value(): the
// median value of the active catalog) in total. A grant that would take the
// case's live value to the customer above that is "far above what the
// failure warrants": the desk says so gently but does not refuse it. Severe
// failures (3 and up) and repeat failures (double deviation) get no such
// ceiling: generosity is what they deserve (the recommender favours it too).
inline constexpr int kModestSeverity = 2;
inline constexpr Cents kWarrantedFactor = 2;

// Whether granting `grant_value` on top of `case_value` (live grants so far)
// over-compensates a failure of `severity` (a first one unless
// `repeat_failure`), given the catalog's `generous`
// value. A catalog with no generous value (nothing active) never warns.
bool over_compensates(Cents case_value, Cents grant_value, int severity, bool repeat_failure,
                      Cents generous);

}  // namespace mend
