// Merging books from several devices. Events are immutable and ids are
// unique across devices, so a union by id is the whole algorithm; the only
// way two books can disagree is the same id with different content, which is
// reported and, unless a side is chosen, leaves everything unchanged.
#include <algorithm>
#include <optional>
#include <string>
#include <unordered_map>

#include "core/json/book_json.hpp"
#include "core/json/book_json_fields.hpp"
#include "core/privacy/anonymise.hpp"

namespace mend {

namespace {

std::string where_of(std::string_view list, std::string_view id) {
  return std::string(list) + "[\"" + std::string(id) + "\"]";
}

// Names the parts of two same-id events that differ, so the owner can see why.
std::string event_difference(const Event& a, const Event& b) {
  std::string parts;
  auto add = [&parts](std::string_view name) {
    if (!parts.empty()) parts += ", ";
    parts += name;
  };
  if (a.case_id != b.case_id) add("case");
  if (a.at != b.at) add("at");
  if (a.actor != b.actor) add("actor");
  if (a.payload.index() != b.payload.index()) {
    add("type");
  } else if (a.payload != b.payload) {
    add(std::string(bookjson::kEventTypes[a.payload.index()]) + " fields");
  }
  return "same event id, different content (" + parts + ")";
}

// The token that redacts the union of two versions of a case, by the rule of
// anonymisation_of; nullopt when neither is anonymised.
std::optional<std::string> union_token(const Case& a, const Case& b) {
  std::vector<Event> all;
  for (const Case* c : {&a, &b})
    for (const Event& e : c->events)
      if (std::holds_alternative<Anonymised>(e.payload)) all.push_back(e);
  if (all.empty()) return std::nullopt;
  std::sort(all.begin(), all.end(), [](const Event& x, const Event& y) { return x.id < y.id; });
  return anonymisation_of(all)->contact;
}

struct Merger {
  MergePolicy policy;
  MergeResult& out;

  // Resolves one same-id pair: records the conflict, and takes theirs when told to.
  template <class T>
  void conflict(T& ours, const T& theirs, std::string where, std::string why) {
    out.conflicts.push_back(Error{std::move(where), std::move(why)});
    if (policy == MergePolicy::PreferTheirs) {
      ours = theirs;
      ++out.added.replaced;
    }
  }

  template <class T, class Key>
  void union_by(std::vector<T>& ours, const std::vector<T>& theirs, Key key, std::string_view list,
                std::size_t& added) {
    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < ours.size(); ++i) index.emplace(key(ours[i]), i);
    for (const T& t : theirs) {
      auto it = index.find(key(t));
      if (it == index.end()) {
        index.emplace(key(t), ours.size());
        ours.push_back(t);
        ++added;
      } else if (!(ours[it->second] == t)) {
        conflict(ours[it->second], t, where_of(list, key(t)),
                 "same id, different content in the two books");
      }
    }
  }

  void merge_case(Case& ours, const Case& theirs_given) {
    // A case anonymised on one side is anonymised in the union: both sides
    // are compared redacted, so a book exported before the anonymisation
    // merges without conflicts and brings none of the removed data back.
    Case theirs = theirs_given;
    if (const std::optional<std::string> token = union_token(ours, theirs)) {
      for (Event& e : ours.events) redact(e, *token);
      for (Event& e : theirs.events) redact(e, *token);
    }
    // The index holds views into ours.events: reserve first so appending
    // cannot move the strings they point to.
    ours.events.reserve(ours.events.size() + theirs.events.size());
    std::unordered_map<std::string_view, std::size_t> index;
    for (std::size_t i = 0; i < ours.events.size(); ++i) index.emplace(ours.events[i].id, i);
    const std::size_t before = ours.events.size();
    for (const Event& e : theirs.events) {
      auto it = index.find(e.id);
      if (it == index.end()) {
        ours.events.push_back(e);
        ++out.added.events;
      } else if (!(ours.events[it->second] == e)) {
        conflict(ours.events[it->second], e,
                 where_of("cases", ours.id) + ".events[\"" + e.id + "\"]",
                 event_difference(ours.events[it->second], e));
      }
    }
    auto by_id = [](const Event& a, const Event& b) { return a.id < b.id; };
    if (ours.events.size() != before ||
        !std::is_sorted(ours.events.begin(), ours.events.end(), by_id))
      std::stable_sort(ours.events.begin(), ours.events.end(), by_id);
  }
};

}  // namespace

MergeResult merge_books(const Book& ours, const Book& theirs, MergePolicy policy) {
  MergeResult result;
  // Ours but its cases, which are merged into a new table below.
  Book book;
  book.settings = ours.settings;
  book.catalog = ours.catalog;
  book.roles = ours.roles;
  book.staff = ours.staff;
  book.playbooks = ours.playbooks;
  Merger m{policy, result};
  if (policy == MergePolicy::PreferTheirs) book.settings = theirs.settings;

  auto by_id = [](const auto& x) { return x.id; };
  m.union_by(book.catalog, theirs.catalog, by_id, "catalog", result.added.catalog);
  m.union_by(book.roles, theirs.roles, by_id, "roles", result.added.roles);
  m.union_by(book.staff, theirs.staff, by_id, "staff", result.added.staff);
  m.union_by(
      book.playbooks, theirs.playbooks,
      [](const Playbook& p) { return p.id + " version " + std::to_string(p.version); }, "playbooks",
      result.added.playbooks);

  // Both tables are in id order: one walk, copying bytes. A case is decoded
  // only when both books have it with different events.
  const CaseTable& a = ours.cases;
  const CaseTable& b = theirs.cases;
  auto copy = [&book](const CaseTable& from, std::size_t i) {
    book.cases.add_packed(from.id(i), from.event_count(i), from.bytes(i));
  };
  std::size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    if (j == b.size() || (i < a.size() && a.id(i) < b.id(j))) {
      copy(a, i++);
    } else if (i == a.size() || b.id(j) < a.id(i)) {
      copy(b, j);
      ++result.added.cases;
      result.added.events += b.event_count(j++);
    } else {
      if (a.bytes(i) == b.bytes(j)) {
        copy(a, i);
      } else {
        Case c = a.at(i);
        const Case theirs_case = b.at(j);
        // A case has one Opened event. Two books that opened the same case id
        // with different Opened events (not one device's case) cannot be
        // joined event by event: the union would be a case with two
        // openings. It is a conflict of the whole case.
        const std::string our_opening = c.events.empty() ? "" : c.events.front().id;
        const std::string their_opening =
            theirs_case.events.empty() ? "" : theirs_case.events.front().id;
        if (our_opening != their_opening) {
          result.conflicts.push_back(
              Error{where_of("cases", c.id),
                    "the two books opened this case differently (opened events " + our_opening +
                        " and " + their_opening + ")"});
          if (policy == MergePolicy::PreferTheirs) {
            copy(b, j);
            ++result.added.replaced;
          } else {
            copy(a, i);
          }
        } else {
          m.merge_case(c, theirs_case);
          book.cases.add_case(c);
        }
      }
      ++i;
      ++j;
    }
  }

  if (!result.conflicts.empty() && policy == MergePolicy::Refuse) return result;
  result.book = std::move(book);
  return result;
}

}  // namespace mend
