// SPDX-License-Identifier: GPL-3.0-or-later
// CSV lists: normalised on load, indexed into SQLite, the index reused until a CSV's size
// or mtime changes, bad rows reported as file:line:col and skipped.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>
#include <unistd.h>

#include "db/Database.h"
#include "scamcheck/ListStore.h"
#include "support/TempDir.h"

using namespace signage;
using namespace signage::scamcheck;
namespace fs = std::filesystem;

namespace {
const char* kBlock = "kind,value,source,reported_on\n"
                     "phone,090-123-4567,Công an phường,01/08/2025\n"
                     "domain,WWW.Evil.TOP,Cục ATTT,2025-08-02\n"
                     "link,https://lure.example/Login/,Test,\n"
                     "account,VCB 0071 0001 23456,Test,2025-08-03\n";
} // namespace

TEST(ListStore, CsvValuesAreNormalisedAndFound) {
    test::TempDir dir;
    dir.write("checker/blocklist.csv", kBlock);
    dir.write("checker/allowlist.csv", "kind,value,source,reported_on\nphone,113,Cảnh sát,\n");
    core::Diagnostics d;
    ListStore lists(dir.path() / "checker", {dir.path() / "cache"}, d);
    EXPECT_TRUE(d.all().empty());
    EXPECT_EQ(lists.entryCount(), 5u);

    auto hits = lists.lookup(EntryKind::Phone, "+84901234567");
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_FALSE(hits[0].allow);
    EXPECT_EQ(hits[0].source, "Công an phường");
    EXPECT_EQ(hits[0].reportedOn, "2025-08-01"); // dd/mm/yyyy from a spreadsheet → ISO
    EXPECT_EQ(lists.lookup(EntryKind::Domain, "evil.top").size(), 1u);
    EXPECT_EQ(lists.lookup(EntryKind::Link, "lure.example/login").size(), 1u);
    EXPECT_EQ(lists.lookup(EntryKind::Account, "0071000123456").size(), 1u);
    auto allow = lists.lookup(EntryKind::Phone, "113");
    ASSERT_EQ(allow.size(), 1u);
    EXPECT_TRUE(allow[0].allow);
    EXPECT_TRUE(lists.lookup(EntryKind::Phone, "+84999999999").empty());
}

TEST(ListStore, IndexIsReusedUntilACsvChanges) {
    test::TempDir dir;
    auto csv = dir.write("checker/blocklist.csv", kBlock);
    fs::path cache = dir.path() / "cache";
    std::string firstDigest;
    fs::path index;
    {
        core::Diagnostics d;
        ListStore lists(dir.path() / "checker", {cache}, d);
        EXPECT_FALSE(lists.indexReused());
        index = lists.indexPath();
        EXPECT_EQ(index.parent_path(), cache);
        EXPECT_TRUE(fs::exists(index));
        firstDigest = lists.digest();
    }
    {
        core::Diagnostics d;
        ListStore lists(dir.path() / "checker", {cache}, d);
        EXPECT_TRUE(lists.indexReused());
        EXPECT_EQ(lists.digest(), firstDigest);
    }
    // Same size, new mtime: rebuilt.
    fs::last_write_time(csv, fs::last_write_time(csv) + std::chrono::seconds(5));
    {
        core::Diagnostics d;
        ListStore lists(dir.path() / "checker", {cache}, d);
        EXPECT_FALSE(lists.indexReused());
    }
    // A new row: rebuilt, found, new digest.
    dir.write("checker/blocklist.csv", std::string(kBlock) + "phone,0912 345 678,Test,\n");
    {
        core::Diagnostics d;
        ListStore lists(dir.path() / "checker", {cache}, d);
        EXPECT_FALSE(lists.indexReused());
        EXPECT_EQ(lists.lookup(EntryKind::Phone, "+84912345678").size(), 1u);
        EXPECT_NE(lists.digest(), firstDigest);
    }
}

TEST(ListStore, WithoutCacheDirTheIndexSitsNextToTheCsv) {
    test::TempDir dir;
    dir.write("checker/blocklist.csv", kBlock);
    core::Diagnostics d;
    ListStore lists(dir.path() / "checker", {}, d);
    EXPECT_EQ(lists.indexPath(), dir.path() / "checker" / ".checker-index.sqlite");
}

