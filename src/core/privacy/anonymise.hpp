// Removing a customer's personal data from a book while keeping what the
// book counts (issue 9 part 4). Two ways in: a retention rule (closed cases
// older than Settings::anonymise_after_months) and a customer's request to be
// forgotten. Both append an Anonymised event to each case; from then on the
// case's events exist only in redacted form, wherever they are kept: in
// memory (CaseTable enforces it whenever events are added), in the store (it
// rewrites the case in the same transaction) and in exports. Events stay
// immutable in every other respect: a redaction never changes an id, a time,
// an actor, a type, a number or a term, so the analysis reads the same.
//
// The contact is replaced, not blanked, so repeat customers still count:
// - retention: a keyed pseudonym (BLAKE2b of the normalised contact under the
//   book's secret Settings::pseudonym_key), so the customer's later cases are
//   still recognised as the same person's;
// - request: a random token shared by that customer's cases, linked to nothing.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/base/ids.hpp"
#include "core/base/result.hpp"
#include "core/model/model.hpp"

namespace mend {

inline constexpr std::string_view kPseudonymPrefix = "anon:";
inline constexpr std::string_view kAnonymisedForRetention = "retention";
inline constexpr std::string_view kAnonymisedOnRequest = "request";
// The actor of the retention rule's Anonymised events (no person acted).
inline constexpr std::string_view kRetentionActor = "retention";

bool is_pseudonym(std::string_view contact);
// "anon:" + 24 hex digits of keyed BLAKE2b; key_hex is Settings::pseudonym_key.
std::string pseudonym(std::string_view key_hex, std::string_view normalised_contact);
// A new key for Settings::pseudonym_key, and a request's token: both random.
std::string new_pseudonym_key(RandomSource& random);
std::string new_request_token(RandomSource& random);

// An Anonymised event as the book format allows it: reason "retention" or
// "request", and a contact that is empty or "anon:" and lower-case hex.
Status check_anonymisation(const Anonymised& a);

// Which of a case's Anonymised events decides its redaction: the first (in
// id order) made on the customer's request, else the first. A request
// replaces a retention pseudonym (which the book's key still links to the
// contact) by a token linked to nothing; nothing replaces a request's. The
// rule does not depend on which device saw what first, so every copy of a
// case ends redacted the same way.
bool supersedes(const Anonymised& later, const Anonymised& earlier);
const Anonymised* anonymisation_of(const std::vector<Event>& events);
// Removes what names or quotes the customer: the name, the contact (replaced
// by `contact_token`), their words and wants, and every free-text note staff
// wrote (notes, step notes, offer texts, reasons, follow-up and closing
// notes). Terms, numbers, times, ids and the root cause stay.
void redact(Event& e, std::string_view contact_token);
// Redacts every event when one of them is an Anonymised event; true when
// anything changed.
bool keep_anonymous(std::vector<Event>& events);

// Who a case's customer is, for counting repeat customers across anonymised
// and live cases: the normalised contact, or its pseudonym once the book has
// a key (so a live case and an anonymised one of the same customer match).
// Empty when the case has no contact.
class CustomerKeys {
 public:
  explicit CustomerKeys(const Settings& settings) : key_(settings.pseudonym_key) {}
  std::string of(std::string_view contact) const;

 private:
  std::string key_;
  mutable std::unordered_map<std::string, std::string> cache_;  // normalised -> pseudonym
};

// The Anonymised event for case `i` (not yet anonymised, or anonymised for
// retention when `reason` is a request): its token is the contact's
// pseudonym under the book's key for retention, `request_token` on request,
// and empty for a case without a contact.
Event anonymising_event(const Book& book, std::size_t i, std::string_view reason,
                        std::string_view request_token, std::string id, TimeMs at,
                        std::string actor);

// Indices of the cases the retention rule anonymises at `now`: closed (not
// reopened) before `now` minus the setting's months, not anonymised yet.
// Empty when the setting is 0.
std::vector<std::size_t> due_for_retention(const Book& book, TimeMs now);
// Indices of every case of the customer with this contact (matched as
// repeat customers are, so through the retention rule's pseudonyms too),
// those forgotten on request already excepted.
std::vector<std::size_t> cases_of_customer(const Book& book, std::string_view contact);
// The time `months` calendar months before `now` (UTC; the day clamped to the
// month's length).
TimeMs months_before(TimeMs now, int months);

}  // namespace mend
