#include "core/compensation/guards.hpp"

namespace mend {

bool over_compensates(Cents case_value, Cents grant_value, int severity, bool repeat_failure,
                      Cents generous) {
  if (severity > kModestSeverity || repeat_failure || generous <= 0) return false;
  return case_value + grant_value > kWarrantedFactor * generous;
}

}  // namespace mend
