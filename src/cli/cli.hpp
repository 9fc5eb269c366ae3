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

// The arguments after the command name, split into positionals and options.
struct Args {
  std::vector<std::string> positional;
  std::vector<std::pair<std::string, std::string>> options;  // "--from", "2026-…"
  std::optional<std::string> get(std::string_view name) const;
};

// Prints "mend: <message>" and the usage on stderr; returns kUsage.
int usage_error(std::string_view message);
void print_usage(bool to_stderr);

// Whole file, or stdin for "-". On failure, error holds strerror's text.
bool read_file(const std::string& path, std::string& out, std::string& error);
// Writes path.tmp, then renames it over path, so readers never see half a file.
bool write_file_atomic(const std::string& path, std::string_view data, std::string& error);

int cmd_validate(const Args& args);
int cmd_stats(const Args& args);
int cmd_merge(const Args& args);
int cmd_export(const Args& args);
int cmd_export_csv(const Args& args);
int cmd_coach(const Args& args);
int cmd_sample(const Args& args);
int cmd_anonymise(const Args& args);

}  // namespace mend::cli
