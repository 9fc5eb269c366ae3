// Export and import through the app: exports are the core's bytes, the last
// whole-book export is remembered in the store, an import is reviewed before
// anything changes, a bad file changes nothing, a confirmed import is saved
// like any change, and the same file twice adds nothing the second time.
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <variant>

#include "app/app.hpp"
#include "core/base/time_iso.hpp"
#include "core/json/book_json.hpp"
#include "core/json/csv.hpp"
#include "core/sample/sample.hpp"
#include "core/store/memory_store.hpp"
#include "support/fixtures.hpp"

using namespace mend;
using namespace mend::app;

namespace {
constexpr TimeMs kNow = 1'800'000'000'000;  // 2027-01-15

struct Desk {
  store::MemoryStore memory;
  SeededRandom random{11};
  std::optional<App> app;
  TimeMs now = kNow;

  explicit Desk(const Book& seed = {}, std::vector<store::Preference> preferences = {}) {
    store::Batch batch = store::batch_of(seed);
    for (auto& p : preferences) batch.records.emplace_back(std::move(p));
    memory.write(std::move(batch), [](const Status& s) { REQUIRE(s.ok()); });
    memory.run_pending();
    app.emplace(memory, random);
    app->tick(now);
    settle();
  }
  const AppState& state() const { return app->state(); }
  void run(Request r) { app->apply({std::move(r)}); }
  void settle() {
    while (memory.run_pending() > 0) {
    }
  }
  template <class T>
  const T* outcome() const {
    for (const AppOutcome& o : state().outcomes)
      if (const T* t = std::get_if<T>(&o)) return t;
    return nullptr;
  }
  void import_text(const std::string& text) {
    run(RequestImportStarted{"book.json"});
    REQUIRE(state().import);
    CHECK(state().import->reading);
    run(RequestImportFile{"book.json", text, ""});
  }
};

}  // namespace

TEST_CASE("book files: a whole-book export is the core's bytes and is remembered in the store") {
  const Book seed = make_sample_book(12, 4);
  Desk d(seed);
  CHECK_FALSE(d.state().last_export);
  CHECK(backup_due(d.state()));
  d.run(RequestExportBook{});
  const auto* done = d.outcome<BookExported>();
  REQUIRE(done);
  CHECK(*done->bytes == export_book(d.state().book));
  CHECK(done->cases == 12);
  CHECK(d.state().last_export == kNow);
  CHECK_FALSE(backup_due(d.state()));
  d.settle();
  const auto stored = d.memory.records().find({store::RecordKind::Preference, "last-export"});
  REQUIRE(stored != d.memory.records().end());
  CHECK(std::get<store::Preference>(stored->second).value == format_iso(kNow));

  // A new session on the same store reads it back; seven days later it reminds.
  Desk later(Book{});
  later.memory.write(store::batch_of(seed), [](const Status&) {});
  later.memory.write({{}, {stored->second}, {}}, [](const Status&) {});
  later.memory.run_pending();
  App again(later.memory, later.random);
  again.tick(kNow + kBackupReminderMs - 1);
  while (later.memory.run_pending() > 0) {
  }
  CHECK(again.state().last_export == kNow);
  CHECK_FALSE(backup_due(again.state()));
  again.tick(kNow + kBackupReminderMs);
  CHECK(backup_due(again.state()));
}

TEST_CASE("book files: a range export and a CSV export do not count as a backup") {
  const Book seed = make_sample_book(20, 5);
  Desk d(seed);
  const TimeMs from = seed.cases.at(5).events.front().at;
  const TimeMs to = seed.cases.at(10).events.front().at;
  d.run(RequestExportBook{ExportKind::Book, from, to, {}, {}});
  const auto* ranged = d.outcome<BookExported>();
  REQUIRE(ranged);
  CHECK(*ranged->bytes == export_book_range(d.state().book, from, to));
  CHECK(ranged->cases == 5);
  d.run(RequestExportBook{ExportKind::CasesCsv, std::nullopt, std::nullopt, {}, {}});
  const auto* csv = d.outcome<BookExported>();
  REQUIRE(csv);
  CHECK(*csv->bytes == export_cases_csv(d.state().book, kNow));
  CHECK_FALSE(d.state().last_export);
  CHECK(d.state().storage.unsaved.empty());
}

