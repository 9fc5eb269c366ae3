// Checks that need more than one record: unique ids, events in the right case,
// the opened event first, references between events, playbooks and roles that
// exist. Runs after every record was read cleanly, so it never reports
// knock-on errors of a field that could not be read.
#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <numeric>
#include <set>
#include <utility>

#include "core/json/book_import_detail.hpp"
#include "core/json/book_json_fields.hpp"
#include "core/playbook/playbooks.hpp"
#include "core/privacy/anonymise.hpp"

namespace mend::bookjson {

namespace {

// The order and equality of std::string (bytes compared as unsigned char), 8
// bytes at a time: ids share long prefixes (their time), and in wasm memcmp is
// a byte loop. Cases and events are ordered and looked up by id many times.
static_assert(std::endian::native == std::endian::little, "words are compared byte-reversed");
inline std::uint64_t word_at(const char* p) {
  std::uint64_t w = 0;
  std::memcpy(&w, p, 8);
  return w;
}
inline bool id_less(std::string_view a, std::string_view b) {
  const std::size_t n = std::min(a.size(), b.size());
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    const std::uint64_t x = word_at(a.data() + i), y = word_at(b.data() + i);
    if (x != y) return __builtin_bswap64(x) < __builtin_bswap64(y);
  }
  for (; i < n; ++i)
    if (a[i] != b[i]) return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[i]);
  return a.size() < b.size();
}
inline bool id_equal(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  std::size_t i = 0;
  for (; i + 8 <= a.size(); i += 8)
    if (word_at(a.data() + i) != word_at(b.data() + i)) return false;
  for (; i < a.size(); ++i)
    if (a[i] != b[i]) return false;
  return true;
}

std::string at(std::string_view list, std::size_t i) {
  return std::string(list) + '[' + std::to_string(i) + ']';
}
std::string event_at(std::size_t c, std::size_t e) {
  return at("cases", c) + ".events[" + std::to_string(e) + ']';
}

// Indices of items ordered by key (stable), for duplicate detection and lookup;
// in_order tells whether the items were in that order already.
template <class T, class Key>
std::vector<std::size_t> order_by(const std::vector<T>& items, Key key, bool* in_order = nullptr) {
  std::vector<std::size_t> order(items.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  auto less = [&](std::size_t a, std::size_t b) { return id_less(key(items[a]), key(items[b])); };
  // Files written by Mend are sorted already; stable_sort would still allocate.
  const bool sorted = std::is_sorted(order.begin(), order.end(), less);
  if (!sorted) std::stable_sort(order.begin(), order.end(), less);
  if (in_order) *in_order = sorted;
  return order;
}

template <class T, class Key>
void unique_ids(const std::vector<T>& items, std::string_view list, Key key, Sink& sink) {
  const auto order = order_by(items, key);
  for (std::size_t i = 1; i < order.size(); ++i)
    if (id_equal(key(items[order[i]]), key(items[order[i - 1]])))
      sink.add_at(at(list, order[i]) + ".id", "duplicate id (also " + at(list, order[i - 1]) + ")");
}

std::string_view type_name(const Event& e) {
  return kEventTypes[e.payload.index()];
}

}  // namespace

void CaseChecks::found(std::string where, std::string why, std::string named_case,
                       std::string listed_by) {
  if (found_.size() >= kMaxImportErrors) {
    ++more_;
    return;
  }
  found_.push_back(
      Found{Error{std::move(where), std::move(why)}, std::move(named_case), std::move(listed_by)});
}