TEST(ListStore, BadRowsAreWarningsWithPositions) {
    test::TempDir dir;
    dir.write("checker/reports.csv", "kind,value,source,reported_on\n"
                                     "phone,0901234567,ok,2025-08-01\n"
                                     "fax,123,x,\n"
                                     "phone,not a number,x,\n"
                                     "domain,evil.top,x,31/31/2025\n"
                                     "\n"
                                     "# a comment row\n"
                                     "\"account\",\"0071 0001, 23456\",\"quoted, with comma\",\n");
    core::Diagnostics d;
    ListStore lists(dir.path() / "checker", {dir.path() / "cache"}, d);
    std::string all;
    for (const auto& x : d.all()) all += x.format() + "\n";
    std::string file = (dir.path() / "checker" / "reports.csv").string();
    EXPECT_NE(all.find(file + ":3:1:"), std::string::npos) << all;  // unknown kind
    EXPECT_NE(all.find(file + ":4:7:"), std::string::npos) << all;  // unreadable phone, at the value
    EXPECT_NE(all.find(file + ":5:19:"), std::string::npos) << all; // bad date (row kept)
    EXPECT_NE(all.find(file + ":8:11:"), std::string::npos) << all; // account with a comma inside
    EXPECT_EQ(lists.entryCount(), 2u);
    // Reusing the index replays the warnings.
    core::Diagnostics again;
    ListStore reused(dir.path() / "checker", {dir.path() / "cache"}, again);
    EXPECT_TRUE(reused.indexReused());
    EXPECT_EQ(again.all().size(), d.all().size());
}

TEST(ListStore, SpreadsheetSemicolonsBomAndReorderedColumns) {
    test::TempDir dir;
    dir.write("checker/export.csv", "\xEF\xBB\xBFnguon;gia_tri;loai;ngay\r\nCA phường;0901 234 567;phone;02/08/2025\r\n");
    core::Diagnostics d;
    ListStore lists(dir.path() / "checker", {dir.path() / "cache"}, d);
    EXPECT_TRUE(d.all().empty());
    auto hits = lists.lookup(EntryKind::Phone, "+84901234567");
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits[0].source, "CA phường");
    EXPECT_EQ(hits[0].reportedOn, "2025-08-02");
}

TEST(ListStore, PrebuiltSqliteListsAreUsedAndForeignOnesRefused) {
    test::TempDir dir;
    dir.write("build/blocklist.csv", kBlock);
    fs::path built;
    {
        core::Diagnostics d;
        ListStore lists(dir.path() / "build", {}, d);
        built = lists.indexPath();
    }
    fs::create_directories(dir.path() / "checker");
    fs::copy_file(built, dir.path() / "checker" / "ward-list.sqlite");
    {
        core::Diagnostics d;
        ListStore lists(dir.path() / "checker", {}, d);
        EXPECT_EQ(lists.lookup(EntryKind::Domain, "evil.top").size(), 1u);
    }
    {
        db::Database foreign(dir.path() / "checker" / "other.sqlite");
        foreign.exec("CREATE TABLE t(x)");
    }
    core::Diagnostics d;
    EXPECT_THROW(ListStore(dir.path() / "checker", {}, d), std::runtime_error);
}

TEST(ListStore, ReadOnlyFolderFallsBackToMemory) {
    if (::geteuid() == 0) GTEST_SKIP() << "root writes anywhere; permissions cannot make a folder read-only";
    test::TempDir dir;
    dir.write("checker/blocklist.csv", kBlock);
    fs::permissions(dir.path() / "checker", fs::perms::owner_read | fs::perms::owner_exec);
    core::Diagnostics d;
    ListStore lists(dir.path() / "checker", {}, d);
    fs::permissions(dir.path() / "checker", fs::perms::owner_all);
    EXPECT_TRUE(lists.indexPath().empty());
    EXPECT_EQ(lists.lookup(EntryKind::Domain, "evil.top").size(), 1u);
}