TEST_CASE("book files: a bad file shows its first errors with paths and changes nothing") {
  Desk d(make_sample_book(3, 1));
  const Book before = d.state().book;
  std::string broken = export_book(make_sample_book(30, 2));
  broken.resize(broken.size() / 2);
  d.import_text(broken);
  REQUIRE(d.state().import);
  CHECK_FALSE(d.state().import->reading);
  CHECK_FALSE(d.state().import->theirs);
  REQUIRE(d.state().import->error_count >= 1);
  CHECK(d.state().import->errors[0].why.find("not valid JSON") != std::string::npos);

  // Many errors: only the first 20 are kept for the dialog, all are counted.
  std::string typed = export_book(make_sample_book(30, 2));
  for (std::size_t at = typed.find("\"severity\":"); at != std::string::npos;
       at = typed.find("\"severity\":", at + 1))
    typed.insert(at + 11, "\"x\",\"was\":");  // a string where a number belongs
  d.import_text(typed);
  REQUIRE(d.state().import);
  CHECK(d.state().import->error_count > kMaxShownImportErrors);
  CHECK(d.state().import->errors.size() == kMaxShownImportErrors);
  CHECK(d.state().import->errors[0].where.find("cases[0].events[0].severity") == 0);

  d.run(RequestConfirmImport{});  // nothing to confirm
  CHECK_FALSE(d.outcome<BookImported>());
  d.run(RequestCancelImport{});
  CHECK_FALSE(d.state().import);
  CHECK(d.state().book == before);
  CHECK(d.state().storage.unsaved.empty());
}

TEST_CASE(
    "book files: an import is reviewed, merged on confirmation, saved, and adds nothing twice") {
  const Book ours = make_sample_book(5, 1);
  const Book theirs = make_sample_book(150, 7);
  Desk d(ours);
  const Book before = d.state().book;
  const std::string file = export_book(theirs);
  d.import_text(file);
  REQUIRE(d.state().import);
  const ImportReview& review = *d.state().import;
  REQUIRE(review.theirs);
  CHECK(review.errors.empty());
  CHECK(review.added.cases == 150);
  CHECK(review.cases_known == 0);
  CHECK_FALSE(review.nothing_new());
  CHECK(d.state().book == before);  // nothing changes before the person confirms

  d.run(RequestConfirmImport{});
  const auto* imported = d.outcome<BookImported>();
  REQUIRE(imported);
  CHECK(imported->added.cases == 150);
  CHECK(d.state().book.cases.size() == 155);
  CHECK(d.state().derived.queue().size() == 155);
  CHECK_FALSE(d.state().import);
  REQUIRE(d.state().storage.unsaved.size() == 1);  // pending until the store confirms
  d.settle();
  CHECK(d.state().storage.unsaved.empty());
  std::size_t events = 0;
  for (const Case& c : d.state().book.cases) events += c.events.size();
  CHECK(d.memory.events().size() == events);

  // The same file again: nothing new, nothing written.
  d.import_text(file);
  REQUIRE(d.state().import);
  CHECK(d.state().import->nothing_new());
  CHECK(d.state().import->cases_known == 150);
  d.run(RequestConfirmImport{});
  REQUIRE(d.outcome<BookImported>());
  CHECK(d.outcome<BookImported>()->added == MergeCounts{});
  CHECK(d.state().storage.unsaved.empty());
  CHECK(d.state().book.cases.size() == 155);
}