void CaseChecks::add(const Book& book, std::size_t ci, const Case& c) {
  if (!started_) {  // the book's playbooks are read before its cases
    started_ = true;
    for (const Playbook& p : builtin_playbooks()) playbooks_.emplace(p.id, p.version);
    for (const Playbook& p : book.playbooks) playbooks_.emplace(p.id, p.version);
  }
  ids_.push_back(c.id);
  cases_.add_case(c);  // in any order: the table sorts the events
  if (c.events.empty()) {
    found(at("cases", ci) + ".events", "a case needs at least its \"opened\" event");
    return;
  }
  const auto ids = order_by(c.events, [](const Event& e) -> const std::string& { return e.id; });
  for (std::size_t i = 1; i < ids.size(); ++i)
    if (id_equal(c.events[ids[i]].id, c.events[ids[i - 1]].id))
      found(event_at(ci, ids[i]) + ".id",
            "duplicate event id (also " + event_at(ci, ids[i - 1]) + ")");
  auto find = [&](const std::string& id) -> const Event* {
    auto it = std::lower_bound(
        ids.begin(), ids.end(), id,
        [&](std::size_t i, const std::string& v) { return id_less(c.events[i].id, v); });
    return it != ids.end() && id_equal(c.events[*it].id, id) ? &c.events[*it] : nullptr;
  };

  if (!std::holds_alternative<Opened>(c.events[ids[0]].payload))
    found(event_at(ci, ids[0]) + ".type",
          "the first event of a case (by id) must be \"opened\", not \"" +
              std::string(type_name(c.events[ids[0]])) + "\"");
  for (std::size_t ei = 0; ei < c.events.size(); ++ei) {
    const Event& e = c.events[ei];
    if (!id_equal(e.case_id, c.id)) {
      found(event_at(ci, ei) + ".case", {}, e.case_id, c.id);  // worded in check_and_sort
    }
    if (const auto* o = std::get_if<Opened>(&e.payload)) {
      if (ei != ids[0])
        found(event_at(ci, ei) + ".type",
              "a case has one \"opened\" event; this is another (use \"reopened\")");
      if (!o->playbook_id.empty() && !playbooks_.contains(std::pair<std::string_view, int>{
                                         o->playbook_id, o->playbook_version}))
        found(event_at(ci, ei) + ".playbook_id", "unknown playbook " + quoted(o->playbook_id) +
                                                     " version " +
                                                     std::to_string(o->playbook_version));
    } else if (const auto* g = std::get_if<Granted>(&e.payload)) {
      const Event* a = g->approval_id.empty() ? nullptr : find(g->approval_id);
      if (!g->approval_id.empty() && (!a || !std::holds_alternative<Approval>(a->payload)))
        found(event_at(ci, ei) + ".approval_id",
              "refers to " + g->approval_id + ", which is not an approval event of this case");
    } else if (const auto* an = std::get_if<Anonymised>(&e.payload)) {
      if (Status st = check_anonymisation(*an); !st.ok())
        found(event_at(ci, ei) + "." + st.error().where, st.error().why);
    } else if (const auto* r = std::get_if<GrantReversed>(&e.payload)) {
      const Event* gr = find(r->grant_id);
      if (!gr || !std::holds_alternative<Granted>(gr->payload))
        found(event_at(ci, ei) + ".grant_id",
              "refers to " + r->grant_id + ", which is not a granted event of this case");
    }
  }
}

void check_and_sort(Book& book, CaseChecks& cases, Sink& sink) {
  auto by_id = [](const auto& x) -> const std::string& { return x.id; };
  const Vocabulary& words = book.settings.vocabulary;
  unique_ids(words.failure_kinds, "settings.vocabulary.failure_kinds", by_id, sink);
  unique_ids(words.channels, "settings.vocabulary.channels", by_id, sink);
  unique_ids(words.segments, "settings.vocabulary.segments", by_id, sink);
  unique_ids(words.value_tiers, "settings.vocabulary.value_tiers", by_id, sink);
  unique_ids(book.catalog, "catalog", by_id, sink);
  unique_ids(book.roles, "roles", by_id, sink);
  unique_ids(book.staff, "staff", by_id, sink);
  for (std::size_t i = 0; i < book.staff.size(); ++i) {
    const auto& role = book.staff[i].role_id;
    if (std::none_of(book.roles.begin(), book.roles.end(),
                     [&](const Role& r) { return r.id == role; }))
      sink.add_at(at("staff", i) + ".role_id", "unknown role " + quoted(role));
  }

  std::set<std::pair<std::string_view, int>> playbooks;
  for (const Playbook& p : builtin_playbooks()) playbooks.emplace(p.id, p.version);
  for (std::size_t i = 0; i < book.playbooks.size(); ++i) {
    const Playbook& p = book.playbooks[i];
    if (!playbooks.emplace(p.id, p.version).second)
      sink.add_at(at("playbooks", i) + ".version", "playbook " + quoted(p.id) + " version " +
                                                       std::to_string(p.version) +
                                                       " is defined twice (or is a built-in)");
    unique_ids(p.steps, at("playbooks", i) + ".steps", by_id, sink);
  }

  const std::vector<std::string>& ids = cases.ids_;
  const auto case_order =
      order_by(ids, [](const std::string& id) -> const std::string& { return id; });
  for (std::size_t i = 1; i < case_order.size(); ++i)
    if (id_equal(ids[case_order[i]], ids[case_order[i - 1]]))
      sink.add_at(at("cases", case_order[i]) + ".id",
                  "duplicate case id (also " + at("cases", case_order[i - 1]) + ")");
  for (auto& f : cases.found_) {
    if (!f.named_case.empty()) {  // an event listed by another case than its own
      const bool known = std::binary_search(
          case_order.begin(), case_order.end(), f.named_case, [&](const auto& a, const auto& b) {
            if constexpr (std::is_same_v<std::decay_t<decltype(a)>, std::size_t>) {
              return id_less(ids[a], b);
            } else {
              return id_less(a, ids[b]);
            }
          });
      f.error.why = known ? "event belongs to case " + f.named_case + ", not to " + f.listed_by +
                                " which lists it"
                          : "event belongs to unknown case " + f.named_case;
    }
    sink.add_at(std::move(f.error.where), std::move(f.error.why));
  }
  sink.add_count(cases.more_);
  if (!sink.empty()) return;
  // The model keeps cases and events sorted by id (time order); files need not be.
  book.cases = std::move(cases.cases_).finish();
}

}  // namespace mend::bookjson
