// Every seed and every input `make fuzz` ever found a crash with goes
// through its fuzz target again: what once broke stays fixed.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "fuzz/targets.hpp"

namespace fs = std::filesystem;

namespace {

// Runs each file of the folder through the target; how many ran.
std::size_t replay(const mend::fuzz::Target& target, const fs::path& folder) {
  std::size_t ran = 0;
  std::error_code missing;
  for (const fs::directory_entry& entry : fs::directory_iterator(folder, missing)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    INFO("input ", entry.path().string());
    target.run(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    ++ran;
  }
  return ran;
}

}  // namespace

TEST_CASE("fuzz: every seed and regression input of every target runs clean") {
  const fs::path root = fs::path(MEND_SOURCE_DIR) / "tests" / "fuzz";
  for (const mend::fuzz::Target& target : mend::fuzz::targets()) {
    INFO("target ", std::string(target.name));
    const std::size_t seeds = replay(target, root / "corpus" / std::string(target.name));
    replay(target, root / "regressions" / std::string(target.name));
    CHECK(seeds > 0);  // every target starts from something real
  }
}