TEST_CASE("book files: conflicts are listed and this device's version is kept") {
  const Book ours = mendtest::full_book();
  Book theirs = ours;
  std::vector<Case> edited = mendtest::cases_of(theirs);
  std::get<Opened>(edited[0].events[0].payload).customer_words = "edited elsewhere";
  theirs.cases = mendtest::table_of(edited);
  theirs.roles.push_back({"owner", "Owner", 1'000'000, 1'000'000, true});
  Desk d(ours);
  d.import_text(export_book(theirs));
  REQUIRE(d.state().import);
  REQUIRE(d.state().import->conflicts.size() == 1);
  CHECK(d.state().import->conflicts[0].where.find(".events[") != std::string::npos);
  CHECK(d.state().import->added.roles == 1);
  CHECK(d.state().import->cases_known == ours.cases.size());
  d.run(RequestConfirmImport{});
  CHECK(std::get<Opened>(d.state().book.cases.at(0).events[0].payload).customer_words ==
        std::get<Opened>(ours.cases.at(0).events[0].payload).customer_words);
  d.settle();
  CHECK(d.memory.records().count({store::RecordKind::Role, "owner"}) == 1);
}

TEST_CASE("book files: a device never set up takes the file's settings with its first import") {
  const Book theirs = make_sample_book(20, 3);
  REQUIRE(theirs.settings != Settings{});
  Desk d;  // a fresh device: nothing of its own, default settings
  d.import_text(export_book(theirs));
  REQUIRE(d.state().import);
  CHECK(d.state().import->conflicts.empty());    // nothing of this device's is set aside
  CHECK(d.state().book.settings == Settings{});  // not before the person confirms
  d.run(RequestConfirmImport{});
  CHECK(d.state().book.settings == theirs.settings);
  CHECK(d.state().book.cases.size() == 20);
  d.settle();
  CHECK(d.state().storage.unsaved.empty());

  // Stored with the rest: the next session on this device reads them back.
  SeededRandom random(4);
  App again(d.memory, random);
  again.tick(kNow);
  while (d.memory.run_pending() > 0) {
  }
  CHECK(again.state().book.settings == theirs.settings);
}

TEST_CASE("book files: a device with settings of its own keeps them; the review says so") {
  const Book theirs = make_sample_book(20, 3);
  Book ours;
  ours.settings.business_name = "Corner Cafe";
  ours.settings.currency = "GBP";
  Desk d(ours);
  d.import_text(export_book(theirs));
  REQUIRE(d.state().import);
  REQUIRE_FALSE(d.state().import->conflicts.empty());
  const Error& kept = d.state().import->conflicts.front();
  CHECK(kept.where == "settings");
  CHECK(kept.why.find("business name") != std::string::npos);
  CHECK(kept.why.find("currency") != std::string::npos);
  CHECK(kept.why.find("keeps its own") != std::string::npos);
  CHECK(d.state().import->added.cases == 20);
  d.run(RequestConfirmImport{});
  CHECK(d.state().book.settings == ours.settings);
  CHECK(d.state().book.cases.size() == 20);
  d.settle();
  const auto stored = d.memory.records().find({store::RecordKind::Settings, "settings"});
  REQUIRE(stored != d.memory.records().end());
  CHECK(std::get<Settings>(stored->second) == ours.settings);
}

TEST_CASE("book files: cases of its own make a device set up, even with default settings") {
  Desk d;
  IntakeData ana;
  ana.customer_name = "Ana";
  d.run(RequestOpenCase{ana});
  REQUIRE(d.state().book.cases.size() == 1);
  const Book theirs = make_sample_book(5, 2);
  d.import_text(export_book(theirs));
  REQUIRE(d.state().import);
  REQUIRE_FALSE(d.state().import->conflicts.empty());
  CHECK(d.state().import->conflicts.front().where == "settings");
  d.run(RequestConfirmImport{});
  CHECK(d.state().book.settings == Settings{});
  CHECK(d.state().book.cases.size() == 6);
}

