// libFuzzer's entry for one target, chosen at build time (MEND_FUZZ_TARGET).
#include <cstdlib>

#include "fuzz/targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const mend::fuzz::Target* target = mend::fuzz::find_target(MEND_FUZZ_TARGET);
  if (!target) std::abort();
  target->run(data, size);
  return 0;
}
