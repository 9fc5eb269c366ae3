// The browser's cryptographic random source (crypto.getRandomValues through
// Emscripten's getentropy) for event ids and case references.
#pragma once
#include <sys/random.h>

#include <algorithm>

#include "core/base/ids.hpp"

namespace mend::web {

class CryptoRandom : public RandomSource {
 public:
  void fill(unsigned char* out, std::size_t n) override {
    while (n > 0) {
      const std::size_t chunk = std::min<std::size_t>(n, 256);  // getentropy's limit
      if (getentropy(out, chunk) != 0) __builtin_trap();        // no entropy: ids would collide
      out += chunk;
      n -= chunk;
    }
  }
};

}  // namespace mend::web
