// The book's vocabulary (kinds of failure, channels, segments, value tiers).
#pragma once
#include "core/model/model.hpp"
#include "core/model/vocabulary.hpp"

namespace mend::app {

// TODO(lead, at merge): return book.settings.vocabulary once Settings carries
// it (core helper); until then every book speaks the default vocabulary.
inline const Vocabulary& vocabulary(const Book&) {
  static const Vocabulary defaults = default_vocabulary();
  return defaults;
}

}  // namespace mend::app
