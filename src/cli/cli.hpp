// The `mend` command line: shared pieces of main.cpp and commands.cpp.
// Exit codes: 0 done, 1 the input was bad or a conflict stopped the work,
// 2 the command line itself was wrong (usage printed on stderr).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mend::cli {

inline constexpr int kOk = 0;
inline constexpr int kFailed = 1;
inline constexpr int kUsage = 2;

// The arguments after the command name, split into positionals, options
// (with a value) and flags (without).
struct Args {
  std::vector<std::string> positional;
  std::vector<std::pair<std::string, std::string>> options;  // "--from", "2026-…"
  std::vector<std::string> flags;                            // "--encrypt"
  std::optional<std::string> get(std::string_view name) const;
  bool has(std::string_view flag) const;
};

// Prints "mend: <message>" and the usage on stderr; returns kUsage.
int usage_error(std::string_view message);
void print_usage(bool to_stderr);

// Whole file, or stdin for "-". On failure, error holds strerror's text.
bool read_file(const std::string& path, std::string& out, std::string& error);
// Writes path.tmp, then renames it over path, so readers never see half a file.
bool write_file_atomic(const std::string& path, std::string_view data, std::string& error);
// The same; on failure prints "mend: cannot write PATH: reason" on stderr.
bool write_or_report(const std::string& path, std::string_view data);

// ---- book files, plain or encrypted (book_files.cpp) ----------------------------
// The passcode for encrypted books: --passcode, else $MEND_PASSCODE (when not
// empty), else none.
std::optional<std::string> passcode_of(const Args& args);
// A book file's JSON: read whole, and decrypted when it is an encrypted book.
// On failure prints why on stdout ("FILE: reason") and returns nothing.
std::optional<std::string> read_book_file(const std::string& file, const Args& args);
// For a command that writes a book: kOk, or the exit code of the usage error
// printed because --encrypt has no passcode. Called before any work.
int check_encrypt_option(const Args& args);
// Writes a book's JSON to path (encrypted with --encrypt), through a temporary
// file; on failure prints why on stderr and returns false.
bool write_book_file(const std::string& path, std::string_view json, const Args& args);

int cmd_encrypt(const Args& args);
int cmd_decrypt(const Args& args);

// ---- the other commands (commands.cpp) -----------------------------------------
int cmd_validate(const Args& args);
int cmd_stats(const Args& args);
int cmd_merge(const Args& args);
int cmd_export(const Args& args);
int cmd_export_csv(const Args& args);
int cmd_coach(const Args& args);
int cmd_sample(const Args& args);
int cmd_anonymise(const Args& args);

}  // namespace mend::cli
