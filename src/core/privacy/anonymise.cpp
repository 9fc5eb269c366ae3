#include "core/privacy/anonymise.hpp"

#include <blake2/blake2.h>

#include <algorithm>
#include <array>
#include <cstdint>

#include "core/base/text.hpp"
#include "core/base/time_iso.hpp"
#include "core/bytes/event_bytes.hpp"
#include "core/case/case_state.hpp"

namespace mend {
namespace {

constexpr std::size_t kTokenBytes = 12;  // 96 bits: no two customers share one by chance

std::string hex(const unsigned char* bytes, std::size_t n) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  out.reserve(2 * n);
  for (std::size_t i = 0; i < n; ++i) {
    out += kDigits[bytes[i] >> 4];
    out += kDigits[bytes[i] & 15];
  }
  return out;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The key's bytes; a key that is not hex is used as its own bytes (a book
// edited by hand still pseudonymises consistently).
std::string key_bytes(std::string_view key_hex) {
  std::string out;
  if (key_hex.size() % 2 != 0) return std::string(key_hex);
  for (std::size_t i = 0; i < key_hex.size(); i += 2) {
    const int hi = hex_value(key_hex[i]), lo = hex_value(key_hex[i + 1]);
    if (hi < 0 || lo < 0) return std::string(key_hex);
    out += static_cast<char>(hi * 16 + lo);
  }
  return out;
}

void clear(std::string& s) {
  s.clear();
  s.shrink_to_fit();
}

struct Redactor {
  std::string_view token;
  void operator()(Opened& o) const {
    clear(o.customer.name);
    o.customer.contact = o.customer.contact.empty() ? std::string() : std::string(token);
    clear(o.customer_words);
    clear(o.customer_wants);
  }
  void operator()(Note& n) const { clear(n.text); }
  void operator()(StepDone& d) const { clear(d.note); }
  void operator()(Offer& o) const { clear(o.text); }
  void operator()(Approval& a) const { clear(a.reason); }
  void operator()(Granted&) const {}
  void operator()(GrantReversed& r) const { clear(r.reason); }
  void operator()(FollowUpScheduled& f) const { clear(f.note); }
  void operator()(FollowUpDone& f) const { clear(f.note); }
  void operator()(Outcome&) const {}
  void operator()(Analysis&) const {}  // the business's own finding, counted by the Pareto
  void operator()(Closed& c) const { clear(c.note); }
  void operator()(Reopened& r) const { clear(r.reason); }
  // An earlier anonymisation's pseudonym gives way too (a request after retention).
  void operator()(Anonymised& a) const {
    if (!a.contact.empty()) a.contact = std::string(token);
  }
};

}  // namespace

bool is_pseudonym(std::string_view contact) {
  return contact.substr(0, kPseudonymPrefix.size()) == kPseudonymPrefix;
}

std::string pseudonym(std::string_view key_hex, std::string_view normalised_contact) {
  const std::string key = key_bytes(key_hex);
  std::array<unsigned char, kTokenBytes> out{};
  // BLAKE2b takes keys of 1..64 bytes; longer ones are hashed down first.
  std::array<unsigned char, 64> short_key{};
  std::size_t key_size = std::min<std::size_t>(key.size(), 64);
  if (key.size() > 64) {
    blake2b(short_key.data(), 64, key.data(), key.size(), nullptr, 0);
  } else {
    std::copy(key.begin(), key.end(), short_key.begin());
  }
  blake2b(out.data(), out.size(), normalised_contact.data(), normalised_contact.size(),
          key_size > 0 ? short_key.data() : nullptr, key_size);
  return std::string(kPseudonymPrefix) + hex(out.data(), out.size());
}

std::string new_pseudonym_key(RandomSource& random) {
  std::array<unsigned char, 16> key{};
  random.fill(key.data(), key.size());
  return hex(key.data(), key.size());
}

std::string new_request_token(RandomSource& random) {
  std::array<unsigned char, kTokenBytes> token{};
  random.fill(token.data(), token.size());
  return std::string(kPseudonymPrefix) + hex(token.data(), token.size());
}

Event anonymising_event(const Book& book, std::size_t i, std::string_view reason,
                        std::string_view request_token, std::string id, TimeMs at,
                        std::string actor) {
  Event e;
  e.id = std::move(id);
  e.case_id = std::string(book.cases.id(i));
  e.at = at;
  e.actor = std::move(actor);
  Anonymised a;
  a.reason = std::string(reason);
  const Case c = book.cases.at(i);
  const Opened* o = c.events.empty() ? nullptr : std::get_if<Opened>(&c.events.front().payload);
  const std::string contact = o ? normalise_contact(o->customer.contact) : std::string();
  if (!contact.empty())
    a.contact = reason == kAnonymisedOnRequest ? std::string(request_token)
                : is_pseudonym(contact)        ? contact
                                               : pseudonym(book.settings.pseudonym_key, contact);
  e.payload = std::move(a);
  return e;
}

Status check_anonymisation(const Anonymised& a) {
  if (a.reason != kAnonymisedForRetention && a.reason != kAnonymisedOnRequest)
    return Error{"reason", "an anonymisation is for \"retention\" or on \"request\", not \"" +
                               a.reason + "\""};
  const std::string_view digits =
      std::string_view(a.contact).substr(std::min(a.contact.size(), kPseudonymPrefix.size()));
  const bool hex_digits = !digits.empty() && std::all_of(digits.begin(), digits.end(), [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
  });
  if (!a.contact.empty() && !(is_pseudonym(a.contact) && hex_digits))
    return Error{"contact", "the contact's replacement must be \"anon:\" and hex digits"};
  return ok_status();
}

bool supersedes(const Anonymised& later, const Anonymised& earlier) {
  return later.reason == kAnonymisedOnRequest && earlier.reason != kAnonymisedOnRequest;
}

const Anonymised* anonymisation_of(const std::vector<Event>& events) {
  const Anonymised* winner = nullptr;
  for (const Event& e : events)
    if (const auto* a = std::get_if<Anonymised>(&e.payload);
        a && (!winner || supersedes(*a, *winner)))
      winner = a;
  return winner;
}

void redact(Event& e, std::string_view contact_token) {
  std::visit(Redactor{contact_token}, e.payload);
}

bool keep_anonymous(std::vector<Event>& events) {
  const Anonymised* a = anonymisation_of(events);
  if (!a) return false;
  const std::string token = a->contact;  // a copy: redacting may touch the events' strings
  bool changed = false;
  for (Event& e : events) {
    Event before = e;
    redact(e, token);
    changed = changed || !(before == e);
  }
  return changed;
}

std::string CustomerKeys::of(std::string_view contact) const {
  std::string n = normalise_contact(contact);
  if (n.empty() || is_pseudonym(n) || key_.empty()) return n;
  auto it = cache_.find(n);
  if (it != cache_.end()) return it->second;
  std::string p = pseudonym(key_, n);
  cache_.emplace(std::move(n), p);
  return p;
}

TimeMs months_before(TimeMs now, int months) {
  const std::int64_t day = floor_div(now, kMsPerDay);
  const TimeMs in_day = now - day * kMsPerDay;
  std::int64_t y = 0;
  unsigned m = 0, d = 0;
  civil_from_days(day, y, m, d);
  std::int64_t index = y * 12 + (m - 1) - months;
  y = floor_div(index, 12);
  m = static_cast<unsigned>(index - y * 12) + 1;
  static constexpr unsigned kLength[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  const unsigned length = kLength[m - 1] + (m == 2 && leap ? 1 : 0);
  return days_from_civil(y, m, std::min(d, length)) * kMsPerDay + in_day;
}

std::vector<std::size_t> due_for_retention(const Book& book, TimeMs now) {
  std::vector<std::size_t> out;
  if (book.settings.anonymise_after_months <= 0) return out;
  const TimeMs before = months_before(now, book.settings.anonymise_after_months);
  // Event headers only (type and time), nothing decoded: the rule runs over
  // the whole book each time it is checked.
  for (std::size_t i = 0; i < book.cases.size(); ++i) {
    bool open = false, anonymised = false, first = true, stop = false;
    TimeMs closed_at = 0;
    bytes::each_event_type(book.cases.bytes(i), [&](std::size_t type, std::string_view body) {
      bytes::ByteReader r(body, "event");
      r.text_view();
      const TimeMs at = r.signed_varint();
      // Cases are in id order, which is opening time: none opened after the
      // cut-off can have closed before it.
      if (first && at >= before) stop = true;
      first = false;
      if (type == payload_index<Opened>() || type == payload_index<Reopened>()) open = true;
      if (type == payload_index<Closed>()) {
        open = false;
        closed_at = at;
      }
      if (type == payload_index<Anonymised>()) anonymised = true;
    });
    if (stop) break;
    if (!open && !anonymised && closed_at > 0 && closed_at < before) out.push_back(i);
  }
  return out;
}

std::vector<std::size_t> cases_of_customer(const Book& book, std::string_view contact) {
  std::vector<std::size_t> out;
  const CustomerKeys keys(book.settings);
  const std::string wanted = keys.of(contact);
  if (wanted.empty()) return out;
  std::size_t i = 0;
  for (const Case& c : book.cases) {
    const Opened* o = c.events.empty() ? nullptr : std::get_if<Opened>(&c.events.front().payload);
    const Anonymised* a = anonymisation_of(c.events);
    const bool forgotten = a && a->reason == kAnonymisedOnRequest;
    if (o && !forgotten && keys.of(o->customer.contact) == wanted) out.push_back(i);
    ++i;
  }
  return out;
}

}  // namespace mend
