// Closing the loop: once a case's corrective action is recorded, the
// customer is told what changed because of them (telling customers what was
// fixed strengthens the recovery). The draft is filled from a template the
// UI supplies in its language, so word order is the template's, not ours.
#pragma once
#include <string>
#include <string_view>

namespace mend {

// `format` names its slots {name}, {action} and {business}, each any number
// of times; other text is kept as it is. The action is trimmed and loses a
// final full stop (the template ends the sentence); an empty name or business
// leaves the slot empty.
std::string closing_loop_draft(std::string_view format, std::string_view customer_name,
                               std::string_view corrective_action, std::string_view business);

}  // namespace mend
