// Fixtures shared by several test files (defined once in fixtures.cpp).
#pragma once
#include <string>

#include "core/model/model.hpp"

namespace mendtest {

// A book with every event kind and every field set to a non-default value.
mend::Book full_book();

// Writes an exported book to $MEND_EXPORT_DIR (when set) so the schema suite
// can check it against web/mend-book.schema.json.
void save_export(const std::string& name, const std::string& json);

// The bytes of a file below tests/data (e.g. "builtin/playbooks-en.json");
// empty when it cannot be read.
std::string read_test_data(const std::string& relative_path);

}  // namespace mendtest
