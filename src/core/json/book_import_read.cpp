// Reading a parsed book: the import visitor over book_json_fields.hpp, and the
// hand-written walk of cases and events. Every value is checked where it is
// read; errors go to the Sink with their JSON path. The walk follows the fixed
// shape of a book (at most 6 deep), never the depth of the input.
#include <algorithm>
#include <cmath>

#include "core/base/ids.hpp"
#include "core/base/time_iso.hpp"
#include "core/json/book_import_detail.hpp"
#include "core/json/book_json_fields.hpp"

namespace mend::bookjson {

using Value = rapidjson::Value;
using Size = rapidjson::SizeType;

std::string_view name_of(const Value& v) {
  return {v.GetString(), v.GetStringLength()};
}

const char* kind_of(const Value& v) {
  switch (v.GetType()) {
    case rapidjson::kNullType:
      return "null";
    case rapidjson::kFalseType:
    case rapidjson::kTrueType:
      return "a boolean";
    case rapidjson::kObjectType:
      return "an object";
    case rapidjson::kArrayType:
      return "an array";
    case rapidjson::kStringType:
      return "a string";
    case rapidjson::kNumberType:
      return "a number";
  }
  return "a value";
}

namespace {

// Keys are short; a plain loop beats a call to memcmp, notably in wasm where
// memcmp is a library function. This runs for every key of every record.
inline bool same_key(const Value& key, std::string_view name) {
  if (key.GetStringLength() != name.size()) return false;
  const char* k = key.GetString();
  for (std::size_t i = 0; i < name.size(); ++i)
    if (k[i] != name[i]) return false;
  return true;
}
// Index of a string value in names, or N; the names are distinct.
template <std::size_t N>
std::size_t index_in(const Value& v, const std::array<std::string_view, N>& names) {
  for (std::size_t i = 0; i < N; ++i)
    if (same_key(v, names[i])) return i;
  return N;
}

template <std::size_t... I>
void emplace_payload(Payload& p, std::size_t k, std::index_sequence<I...>) {
  ((k == I ? (void)p.template emplace<I>() : void()), ...);
}

// The import visitor for one JSON object (see book_json_fields.hpp). Keys are
// looked up expecting the export's order, so a file written by Mend matches
// each key with one comparison; any other order still works, more slowly.
class Fields {
 public:
  Fields(const Value& obj, const Path* path, Sink& sink) : obj_(obj), path_(path), sink_(sink) {}

  const Value* find(std::string_view name) {
    if (count_ < kKnown) {
      known_data_[count_] = name.data();
      known_size_[count_++] = name.size();
    }
    const Size n = obj_.MemberCount();
    const auto members = obj_.MemberBegin();
    if (cursor_ < n && same_key(members[cursor_].name, name)) {
      ++matched_;
      return &members[cursor_++].value;
    }
    for (Size i = 0; i < n; ++i) {
      if (same_key(members[i].name, name)) {
        cursor_ = i + 1;
        ++matched_;
        return &members[i].value;
      }
    }
    return nullptr;
  }
  const Value* required(std::string_view name) {
    const Value* v = find(name);
    if (!v) sink_.add(path_, {}, "missing required field " + quoted(name));
    return v;
  }
  // Every key not asked for is unknown; every key present twice is a duplicate
  // (the DOM keeps both). Sorting keeps hostile objects with a million keys fast.
  void finish() {
    const Size n = obj_.MemberCount();
    if (matched_ == n || skip_finish_) return;
    std::vector<std::pair<std::string_view, Size>> names;
    names.reserve(n);
    for (Size i = 0; i < n; ++i) names.emplace_back(name_of(obj_.MemberBegin()[i].name), i);
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
      const auto key = name_of(obj_.MemberBegin()[i].name);
      if (dup[i]) sink_.add(path_, {}, "duplicate key " + quoted(key));
      if (bad[i]) sink_.add(path_, {}, "unknown key " + quoted(key));
    }
  }
  void skip_unknown_keys() { skip_finish_ = true; }

  void error(std::string_view key, std::string why) { sink_.add(path_, key, std::move(why)); }
  void wrong_type(std::string_view key, const Value& v, const char* expected) {
    error(key, std::string("must be ") + expected + ", not " + kind_of(v));
  }

