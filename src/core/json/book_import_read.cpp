// Reading a parsed book (and the record list of a data file, data_files.hpp):
// the import visitor over book_json_fields.hpp, and the hand-written walk of
// cases and events. Every value is checked where it is read; errors go to the
// Sink with their JSON path. The walk follows the fixed shape of a book (at
// most 6 deep), never the depth of the input.
#include "core/base/ids.hpp"
#include "core/base/time_iso.hpp"
#include "core/json/book_import_detail.hpp"
#include "core/json/book_json_fields.hpp"
#include "core/json/book_json_parts.hpp"

namespace mend::bookjson {

using json::Size;
using json::string_of;
using json::Value;

static_assert(kMaxMoney == json::kMaxExactInteger, "range messages call it 2^53 - 1");

namespace {

// Index of a string value in names, or N; the names are distinct.
template <std::size_t N>
std::size_t index_in(const Value& v, const std::array<std::string_view, N>& names) {
  for (std::size_t i = 0; i < N; ++i)
    if (json::same_key(v, names[i])) return i;
  return N;
}

template <std::size_t... I>
void emplace_payload(Payload& p, std::size_t k, std::index_sequence<I...>) {
  ((k == I ? (void)p.template emplace<I>() : void()), ...);
}

// The import visitor for one JSON object (see book_json_fields.hpp): each
// field is required unless its name says otherwise, read with the shared
// readers, and problems go to the sink with their path.
class Fields : public json::ObjectReader {
 public:
  using ObjectReader::ObjectReader;

  void text(std::string_view k, std::string& out) {
    if (const Value* v = required(k)) read_string(k, *v, out);
  }
  // Absent: `out` keeps its default (a field added after books were exported).
  void defaulted_text(std::string_view k, std::string& out) {
    if (const Value* v = find(k)) read_string(k, *v, out);
  }
  void key_id(std::string_view k, std::string& out) {
    if (const Value* v = required(k)) read_name(k, *v, out);
  }
  void ulid(std::string_view k, std::string& out) { read_ulid(k, out, false); }
  void ulid_or_empty(std::string_view k, std::string& out) { read_ulid(k, out, true); }
  void integer(std::string_view k, int& out, int lo, int hi) {
    std::int64_t v = 0;
    if (const Value* j = required(k); j && read_whole(k, *j, lo, hi, v)) out = static_cast<int>(v);
  }
  void money(std::string_view k, Cents& out) {
    std::int64_t v = 0;
    if (const Value* j = required(k); j && read_whole(k, *j, 0, kMaxMoney, v)) out = v;
  }
  void opt_integer(std::string_view k, std::optional<int>& out, int lo, int hi) {
    std::int64_t v = 0;
    if (const Value* j = find(k); j && read_whole(k, *j, lo, hi, v)) out = static_cast<int>(v);
  }
  // Absent: `out` keeps its default (a field added after books were exported).
  void defaulted_integer(std::string_view k, int& out, int lo, int hi) {
    std::int64_t v = 0;
    if (const Value* j = find(k); j && read_whole(k, *j, lo, hi, v)) out = static_cast<int>(v);
  }
  void opt_money(std::string_view k, std::optional<Cents>& out) {
    std::int64_t v = 0;
    if (const Value* j = find(k); j && read_whole(k, *j, 0, kMaxMoney, v)) out = v;
  }
  void time(std::string_view k, TimeMs& out) {
    const Value* v = required(k);
    if (!v) return;
    if (!v->IsString()) return wrong_type(k, *v, "an ISO-8601 time string");
    auto t = parse_iso(string_of(*v));
    if (!t) return error(k, t.error().why);
    out = t.value();
  }
  void flag(std::string_view k, bool& out) {
    if (const Value* v = required(k)) read_flag(k, *v, out);
  }
  // Absent: `out` takes `absent` (a field added after books were exported).
  void defaulted_flag(std::string_view k, bool& out, bool absent) {
    if (const Value* v = find(k))
      read_flag(k, *v, out);
    else
      out = absent;
  }
  void strings(std::string_view k, std::vector<std::string>& out) {
    if (const Value* v = required(k)) read_strings(k, *v, out);
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
    error(k, v->IsString() ? why + ", not " + quoted(string_of(*v)) : why);
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
    objects(k, out, [this](const Value& item, const Path* at, T& t) {
      Fields child(item, at, sink());
      fields(child, t);
      child.finish();
    });
  }
  // An array of objects, one record each: out gets one record per item, and
  // read(item, path, record) fills it; items that are not objects are errors.
  template <class T, class Read>
  void objects(std::string_view k, std::vector<T>& out, Read read) {
    const Value* v = array(k);
    if (!v) return;
    out.resize(v->Size());
    items(k, *v, [&out, &read](const Value& item, const Path* at, std::size_t i) {
      read(item, at, out[i]);
    });
  }
  // The same for records not kept in a list: read(item, path, index) for each
  // item that is an object.
  template <class Read>
  void each_object(std::string_view k, Read read) {
    if (const Value* v = array(k)) items(k, *v, read);
  }
  void money_map(std::string_view k, std::map<std::string, Cents>& out) {
    const Value* v = required(k);
    if (!v) return;
    if (!v->IsObject()) return wrong_type(k, *v, "an object");
    const Path here{path(), k};
    Fields inner(*v, &here, sink());
    for (auto m = v->MemberBegin(); m != v->MemberEnd(); ++m) {
      const auto name = string_of(m->name);
      std::int64_t amount = 0;
      if (!inner.read_whole(name, m->value, 0, kMaxMoney, amount)) continue;
      if (!out.emplace(std::string(name), amount).second)
        sink().add(&here, {}, "duplicate key " + quoted(name));
    }
  }