// A large file is checked a slice a frame (the page keeps drawing): the review
// says how far it has come, and the result is the whole-file import's.
TEST_CASE("book files: a large file is checked across frames, and Cancel stops it") {
  const Book big = make_sample_book(2200, 21);  // about 5 MB: more than is checked at once
  const std::string text = export_book(big);
  REQUIRE(text.size() > (std::size_t{4} << 20));
  Desk d;
  d.import_text(text);
  REQUIRE(d.state().import);
  CHECK(d.state().import->reading);
  CHECK(d.state().import->checked >= 0);
  CHECK(d.state().import->checked < 1);
  double last = d.state().import->checked;
  int frames = 0;
  while (d.state().import->reading) {
    d.app->tick(kNow);
    ++frames;
    REQUIRE(frames < 100000);
    if (d.state().import->reading) {
      CHECK(d.state().import->checked >= last);
      last = d.state().import->checked;
    }
  }
  CHECK(d.state().import->checked == -1);
  REQUIRE(d.state().import->theirs);
  CHECK(*d.state().import->theirs == *import_book(text).book);
  CHECK(d.state().import->added.cases == 2200);

  // Cancel while it is checked: the review closes and the work stops for good.
  Desk e;
  e.import_text(text);
  REQUIRE(e.state().import->reading);
  e.run(RequestCancelImport{});
  CHECK_FALSE(e.state().import);
  for (int i = 0; i < 50; ++i) e.app->tick(kNow);
  CHECK_FALSE(e.state().import);
  CHECK(e.state().book.cases.empty());
}

// Cancel pressed while the browser still reads the file: the bytes that
// arrive afterwards are dropped, not shown as a review nobody asked for.
TEST_CASE("book files: a file cancelled while it was read stays cancelled") {
  const std::string text = export_book(make_sample_book(3, 2));
  Desk d;
  d.run(RequestImportStarted{"book.json"});
  d.run(RequestCancelImport{});
  d.run(RequestImportFile{"book.json", text, ""});
  CHECK_FALSE(d.state().import);
  // The next file is reviewed as usual.
  d.import_text(text);
  REQUIRE(d.state().import);
  CHECK(d.state().import->theirs);
}

// Import pressed on a large file: the file's events are gathered a slice a
// frame, then merged and saved in one write, and the queue is rebuilt a slice
// a frame as when the book opens. Until the events are all gathered, Cancel
// leaves the book and the store as they were.
TEST_CASE("book files: a large import is applied across frames, and Cancel before the end holds") {
  const Book ours = make_sample_book(5, 1);
  const Book big = make_sample_book(2200, 21);
  const std::string text = export_book(big);
  const auto reviewed = [&](Desk& d) {
    d.import_text(text);
    for (int frames = 0; d.state().import->reading; ++frames) {
      REQUIRE(frames < 100000);
      d.app->tick(kNow);
    }
    REQUIRE(d.state().import->theirs);
  };

  Desk d(ours);
  const Book before = d.state().book;
  const std::size_t stored_before = d.memory.events().size();
  reviewed(d);
  d.run(RequestConfirmImport{});
  // Pressed: under way, nothing changed or written yet.
  REQUIRE(d.state().import);
  CHECK(d.state().import->applying == 0);
  CHECK(d.state().book == before);
  CHECK(d.state().storage.unsaved.empty());
  d.run(RequestConfirmImport{});  // a second press does not start a second import
  const BookImported* imported = nullptr;
  for (int frames = 0; !imported; ++frames) {
    REQUIRE(frames < 100000);
    d.app->tick(kNow);
    d.settle();
    imported = d.outcome<BookImported>();
  }
  CHECK(imported->added.cases == 2200);
  CHECK_FALSE(d.state().import);
  CHECK_FALSE(d.state().storage.opening);
  CHECK_FALSE(d.state().storage.importing);
  CHECK(d.state().book.cases.size() == 2205);
  CHECK(d.state().derived.queue().size() == 2205);
  d.settle();
  CHECK(d.state().storage.unsaved.empty());
  CHECK(d.memory.events().size() == d.state().book.cases.event_total());
  CHECK(d.memory.events().size() == stored_before + big.cases.event_total());

  // Cancel after Import was pressed, before the events were all gathered.
  Desk e(ours);
  reviewed(e);
  e.run(RequestConfirmImport{});
  REQUIRE(e.state().import);
  e.run(RequestCancelImport{});
  CHECK_FALSE(e.state().import);
  for (int i = 0; i < 20; ++i) e.app->tick(kNow);
  e.settle();
  CHECK(e.state().book == before);
  CHECK(e.state().storage.unsaved.empty());
  CHECK(e.memory.events().size() == stored_before);
}
