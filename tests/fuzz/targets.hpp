// The fuzz targets: each takes any bytes and must answer with an error value,
// never a crash, a hang or undefined behaviour. libFuzzer drives them under
// `make fuzz` (tests/fuzz/entry.cpp, one binary per target); `make test`
// replays every seed and every regression input through the same functions
// (tests/unit/test_fuzz_replay.cpp), natively, under ASan and as wasm.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace mend::fuzz {

struct Target {
  std::string_view name;  // also the folder of its seeds and regressions
  void (*run)(const std::uint8_t* data, std::size_t size);
};

// importer, merge, coach_text, coach_rules, iso_time, csv_export, store_load.
const std::vector<Target>& targets();
const Target* find_target(std::string_view name);

}  // namespace mend::fuzz
