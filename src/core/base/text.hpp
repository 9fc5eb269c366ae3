// Small text helpers the domain needs, independent of any record type.
#pragma once
#include <string>
#include <string_view>

namespace mend {

// Contact as a matching key: e-mail lower-cased and trimmed; a phone keeps its
// digits and a leading '+'. "  +44 (0)20-7946 0018 " -> "+4402079460018".
std::string normalise_contact(std::string_view contact);

}  // namespace mend
