// `mend`: the command line over the same core as the app, for owners merging
// exports from several tablets and for scripting. See print_usage().
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <set>
#include <sstream>

#include "cli/cli.hpp"

namespace mend::cli {

namespace {

constexpr const char* kUsageText =
    "usage: mend COMMAND [ARGS]\n"
    "\n"
    "  validate FILE...                     check books; one line per file or error\n"
    "  stats FILE [--from ISO] [--to ISO]   analytics of cases opened in [from, to) as JSON\n"
    "  merge A B... -o OUT [--prefer ours|theirs] [--encrypt]\n"
    "                                       union of the books into OUT; on conflicts,\n"
    "                                       exit 1 and write nothing unless a side is preferred\n"
    "  export BOOK -o OUT [--from ISO] [--to ISO] [--encrypt]\n"
    "                                       the book (or the cases opened in [from, to)) as\n"
    "                                       the browser's \"Export book\" writes it\n"
    "  export-csv BOOK -o OUT [--now ISO]   one row per case for spreadsheets; running\n"
    "                                       clocks judged at --now (default: now)\n"
    "  coach [FILE|-] [--lang ms|en|auto] [--explain] [--rules EXTRA.json]\n"
    "                                       check a reply's wording; stdin when no FILE or -;\n"
    "                                       --lang auto (default) tells English from Malay;\n"
    "                                       --explain adds each component's words and score\n"
    "  sample --cases N [--seed S] -o OUT [--encrypt]\n"
    "                                       a generated demo book, the same for the same seed\n"
    "  anonymise BOOK -o OUT (--older-than MONTHS | --contact CONTACT)\n"
    "            [--now ISO] [--encrypt]    remove customers' names, contacts and words: from\n"
    "                                       cases closed over MONTHS ago, or from every case of\n"
    "                                       one customer (a request to be forgotten)\n"
    "  encrypt BOOK -o OUT                  the book as an encrypted book file\n"
    "  decrypt FILE -o OUT                  the plain book inside an encrypted book file\n"
    "\n"
    "Encrypted books (the app's \"Export book\" with a passcode) are read wherever a\n"
    "book is, given the passcode: --passcode TEXT or, without it, the MEND_PASSCODE\n"
    "environment variable (safer: kept out of the shell's history and the process\n"
    "list). --encrypt writes the output encrypted with that passcode.\n"
    "\n"
    "  --help      this text\n"
    "  --version   the version\n"
    "\n"
    "Exit status: 0 done, 1 bad input or conflicts, 2 bad command line.\n"
    "Times are ISO-8601, e.g. 2026-11-22T00:00:00Z.\n";

struct Command {
  const char* name;
  int (*run)(const Args&);
  std::set<std::string_view> options;     // each takes a value
  std::set<std::string_view> flags = {};  // each stands alone
};

}  // namespace

void print_usage(bool to_stderr) {
  std::fputs(kUsageText, to_stderr ? stderr : stdout);
}

int usage_error(std::string_view message) {
  std::fprintf(stderr, "mend: %.*s\n\n", static_cast<int>(message.size()), message.data());
  print_usage(true);
  return kUsage;
}

std::optional<std::string> Args::get(std::string_view name) const {
  for (const auto& [key, value] : options)
    if (key == name) return value;
  return std::nullopt;
}

bool Args::has(std::string_view flag) const {
  return std::ranges::any_of(flags, [flag](const std::string& f) { return f == flag; });
}

bool read_file(const std::string& path, std::string& out, std::string& error) {
  if (path == "-") {
    std::ostringstream s;
    s << std::cin.rdbuf();
    out = s.str();
    return true;
  }
  errno = 0;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = std::strerror(errno ? errno : ENOENT);
    return false;
  }
  out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad()) {
    error = std::strerror(errno ? errno : EIO);
    return false;
  }
  return true;
}

bool write_file_atomic(const std::string& path, std::string_view data, std::string& error) {
  const std::string tmp = path + ".tmp";
  {
    errno = 0;
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (out) out.write(data.data(), static_cast<std::streamsize>(data.size()));
    if (out) out.close();
    if (!out) {
      error = std::strerror(errno ? errno : EIO);
      std::remove(tmp.c_str());
      return false;
    }
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    error = std::strerror(errno);
    std::remove(tmp.c_str());
    return false;
  }
  return true;
}

bool write_or_report(const std::string& path, std::string_view data) {
  std::string error;
  if (write_file_atomic(path, data, error)) return true;
  std::fprintf(stderr, "mend: cannot write %s: %s\n", path.c_str(), error.c_str());
  return false;
}

}  // namespace mend::cli

int main(int argc, char** argv) {
  using namespace mend::cli;
  const std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) return usage_error("no command given");
  const std::string& first = args[0];
  if (first == "--help" || first == "-h" || first == "help") {
    print_usage(false);
    return kOk;
  }
  if (first == "--version") {
    std::printf("mend %s\n", MEND_VERSION);
    return kOk;
  }

  // --passcode opens encrypted books wherever a book is read, and gives
  // --encrypt its passcode wherever a book is written.
  const Command commands[] = {
      {"validate", cmd_validate, {"--passcode"}},
      {"stats", cmd_stats, {"--from", "--to", "--passcode"}},
      {"merge", cmd_merge, {"-o", "--prefer", "--passcode"}, {"--encrypt"}},
      {"export", cmd_export, {"-o", "--from", "--to", "--passcode"}, {"--encrypt"}},
      {"export-csv", cmd_export_csv, {"-o", "--now", "--passcode"}},
      {"coach", cmd_coach, {"--rules", "--lang"}, {"--explain"}},
      {"sample", cmd_sample, {"--cases", "--seed", "-o", "--passcode"}, {"--encrypt"}},
      {"anonymise",
       cmd_anonymise,
       {"--older-than", "--contact", "--now", "-o", "--passcode"},
       {"--encrypt"}},
      {"encrypt", cmd_encrypt, {"-o", "--passcode"}},
      {"decrypt", cmd_decrypt, {"-o", "--passcode"}},
  };
  const Command* command = nullptr;
  for (const auto& c : commands)
    if (first == c.name) command = &c;
  if (!command) return usage_error("unknown command '" + first + "'");

  Args parsed;
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--help" || a == "-h") {
      print_usage(false);
      return kOk;
    }
    if (command->flags.contains(a)) {
      if (parsed.has(a)) return usage_error("option '" + a + "' given twice");
      parsed.flags.push_back(a);
    } else if (a.size() > 1 && a[0] == '-') {  // "-" alone is stdin, a positional
      if (!command->options.contains(a))
        return usage_error("unknown option '" + a + "' for " + command->name);
      if (i + 1 >= args.size()) return usage_error("option '" + a + "' needs a value");
      if (parsed.get(a)) return usage_error("option '" + a + "' given twice");
      parsed.options.emplace_back(a, args[++i]);
    } else {
      parsed.positional.push_back(a);
    }
  }
  if (const auto passcode = parsed.get("--passcode"); passcode && passcode->empty())
    return usage_error("--passcode must not be empty");
  return command->run(parsed);
}
