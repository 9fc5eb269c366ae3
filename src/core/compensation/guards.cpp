#include "core/compensation/guards.hpp"

namespace mend {

bool over_compensates(Cents case_value, Cents grant_value, int severity, Cents generous) {
  if (severity > kModestSeverity || generous <= 0) return false;
  return case_value + grant_value > kWarrantedFactor * generous;
}

}  // namespace mend
