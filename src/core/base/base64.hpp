// Base64 as RFC 4648 §4 defines it: the standard alphabet (A-Z a-z 0-9 + /),
// '=' padding to a multiple of four characters, no line breaks. This is what
// the browser's btoa() writes, and binary values (salts, ciphertexts) travel
// in JSON this way.
#pragma once
#include <string>
#include <string_view>

#include "core/base/result.hpp"

namespace mend {

// Bytes in, text out; always padded.
std::string base64_encode(std::string_view bytes);

// Strict: refuses a length that is not a multiple of four, characters outside
// the alphabet (spaces and line breaks too), '=' anywhere but the last one or
// two places, and padding bits that are not zero, so each byte string has
// exactly one accepted spelling. The Error has no `where`: the caller knows
// which field it was.
Result<std::string> base64_decode(std::string_view text);

}  // namespace mend
