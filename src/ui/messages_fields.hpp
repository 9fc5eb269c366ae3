// Words the text fields themselves show (ui/text_fields.cpp), in one place
// to translate: whole sentences with printf slots.
#pragma once
#include "ui/i18n.hpp"

namespace mend::ui::field_text {

// Under a field whose text was cut to its bound; %zu the bound in characters.
inline constexpr Msg kCut =
    "Only the first %zu characters were kept: the rest of what was pasted or typed was "
    "left out.";

}  // namespace mend::ui::field_text
