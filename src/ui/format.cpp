#include "ui/format.hpp"

#include <ctime>

namespace mend::ui {

std::string local_time_text(TimeMs at) {
  const std::time_t seconds = static_cast<std::time_t>(at / 1000);
  std::tm local{};
  localtime_r(&seconds, &local);
  char text[32];
  std::strftime(text, sizeof text, "%d %b %H:%M", &local);
  return text;
}

}  // namespace mend::ui
