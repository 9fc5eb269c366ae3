#include <doctest/doctest.h>

#include "core/json/book_json.hpp"
#include "core/sample/sample.hpp"

using namespace mend;

TEST_CASE("sample: every member of staff has a hashed PIN that verifies its listed PIN") {
  const Book b = make_sample_setup();
  REQUIRE(b.staff.size() == sample_pins().size());
  for (const Staff& s : b.staff) {
    INFO(s.id);
    CHECK(s.pin_hash.starts_with("$argon2id$v=19$"));
    bool listed = false;
    for (const SamplePin& p : sample_pins()) {
      if (p.staff_id != s.id) continue;
      listed = true;
      CHECK(s.pin_hash.find(p.pin) == std::string::npos);
      CHECK(auth::verify_pin(p.pin, s.pin_hash));
      CHECK_FALSE(auth::verify_pin("98765", s.pin_hash));
    }
    CHECK(listed);
  }
  // Deterministic: the same salts every time, so sample books are reproducible.
  CHECK(make_sample_setup() == b);
  // And the export carries only hashes.
  const std::string json = export_book(make_sample_book(3, 1));
  CHECK(json.find(R"("pin_hash":"$argon2id$v=19$m=1024,t=1,p=1$)") != std::string::npos);
  CHECK(json.find(R"("pin_hash":"")") == std::string::npos);
}