  // ---- the visitor -----------------------------------------------------------
  void text(std::string_view k, std::string& out) {
    const Value* v = required(k);
    if (!v) return;
    if (!v->IsString()) return wrong_type(k, *v, "a string");
    out.assign(v->GetString(), v->GetStringLength());
  }
  void key_id(std::string_view k, std::string& out) {
    const Value* v = required(k);
    if (!v) return;
    if (!v->IsString()) return wrong_type(k, *v, "a string");
    if (v->GetStringLength() == 0) return error(k, "must not be empty");
    out.assign(v->GetString(), v->GetStringLength());
  }
  void ulid(std::string_view k, std::string& out) { read_ulid(k, out, false); }
  void ulid_or_empty(std::string_view k, std::string& out) { read_ulid(k, out, true); }
  void integer(std::string_view k, int& out, int lo, int hi) {
    std::int64_t v = 0;
    if (const Value* j = required(k); j && whole(k, *j, lo, hi, v)) out = static_cast<int>(v);
  }
  void money(std::string_view k, Cents& out) {
    std::int64_t v = 0;
    if (const Value* j = required(k); j && whole(k, *j, 0, kMaxMoney, v)) out = v;
  }
  void opt_integer(std::string_view k, std::optional<int>& out, int lo, int hi) {
    std::int64_t v = 0;
    if (const Value* j = find(k); j && whole(k, *j, lo, hi, v)) out = static_cast<int>(v);
  }
  void opt_money(std::string_view k, std::optional<Cents>& out) {
    std::int64_t v = 0;
    if (const Value* j = find(k); j && whole(k, *j, 0, kMaxMoney, v)) out = v;
  }
  void time(std::string_view k, TimeMs& out) {
    const Value* v = required(k);
    if (!v) return;
    if (!v->IsString()) return wrong_type(k, *v, "an ISO-8601 time string");
    auto t = parse_iso(name_of(*v));
    if (!t) return error(k, t.error().why);
    out = t.value();
  }
  void flag(std::string_view k, bool& out) {
    const Value* v = required(k);
    if (!v) return;
    if (!v->IsBool()) return wrong_type(k, *v, "true or false");
    out = v->GetBool();
  }
  void strings(std::string_view k, std::vector<std::string>& out) {
    const Value* v = required(k);
    if (!v) return;
    if (!v->IsArray()) return wrong_type(k, *v, "an array of strings");
    out.clear();
    out.reserve(v->Size());
    const Path here{path_, k};
    for (Size i = 0; i < v->Size(); ++i) {
      const Value& s = (*v)[i];
      if (s.IsString()) {
        out.emplace_back(s.GetString(), s.GetStringLength());
      } else {
        const Path at{&here, {}, i};
        sink_.add(&at, {}, std::string("must be a string, not ") + kind_of(s));
      }
    }
  }
  template <class E, std::size_t N>
  void enumeration(std::string_view k, E& out, const std::array<std::string_view, N>& names) {
    const Value* v = required(k);
    if (!v) return;
    if (v->IsString()) {
      if (const std::size_t i = index_in(*v, names); i < N) {
        out = static_cast<E>(i);
        return;
      }
    }
    std::string why = "must be one of";
    for (std::size_t i = 0; i < N; ++i) why += (i ? ", " : " ") + quoted(names[i]);
    error(k, v->IsString() ? why + ", not " + quoted(name_of(*v)) : why);
  }
  template <class T>
  void object(std::string_view k, T& out) {
    if (const Value* v = required(k)) read_object(k, *v, out);
  }
  template <class T>
  void defaulted_object(std::string_view k, T& out) {
    if (const Value* v = find(k)) read_object(k, *v, out);
  }
  template <class T>
  void list(std::string_view k, std::vector<T>& out) {
    const Value* v = required(k);
    if (!v) return;
    if (!v->IsArray()) return wrong_type(k, *v, "an array");
    const Path here{path_, k};
    out.resize(v->Size());
    for (Size i = 0; i < v->Size(); ++i) {
      const Path at{&here, {}, i};
      const Value& item = (*v)[i];
      if (!item.IsObject()) {
        sink_.add(&at, {}, std::string("must be an object, not ") + kind_of(item));
        continue;
      }
      Fields child(item, &at, sink_);
      fields(child, out[i]);
      child.finish();
    }
  }
  void money_map(std::string_view k, std::map<std::string, Cents>& out) {
    const Value* v = required(k);
    if (!v) return;
    if (!v->IsObject()) return wrong_type(k, *v, "an object");
    const Path here{path_, k};
    for (auto m = v->MemberBegin(); m != v->MemberEnd(); ++m) {
      const auto name = name_of(m->name);
      std::int64_t amount = 0;
      Fields inner(*v, &here, sink_);
      if (!inner.whole(name, m->value, 0, kMaxMoney, amount)) continue;
      if (!out.emplace(std::string(name), amount).second)
        sink_.add(&here, {}, "duplicate key " + quoted(name));
    }
  }

  template <class T>
  void read_object(std::string_view k, const Value& v, T& out) {
    if (!v.IsObject()) return wrong_type(k, v, "an object");
    const Path here{path_, k};
    Fields child(v, &here, sink_);
    fields(child, out);
    child.finish();
  }

