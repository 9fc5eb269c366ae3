#include <array>

#include "core/sample/sample.hpp"

namespace mend {
namespace {

// Easy to read off the screen and type: one repeated digit per person, the
// owner's the only one with four different digits.
constexpr std::array<SamplePin, 13> kSamplePins{{{"ana", "1111"},
                                                 {"ben", "2222"},
                                                 {"chloe", "3333"},
                                                 {"dev", "4444"},
                                                 {"emma", "5555"},
                                                 {"felix", "6666"},
                                                 {"grace", "7777"},
                                                 {"hugo", "8888"},
                                                 {"ines", "9999"},
                                                 {"jon", "0000"},
                                                 {"kara", "1212"},
                                                 {"liam", "3434"},
                                                 {"maya", "1234"}}};

}  // namespace

std::span<const SamplePin> sample_pins() {
  return kSamplePins;
}

void hash_sample_pins(Book& book) {
  SeededRandom salts(0x5A17);
  for (Staff& s : book.staff)
    for (const SamplePin& p : kSamplePins)
      if (p.staff_id == s.id) {
        auto hash = auth::hash_pin(p.pin, salts, kSamplePinCost);
        if (hash) s.pin_hash = std::move(hash).value();
      }
}

}  // namespace mend
