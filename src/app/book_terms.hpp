// The book's vocabulary (kinds of failure, channels, segments, value tiers).
#pragma once
#include "core/model/model.hpp"
#include "core/model/vocabulary.hpp"

namespace mend::app {

inline const Vocabulary& vocabulary(const Book& book) {
  return book.settings.vocabulary;
}

}  // namespace mend::app
