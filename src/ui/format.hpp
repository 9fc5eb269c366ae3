// Small text helpers shared by views.
#pragma once
#include <string>

#include "core/model.hpp"

namespace mend::ui {

// "22 Nov 15:04" in the device's local time zone.
std::string local_time_text(TimeMs at);

}  // namespace mend::ui
