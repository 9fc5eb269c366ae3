#include "core/coach/closing_loop.hpp"

#include <array>
#include <utility>

#include "core/base/text.hpp"

namespace mend {

std::string closing_loop_draft(std::string_view format, std::string_view customer_name,
                               std::string_view corrective_action, std::string_view business) {
  std::string action = trim(corrective_action);
  while (!action.empty() && (action.back() == '.' || action.back() == ' ')) action.pop_back();
  const std::string name = trim(customer_name);
  const std::string who = trim(business);
  const std::array<std::pair<std::string_view, std::string_view>, 3> slots = {
      {{"{name}", name}, {"{action}", action}, {"{business}", who}}};
  std::string out;
  out.reserve(format.size() + corrective_action.size() + 64);
  std::size_t i = 0;
  while (i < format.size()) {
    bool filled = false;
    if (format[i] == '{') {
      for (const auto& [slot, value] : slots) {
        if (format.substr(i, slot.size()) == slot) {
          out += value;
          i += slot.size();
          filled = true;
          break;
        }
      }
    }
    if (!filled) out += format[i++];
  }
  return out;
}

}  // namespace mend
