// The choices the intake form offers. Stored values are the ids; labels are
// what staff read.
#pragma once
#include <array>
#include <string_view>

namespace mend::app {

struct Choice {
  std::string_view id;
  std::string_view label;
};

inline constexpr std::array kFailureCategories{
    Choice{"broken-promise", "Broken promise"}, Choice{"defective-product", "Product doesn't work"},
    Choice{"billing", "Billing mistake"},       Choice{"redo-repair", "Repair must be redone"},
    Choice{"long-delay", "Long delay"},         Choice{"rude-moment", "Rude or careless moment"},
    Choice{"other", "Something else"}};
inline constexpr std::array kChannels{
    Choice{"counter", "At the counter"}, Choice{"phone", "Phone"},
    Choice{"email", "E-mail"},           Choice{"chat", "Chat"},
    Choice{"social", "Social media"},    Choice{"kiosk", "Kiosk"}};
inline constexpr std::array kSegments{Choice{"new", "New customer"}, Choice{"regular", "Regular"},
                                      Choice{"business", "Business account"}, Choice{"vip", "VIP"}};
inline constexpr std::array kValueTiers{Choice{"low", "Low"}, Choice{"medium", "Medium"},
                                        Choice{"high", "High"}, Choice{"top", "Top"}};

template <std::size_t N>
std::string_view label_of(const std::array<Choice, N>& choices, std::string_view id) {
  for (const Choice& c : choices)
    if (c.id == id) return c.label;
  return id;
}

}  // namespace mend::app