  // A whole number in [lo, hi]. 5.0 counts as whole, as in JSON Schema.
  bool whole(std::string_view k, const Value& v, std::int64_t lo, std::int64_t hi,
             std::int64_t& out) {
    if (!v.IsNumber()) {
      wrong_type(k, v, "a whole number");
      return false;
    }
    std::int64_t i = 0;
    if (v.IsInt64()) {
      i = v.GetInt64();
    } else if (v.IsUint64()) {
      // Beyond int64, so certainly beyond hi.
      error(k, "is too large (at most " + std::to_string(hi) + ")");
      return false;
    } else {
      const double d = v.GetDouble();
      if (std::trunc(d) != d) {
        error(k, "must be a whole number");
        return false;
      }
      if (d < static_cast<double>(lo) || d > static_cast<double>(hi)) {
        error(k, range_why(lo, hi, d < static_cast<double>(lo)));
        return false;
      }
      i = static_cast<std::int64_t>(d);
    }
    if (i < lo || i > hi) {
      error(k, range_why(lo, hi, i < lo));
      return false;
    }
    out = i;
    return true;
  }

 private:
  static std::string range_why(std::int64_t lo, std::int64_t hi, bool below) {
    if (lo == 0 && below) return "must not be negative";
    if (below) return "is too small (at least " + std::to_string(lo) + ")";
    if (lo == 0 && hi == kMaxMoney) return "is too large (at most 2^53 - 1)";
    return "must be between " + std::to_string(lo) + " and " + std::to_string(hi);
  }
  void read_ulid(std::string_view k, std::string& out, bool empty_ok) {
    const Value* v = required(k);
    if (!v) return;
    if (!v->IsString()) return wrong_type(k, *v, "a string");
    const auto s = name_of(*v);
    if (!(empty_ok && s.empty()) && !is_valid_id(s))
      return error(k, "not a valid id (26 characters of Crockford base32): " + quoted(s));
    out.assign(s);
  }

  const Value& obj_;
  const Path* path_;
  Sink& sink_;
  Size cursor_ = 0;
  Size matched_ = 0;
  // The names asked for (more than any record has), read only below count_:
  // left uninitialised, as this object is made for every record.
  static constexpr std::size_t kKnown = 32;
  const char* known_data_[kKnown];
  std::size_t known_size_[kKnown];
  std::size_t count_ = 0;
  bool skip_finish_ = false;
};

void read_event(const Value& obj, const Path* path, Sink& sink, Event& e) {
  Fields f(obj, path, sink);
  f.ulid("id", e.id);
  f.ulid("case", e.case_id);
  f.time("at", e.at);
  f.text("actor", e.actor);
  const Value* type = f.required("type");
  if (!type) return f.skip_unknown_keys();
  const std::size_t k = type->IsString() ? index_in(*type, kEventTypes) : kEventTypes.size();
  if (k == kEventTypes.size()) {
    // Without a known type the other keys cannot be judged: one error, not ten.
    f.error("type", type->IsString() ? "unknown event type " + quoted(name_of(*type))
                                     : std::string("must be a string, not ") + kind_of(*type));
    return f.skip_unknown_keys();
  }
  emplace_payload(e.payload, k, std::make_index_sequence<std::variant_size_v<Payload>>{});
  std::visit([&f](auto& p) { fields(f, p); }, e.payload);
  f.finish();
}

void read_case(const Value& obj, const Path* path, Sink& sink, Case& c) {
  Fields f(obj, path, sink);
  f.ulid("id", c.id);
  const Value* events = f.required("events");
  if (events && !events->IsArray()) f.wrong_type("events", *events, "an array");
  if (events && events->IsArray()) {
    const Path here{path, "events"};
    c.events.resize(events->Size());
    for (Size i = 0; i < events->Size(); ++i) {
      const Path at{&here, {}, i};
      const Value& e = (*events)[i];
      if (e.IsObject()) {
        read_event(e, &at, sink, c.events[i]);
      } else {
        sink.add(&at, {}, std::string("must be an object, not ") + kind_of(e));
      }
    }
  }
  f.finish();
}

}  // namespace

void read_book(const Value& root, Sink& sink, Book& book) {
  Fields f(root, nullptr, sink);
  f.find("format");  // checked by the caller; listed so it is not "unknown"
  f.find("version");
  f.object("settings", book.settings);
  f.list("catalog", book.catalog);
  f.list("roles", book.roles);
  f.list("staff", book.staff);
  f.list("playbooks", book.playbooks);
  const Value* cases = f.required("cases");
  if (cases && !cases->IsArray()) f.wrong_type("cases", *cases, "an array");
  if (cases && cases->IsArray()) {
    const Path here{nullptr, "cases"};
    book.cases.resize(cases->Size());
    for (Size i = 0; i < cases->Size(); ++i) {
      const Path at{&here, {}, i};
      const Value& c = (*cases)[i];
      if (c.IsObject()) {
        read_case(c, &at, sink, book.cases[i]);
      } else {
        sink.add(&at, {}, std::string("must be an object, not ") + kind_of(c));
      }
    }
  }
  f.finish();
}

// Forwards SAX events to the document, refusing to go deeper than kMaxJsonDepth.
}  // namespace mend::bookjson
