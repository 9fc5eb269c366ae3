// The `mend` commands. Each returns an exit code (see cli.hpp); files are only
// written whole, through a temporary file, and only when the work succeeded.
#include <charconv>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <random>

#include "cli/cli.hpp"
#include "core/analytics/analytics.hpp"
#include "core/base/ids.hpp"
#include "core/base/text.hpp"
#include "core/base/time_iso.hpp"
#include "core/case/workflow.hpp"
#include "core/coach/coach.hpp"
#include "core/json/book_json.hpp"
#include "core/json/csv.hpp"
#include "core/privacy/anonymise.hpp"
#include "core/sample/sample.hpp"

namespace mend::cli {

namespace {

void print_line(const std::string& file, const Error& e) {
  std::printf("%s: %s\n", file.c_str(), e.message().c_str());
}

// Reads (decrypting when it is encrypted) and imports a book, printing
// "FILE: PATH: reason" lines on failure.
std::optional<Book> load_book(const std::string& file, const Args& args) {
  const auto text = read_book_file(file, args);
  if (!text) return std::nullopt;
  ImportResult r = import_book(*text);
  for (const auto& e : r.errors) print_line(file, e);
  return std::move(r.book);
}

bool parse_time_option(const Args& args, const char* name, TimeMs& out, int& exit_code) {
  const auto text = args.get(name);
  if (!text) return true;
  auto t = parse_iso(*text);
  if (!t) {
    exit_code = usage_error(std::string(name) + ": " + t.error().why);
    return false;
  }
  out = t.value();
  return true;
}

// --from / --to as a half-open range [from, to); an absent end is open.
struct TimeRange {
  TimeMs from = std::numeric_limits<TimeMs>::min();
  TimeMs to = std::numeric_limits<TimeMs>::max();
};
bool parse_range_options(const Args& args, TimeRange& range, int& exit_code) {
  return parse_time_option(args, "--from", range.from, exit_code) &&
         parse_time_option(args, "--to", range.to, exit_code);
}

template <class Int>
bool parse_number(const std::string& text, Int& out) {
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, out);
  return ec == std::errc() && ptr == end && !text.empty();
}

}  // namespace

int cmd_validate(const Args& args) {
  if (args.positional.empty()) return usage_error("validate needs at least one FILE");
  bool all_ok = true;
  for (const auto& file : args.positional) {
    if (load_book(file, args)) {
      std::printf("%s: ok\n", file.c_str());
    } else {
      all_ok = false;
    }
  }
  return all_ok ? kOk : kFailed;
}

int cmd_stats(const Args& args) {
  if (args.positional.size() != 1) return usage_error("stats needs exactly one FILE");
  TimeRange range;
  int code = kOk;
  if (!parse_range_options(args, range, code)) return code;
  const auto book = load_book(args.positional[0], args);
  if (!book) return kFailed;
  std::printf("%s\n", analytics_to_json(analyse_book(*book, range.from, range.to)).c_str());
  return kOk;
}

