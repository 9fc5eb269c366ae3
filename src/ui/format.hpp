// Small text helpers shared by views.
#pragma once
#include <string>

#include "core/model.hpp"

namespace mend::ui {

// The Opened payload of a case (its first event), or nullptr for a malformed case.
const Opened* opened_of(const Case& c);
// "22 Nov 15:04" in the device's local time zone.
std::string local_time_text(TimeMs at);

}  // namespace mend::ui
