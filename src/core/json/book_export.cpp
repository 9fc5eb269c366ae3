// Book → JSON. One pass with json::Writer into a pre-sized buffer: no DOM,
// no per-value allocation, so a 100,000-case book exports in one sweep.
#include <algorithm>

#include "core/base/time_iso.hpp"
#include "core/json/book_json.hpp"
#include "core/json/book_json_fields.hpp"
#include "core/json/book_json_parts.hpp"
#include "core/json/writer.hpp"

namespace mend {

namespace {

using bookjson::fields;

// The export visitor for book_json_fields.hpp. It takes non-const references
// only because the field lists are shared with import; it never writes to them.
class Exporter {
 public:
  explicit Exporter(json::Writer& w) : w_(w) {}

  void key(std::string_view k) { w_.key(k); }
  void str(std::string_view s) { w_.string(s); }

  void text(std::string_view k, std::string_view s) { w_.field(k, s); }
  void key_id(std::string_view k, const std::string& s) { text(k, s); }
  void ulid(std::string_view k, const std::string& s) { text(k, s); }
  void ulid_or_empty(std::string_view k, const std::string& s) { text(k, s); }
  void integer(std::string_view k, int i, int, int) { w_.field(k, i); }
  void money(std::string_view k, Cents c) { w_.field(k, c); }
  void time(std::string_view k, TimeMs t) {
    key(k);
    char buf[kIsoMaxChars];
    str(std::string_view(buf, format_iso_to(t, buf)));
  }
  void flag(std::string_view k, bool b) { w_.field(k, b); }
  void defaulted_flag(std::string_view k, bool b, bool) { flag(k, b); }
  void defaulted_text(std::string_view k, std::string_view s) { text(k, s); }
  void strings(std::string_view k, const std::vector<std::string>& list) {
    key(k);
    w_.begin_array();
    for (const auto& s : list) str(s);
    w_.end_array();
  }
  // Absent optionals are left out rather than written as null: fewer shapes to validate.
  void defaulted_integer(std::string_view k, int i, int, int) { integer(k, i, 0, 0); }
  void opt_integer(std::string_view k, const std::optional<int>& o, int, int) {
    if (o) integer(k, *o, 0, 0);
  }
  void opt_money(std::string_view k, const std::optional<Cents>& o) {
    if (o) money(k, *o);
  }
  template <class E, std::size_t N>
  void enumeration(std::string_view k, E e, const std::array<std::string_view, N>& names) {
    const auto i = static_cast<std::size_t>(e);
    key(k);
    str(names[i < N ? i : 0]);
  }
  template <class T>
  void object(std::string_view k, T& t) {
    w_.object(k, [&] { fields(*this, t); });
  }
  template <class T>
  void defaulted_object(std::string_view k, T& t) {
    object(k, t);
  }
  template <class T>
  void list(std::string_view k, std::vector<T>& items) {
    w_.objects(k, items, [this](T& item) { fields(*this, item); });
  }
  void money_map(std::string_view k, const std::map<std::string, Cents>& m) {
    w_.object(k, [&] {
      for (const auto& [name, amount] : m) w_.field(name, amount);  // std::map: in key order
    });
  }

  void event(const Event& e) {
    w_.begin_object();
    text("id", e.id);
    text("case", e.case_id);
    time("at", e.at);
    text("actor", e.actor);
    key("type");
    str(bookjson::kEventTypes[e.payload.index()]);
    std::visit([this](const auto& p) { fields(*this, const_cast<std::decay_t<decltype(p)>&>(p)); },
               e.payload);
    w_.end_object();
  }

  void one_case(const Case& c) {
    w_.begin_object();
    text("id", c.id);
    key("events");
    w_.begin_array();
    auto by_id = [](const Event& a, const Event& b) { return a.id < b.id; };
    if (std::is_sorted(c.events.begin(), c.events.end(), by_id)) {
      for (const auto& e : c.events) event(e);
    } else {  // the model keeps them sorted; export must not depend on it
      std::vector<const Event*> order;
      order.reserve(c.events.size());
      for (const auto& e : c.events) order.push_back(&e);
      std::stable_sort(order.begin(), order.end(),
                       [](const Event* a, const Event* b) { return a->id < b->id; });
      for (const Event* e : order) event(*e);
    }
    w_.end_array();
    w_.end_object();
  }

 private:
  json::Writer& w_;
};

template <class Keep>
std::string export_cases(const Book& book, Keep keep) {
  const std::size_t events = book.cases.event_total();
  // Generous guess of the final size: growing a 60 MB buffer by doubling
  // would copy it several times.
  json::Writer w(4096 + book.cases.size() * 96 + events * 320 +
                 (book.catalog.size() + book.playbooks.size() * 8) * 256);
  Exporter x(w);
  Book& b = const_cast<Book&>(book);  // read only; see Exporter

  w.begin_object();
  x.text("format", "mend-book");
  x.integer("version", kBookFormatVersion, 0, 0);
  x.object("settings", b.settings);
  x.list("catalog", b.catalog);
  x.list("roles", b.roles);
  x.list("staff", b.staff);
  x.list("playbooks", b.playbooks);
  x.key("cases");
  w.begin_array();
  // The table is in id order; each case is decoded, written and let go.
  for (const Case& c : book.cases)
    if (keep(c)) x.one_case(c);
  w.end_array();
  w.end_object();
  return w.str();
}

}  // namespace

namespace bookjson {

void write_event(json::Writer& w, const Event& e) {
  Exporter(w).event(e);
}

namespace {
template <class T>
void write_one(json::Writer& w, const T& t) {
  Exporter x(w);
  w.begin_object();
  fields(x, const_cast<T&>(t));  // read only; see Exporter
  w.end_object();
}
}  // namespace

void write_record(json::Writer& w, const Settings& s) {
  write_one(w, s);
}
void write_record(json::Writer& w, const CatalogItem& c) {
  write_one(w, c);
}
void write_record(json::Writer& w, const Role& r) {
  write_one(w, r);
}
void write_record(json::Writer& w, const Staff& s) {
  write_one(w, s);
}
void write_record(json::Writer& w, const Playbook& p) {
  write_one(w, p);
}

}  // namespace bookjson

std::string export_book(const Book& book) {
  return export_cases(book, [](const Case&) { return true; });
}

std::string export_book_range(const Book& book, TimeMs from, TimeMs to) {
  // A case is dated by its first event (the opened one).
  return export_cases(book, [from, to](const Case& c) {
    if (c.events.empty()) return false;
    TimeMs opened = c.events.front().at;
    for (const auto& e : c.events)
      if (std::holds_alternative<Opened>(e.payload)) {
        opened = e.at;
        break;
      }
    return opened >= from && opened < to;
  });
}

}  // namespace mend