int cmd_merge(const Args& args) {
  if (args.positional.size() < 2) return usage_error("merge needs at least two books");
  const auto out = args.get("-o");
  if (!out) return usage_error("merge needs -o OUT");
  if (const int code = check_encrypt_option(args); code != kOk) return code;
  MergePolicy policy = MergePolicy::Refuse;
  if (const auto prefer = args.get("--prefer")) {
    if (*prefer == "ours") {
      policy = MergePolicy::PreferOurs;
    } else if (*prefer == "theirs") {
      policy = MergePolicy::PreferTheirs;
    } else {
      return usage_error("--prefer takes ours or theirs, not '" + *prefer + "'");
    }
  }
  std::vector<Book> books;
  bool loaded = true;
  for (const auto& file : args.positional) {
    auto b = load_book(file, args);
    if (b) books.push_back(std::move(*b));
    loaded = loaded && b.has_value();
  }
  if (!loaded) return kFailed;

  // Folded left to right: "ours" is everything merged so far, "theirs" the next file.
  Book merged = std::move(books[0]);
  MergeCounts total;
  std::size_t conflicts = 0;
  for (std::size_t i = 1; i < books.size(); ++i) {
    MergeResult r = merge_books(merged, books[i], policy);
    for (const auto& c : r.conflicts)
      std::printf("%s: conflict: %s\n", args.positional[i].c_str(), c.message().c_str());
    conflicts += r.conflicts.size();
    total += r.added;
    if (r.book) merged = std::move(*r.book);
  }
  if (conflicts > 0 && policy == MergePolicy::Refuse) {
    std::printf("%zu conflicts: nothing written (use --prefer ours|theirs to choose a side)\n",
                conflicts);
    return kFailed;
  }
  if (!write_book_file(*out, export_book(merged), args)) return kFailed;
  std::printf(
      "%s: merged %zu books: added %zu cases, %zu events, %zu catalog items, %zu roles, %zu "
      "staff, %zu playbooks; %zu conflicts (%s)\n",
      out->c_str(), books.size(), total.cases, total.events, total.catalog, total.roles,
      total.staff, total.playbooks, conflicts,
      policy == MergePolicy::PreferTheirs ? "took theirs" : "kept ours");
  return kOk;
}

int cmd_export(const Args& args) {
  if (args.positional.size() != 1) return usage_error("export needs exactly one BOOK");
  const auto out = args.get("-o");
  if (!out) return usage_error("export needs -o OUT");
  if (const int code = check_encrypt_option(args); code != kOk) return code;
  const bool ranged = args.get("--from") || args.get("--to");
  TimeRange range;
  int code = kOk;
  if (!parse_range_options(args, range, code)) return code;
  const auto book = load_book(args.positional[0], args);
  if (!book) return kFailed;
  // The same function the browser's "Export book…" calls: the same bytes.
  const std::string json =
      ranged ? export_book_range(*book, range.from, range.to) : export_book(*book);
  if (!write_book_file(*out, json, args)) return kFailed;
  std::printf("%s: %zu cases\n", out->c_str(), book->cases.size());
  return kOk;
}

int cmd_export_csv(const Args& args) {
  if (args.positional.size() != 1) return usage_error("export-csv needs exactly one BOOK");
  const auto out = args.get("-o");
  if (!out) return usage_error("export-csv needs -o OUT");
  // Clocks still running are judged at --now; by default, this moment.
  TimeMs now = std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::system_clock::now().time_since_epoch())
                   .count();
  int code = kOk;
  if (!parse_time_option(args, "--now", now, code)) return code;
  const auto book = load_book(args.positional[0], args);
  if (!book) return kFailed;
  if (!write_or_report(*out, export_cases_csv(*book, now))) return kFailed;
  std::printf("%s: %zu cases\n", out->c_str(), book->cases.size());
  return kOk;
}

int cmd_coach(const Args& args) {
  if (args.positional.size() > 1) return usage_error("coach reads one FILE (or - for stdin)");
  const std::string file = args.positional.empty() ? "-" : args.positional[0];
  const std::string asked = args.get("--lang").value_or("auto");
  // A bad --lang is a usage mistake: say so before reading anything.
  if (const auto lang = resolve_coach_language("", asked); !lang)
    return usage_error("--lang: " + lang.error().why);
  std::string text, error;
  if (!read_file(file, text, error)) {
    std::printf("%s: cannot read: %s\n", file.c_str(), error.c_str());
    return kFailed;
  }
  const std::string language = resolve_coach_language(text, asked).value();
  CoachRules rules = builtin_coach_rules(language);
  if (const auto extra_file = args.get("--rules")) {
    std::string extra_text;
    if (!read_file(*extra_file, extra_text, error)) {
      std::printf("%s: cannot read: %s\n", extra_file->c_str(), error.c_str());
      return kFailed;
    }
    auto extra = load_coach_rules(extra_text);
    if (!extra) {
      print_line(*extra_file, extra.error());
      return kFailed;
    }
    rules = merge_coach_rules(rules, extra.value());
  }
  std::printf("%s\n", coach_report_to_json(coach_text(text, rules), args.has("--explain")).c_str());
  return kOk;
}

