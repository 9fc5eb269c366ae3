// Fixtures shared by several test files (defined once in fixtures.cpp).
#pragma once
#include <string>
#include <vector>

#include "core/model/model.hpp"

namespace mendtest {

// A book with every event kind and every field set to a non-default value.
mend::Book full_book();

// The book's cases decoded, in id order. Tests only: the app never holds
// every case decoded at once.
std::vector<mend::Case> cases_of(const mend::Book& book);
// A table holding these cases (in any order).
mend::CaseTable table_of(const std::vector<mend::Case>& cases);
// The book as export_book writes it, but with `cases` written exactly as
// given, in their order and with any defect a table would not keep (no
// events, events twice, events out of order), for the importer's checks.
std::string export_with_cases(const mend::Book& book, const std::vector<mend::Case>& cases);

// Writes an exported book to $MEND_EXPORT_DIR (when set) so the schema suite
// can check it against web/mend-book.schema.json.
void save_export(const std::string& name, const std::string& json);

// The bytes of a file below tests/data (e.g. "builtin/playbooks-en.json");
// empty when it cannot be read.
std::string read_test_data(const std::string& relative_path);

}  // namespace mendtest