 private:
  template <class T>
  void read_object(std::string_view k, const Value& v, T& out) {
    if (!v.IsObject()) return wrong_type(k, v, "an object");
    const Path here{path(), k};
    Fields child(v, &here, sink());
    fields(child, out);
    child.finish();
  }
  const Value* array(std::string_view k) {
    const Value* v = required(k);
    if (v && !v->IsArray()) return wrong_type(k, *v, "an array"), nullptr;
    return v;
  }
  template <class Read>
  void items(std::string_view k, const Value& list, Read read) {
    const Path here{path(), k};
    for (Size i = 0; i < list.Size(); ++i) {
      const Path at{&here, {}, i};
      const Value& item = list[i];
      if (item.IsObject()) {
        read(item, &at, std::size_t{i});
      } else {
        sink().add(&at, {}, std::string("must be an object, not ") + kind_of(item));
      }
    }
  }
  void read_ulid(std::string_view k, std::string& out, bool empty_ok) {
    const Value* v = required(k);
    if (!v) return;
    if (!v->IsString()) return wrong_type(k, *v, "a string");
    const auto s = string_of(*v);
    if (!(empty_ok && s.empty()) && !is_valid_id(s))
      return error(k, "not a valid id (26 characters of Crockford base32): " + quoted(s));
    out.assign(s);
  }
};

}  // namespace

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
    f.error("type", type->IsString() ? "unknown event type " + quoted(string_of(*type))
                                     : std::string("must be a string, not ") + kind_of(*type));
    return f.skip_unknown_keys();
  }
  emplace_payload(e.payload, k, std::make_index_sequence<std::variant_size_v<Payload>>{});
  std::visit([&f](auto& p) { fields(f, p); }, e.payload);
  f.finish();
}

namespace {

void read_case(const Value& obj, const Path* path, Sink& sink, Case& c) {
  Fields f(obj, path, sink);
  f.ulid("id", c.id);
  f.objects("events", c.events, [&sink](const Value& item, const Path* at, Event& e) {
    read_event(item, at, sink, e);
  });
  f.finish();
}

template <class T>
void read_records(const Value& root, std::string_view list_key, Sink& sink, std::vector<T>& out) {
  Fields f(root, nullptr, sink);
  f.find("format");  // checked by the caller; listed so they are not "unknown"
  f.find("version");
  for (const std::string_view k : {"language", "note"})
    if (const Value* v = f.find(k); v && !v->IsString()) f.wrong_type(k, *v, "a string");
  f.list(list_key, out);
  f.finish();
}

}  // namespace

void read_book(const Value& root, Sink& sink, Book& book, CaseChecks& cases) {
  Fields f(root, nullptr, sink);
  f.find("format");  // checked by the caller; listed so it is not "unknown"
  f.find("version");
  f.object("settings", book.settings);
  f.list("catalog", book.catalog);
  f.list("roles", book.roles);
  f.list("staff", book.staff);
  f.list("playbooks", book.playbooks);
  // One case at a time: each is checked and packed as it is read, so the
  // import never holds every case decoded.
  f.each_object("cases", [&](const Value& item, const Path* at, std::size_t i) {
    Case c;
    read_case(item, at, sink, c);
    if (sink.empty()) cases.add(book, i, c);  // after any error the checks never run
  });
  f.finish();
}

void read_case_at(const Value& item, std::size_t index, Sink& sink, Book& book, CaseChecks& cases) {
  // The path each_object("cases") gives its items.
  const Path list{nullptr, "cases"};
  const Path at{&list, {}, index};
  Case c;
  read_case(item, &at, sink, c);
  if (sink.empty()) cases.add(book, index, c);
}

namespace {
template <class T>
void read_one(const Value& obj, const Path* path, Sink& sink, T& out) {
  Fields f(obj, path, sink);
  fields(f, out);
  f.finish();
}
}  // namespace

void read_record(const Value& obj, const Path* path, Sink& sink, Settings& s) {
  read_one(obj, path, sink, s);
}
void read_record(const Value& obj, const Path* path, Sink& sink, CatalogItem& c) {
  read_one(obj, path, sink, c);
}
void read_record(const Value& obj, const Path* path, Sink& sink, Role& r) {
  read_one(obj, path, sink, r);
}
void read_record(const Value& obj, const Path* path, Sink& sink, Staff& s) {
  read_one(obj, path, sink, s);
}
void read_record(const Value& obj, const Path* path, Sink& sink, Playbook& p) {
  read_one(obj, path, sink, p);
}

void read_data_file(const Value& root, std::string_view list_key, Sink& sink,
                    std::vector<Playbook>& out) {
  read_records(root, list_key, sink, out);
}
void read_data_file(const Value& root, std::string_view list_key, Sink& sink,
                    std::vector<TradeVocabulary>& out) {
  read_records(root, list_key, sink, out);
}

}  // namespace mend::bookjson
