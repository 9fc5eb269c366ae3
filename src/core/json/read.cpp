#include "core/json/read.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

namespace mend::json {

std::string path_text(const Path* p, std::string_view last_key) {
  const Path* steps[16];  // a book is at most 6 deep; deeper chains are cut
  std::size_t n = 0;
  for (const Path* q = p; q && n < 16; q = q->up) steps[n++] = q;
  std::string out;
  for (std::size_t i = n; i-- > 0;) {
    if (steps[i]->key.empty()) {
      out += '[' + std::to_string(steps[i]->index) + ']';
    } else {
      if (!out.empty()) out += '.';
      out += steps[i]->key;
    }
  }
  if (!last_key.empty()) {
    if (!out.empty()) out += '.';
    out += last_key;
  }
  return out;
}

std::string quoted(std::string_view s) {
  constexpr std::size_t kShown = 60;
  std::string out = "\"";
  std::size_t end = s.size() <= kShown ? s.size() : kShown;
  // Do not cut a UTF-8 sequence in half.
  while (end < s.size() && end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
  for (std::size_t i = 0; i < end; ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 || c == 0x7F) {
      static constexpr char kHex[] = "0123456789abcdef";
      out += "\\u00";
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else {
      out += static_cast<char>(c);
    }
  }
  if (end < s.size()) out += "…";
  out += '"';
  return out;
}

const char* kind_of(const Value& v) {
  // Indexed by rapidjson::Type: null, false, true, object, array, string, number.
  static constexpr std::array<const char*, 7> kKinds = {
      "null", "a boolean", "a boolean", "an object", "an array", "a string", "a number"};
  static_assert(rapidjson::kNullType == 0 && rapidjson::kTrueType == 2 &&
                rapidjson::kNumberType == 6);
  return kKinds[v.GetType()];
}

std::vector<Error> Sink::take() {
  if (more_ > 0) errors_.push_back(Error{"", "… and " + std::to_string(more_) + " more errors"});
  more_ = 0;
  return std::move(errors_);
}

// Sorting the names keeps hostile objects with a million keys fast.
void ObjectReader::report_unexpected_keys() {
  const Size n = obj_.MemberCount();
  std::vector<std::pair<std::string_view, Size>> names;
  names.reserve(n);
  for (Size i = 0; i < n; ++i) names.emplace_back(string_of(obj_.MemberBegin()[i].name), i);
  std::stable_sort(names.begin(), names.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<bool> bad(n, false);
  std::vector<bool> dup(n, false);
  for (Size i = 0; i < n; ++i) {
    bool known = false;
    for (std::size_t k = 0; k < count_; ++k)
      known = known || std::string_view(known_data_[k], known_size_[k]) == names[i].first;
    if (i > 0 && names[i - 1].first == names[i].first) {
      dup[names[i].second] = true;
    } else if (!known) {
      bad[names[i].second] = true;
    }
  }
  for (Size i = 0; i < n; ++i) {
    if (sink_.full()) {
      if (bad[i] || dup[i]) sink_.add(nullptr, {}, {});
      continue;
    }
    const auto key = string_of(obj_.MemberBegin()[i].name);
    if (dup[i]) sink_.add(path_, {}, "duplicate key " + quoted(key));
    if (bad[i]) sink_.add(path_, {}, "unknown key " + quoted(key));
  }
}

bool ObjectReader::read_whole_slow(std::string_view k, const Value& v, std::int64_t lo,
                                   std::int64_t hi, std::int64_t& out) {
  if (!v.IsNumber()) return wrong_type(k, v, "a whole number"), false;
  // Beyond int64, so certainly beyond hi.
  if (v.IsUint64()) return error(k, "is too large (at most " + std::to_string(hi) + ")"), false;
  const double d = v.GetDouble();
  if (std::trunc(d) != d) return error(k, "must be a whole number"), false;
  if (d < static_cast<double>(lo) || d > static_cast<double>(hi))
    return out_of_range(k, lo, hi, d < static_cast<double>(lo)), false;
  const auto i = static_cast<std::int64_t>(d);
  if (i < lo || i > hi) return out_of_range(k, lo, hi, i < lo), false;
  out = i;
  return true;
}

void ObjectReader::out_of_range(std::string_view k, std::int64_t lo, std::int64_t hi, bool below) {
  if (lo == 0 && below) return error(k, "must not be negative");
  if (below) return error(k, "is too small (at least " + std::to_string(lo) + ")");
  if (lo == 0 && hi == kMaxExactInteger) return error(k, "is too large (at most 2^53 - 1)");
  error(k, "must be between " + std::to_string(lo) + " and " + std::to_string(hi));
}

}  // namespace mend::json