int cmd_sample(const Args& args) {
  if (!args.positional.empty()) return usage_error("sample takes no FILE; use -o OUT");
  const auto cases = args.get("--cases");
  const auto out = args.get("-o");
  if (!cases || !out) return usage_error("sample needs --cases N and -o OUT");
  if (const int code = check_encrypt_option(args); code != kOk) return code;
  int n = 0;
  if (!parse_number(*cases, n) || n < 0 || n > 10'000'000)
    return usage_error("--cases takes a whole number from 0 to 10000000");
  std::uint64_t seed = 1;
  if (const auto s = args.get("--seed"); s && !parse_number(*s, seed))
    return usage_error("--seed takes a whole number");
  if (!write_book_file(*out, export_book(make_sample_book(n, seed)), args)) return kFailed;
  std::printf("%s: %d cases (seed %llu)\n", out->c_str(), n, static_cast<unsigned long long>(seed));
  return kOk;
}

namespace {

// The operating system's randomness, for new ids and tokens: a request's
// token must not be guessable from the book.
class DeviceRandom final : public RandomSource {
 public:
  void fill(unsigned char* out, std::size_t n) override {
    for (std::size_t i = 0; i < n; ++i) out[i] = static_cast<unsigned char>(device_() & 0xff);
  }

 private:
  std::random_device device_;
};

}  // namespace

// The same anonymisation as the app (core/privacy/anonymise.hpp), for a book
// file: a backup made before a customer asked to be forgotten, or an export
// from a device that has not run the retention rule.
int cmd_anonymise(const Args& args) {
  if (args.positional.size() != 1) return usage_error("anonymise needs exactly one BOOK");
  const auto out = args.get("-o");
  const auto months_text = args.get("--older-than");
  const auto contact = args.get("--contact");
  if (!out) return usage_error("anonymise needs -o OUT");
  if (const int code = check_encrypt_option(args); code != kOk) return code;
  if (!months_text == !contact)
    return usage_error("anonymise needs either --older-than MONTHS or --contact CONTACT");
  int months = 0;
  if (months_text && (!parse_number(*months_text, months) || months < 1 || months > 1200))
    return usage_error("--older-than takes a whole number of months from 1 to 1200");
  if (contact && normalise_contact(*contact).empty())
    return usage_error("--contact takes a phone number or an e-mail address");
  TimeMs now = std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::system_clock::now().time_since_epoch())
                   .count();
  int code = kOk;
  if (!parse_time_option(args, "--now", now, code)) return code;
  auto book = load_book(args.positional[0], args);
  if (!book) return kFailed;
  DeviceRandom random;
  if (book->settings.pseudonym_key.empty())
    book->settings.pseudonym_key = new_pseudonym_key(random);
  std::vector<std::size_t> cases;
  if (contact) {
    cases = cases_of_customer(*book, *contact);
  } else {
    const int kept = book->settings.anonymise_after_months;
    book->settings.anonymise_after_months = months;
    cases = due_for_retention(*book, now);
    book->settings.anonymise_after_months = kept;
  }
  std::vector<std::string> ids;
  for (std::size_t i : cases) ids.emplace_back(book->cases.id(i));
  const std::string_view reason = contact ? kAnonymisedOnRequest : kAnonymisedForRetention;
  const std::string token = contact ? new_request_token(random) : std::string();
  std::size_t done = 0;
  for (const std::string& id : ids) {
    // No person acts here: the rule, or the owner's request through the tool.
    Event e =
        anonymising_event(*book, *book->cases.index_of(id), reason, token, new_id(now, random), now,
                          contact ? std::string("mend-cli") : std::string(kRetentionActor));
    if (append_event(*book, std::move(e)).ok()) ++done;
  }
  if (!write_book_file(*out, export_book(*book), args)) return kFailed;
  std::printf("%s: anonymised %zu of %zu cases (%s)\n", out->c_str(), done, book->cases.size(),
              std::string(reason).c_str());
  return kOk;
}

}  // namespace mend::cli
