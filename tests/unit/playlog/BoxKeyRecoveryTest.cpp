// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18: a garbage box.key made the player record nothing at all (one error line, no
// reset event). The key is now moved aside, a new one made, and logging goes on.
#include <gtest/gtest.h>

#include <fstream>

#include "PlayLogTestUtil.h"
#include "db/Database.h"
#include "playlog/BoxKey.h"
#include "playlog/Verifier.h"
#include "support/TempDir.h"

using namespace signage;
using namespace signage::playlog;
using namespace signage::playlog::test;

namespace {
std::vector<std::string> asideKeys(const std::filesystem::path& dir) {
    std::vector<std::string> out;
    for (auto& e : std::filesystem::directory_iterator(dir))
        if (e.path().filename().string().rfind("box.key.bad-", 0) == 0) out.push_back(e.path().filename().string());
    return out;
}
} // namespace

TEST(BoxKeyRecovery, GarbageKeyIsMovedAsideAndReplaced) {
    signage::test::TempDir dir;
    auto file = dir.write("box.key", "\x01\x02 not a key at all\n");
    std::string aside;
    auto key = BoxKey::loadOrReplace(file, "123", &aside);
    EXPECT_EQ(aside, "box.key.bad-123");
    EXPECT_EQ(asideKeys(dir.path()), std::vector<std::string>{"box.key.bad-123"});
    std::ifstream old(dir.path() / aside);
    EXPECT_EQ(std::string(std::istreambuf_iterator<char>(old), {}), "\x01\x02 not a key at all\n");
    // The new key is on disk and is the one returned.
    EXPECT_EQ(BoxKey::load(file).publicKey(), key.publicKey());
    // A good key is simply loaded.
    std::string none = "unchanged";
    EXPECT_EQ(BoxKey::loadOrReplace(file, "124", &none).publicKey(), key.publicKey());
    EXPECT_EQ(none, "");
}

TEST(BoxKeyRecovery, PlayLogKeepsRecordingWithAResetEvent) {
    signage::test::TempDir dir;
    auto time = std::make_shared<ManualTimeSource>(kCampaignStart, "boot-1");
    {
        PlayLog log(options(dir.path(), time));
        log.playStarted(play("before"));
    }
    dir.write("box.key", "seed=this is garbage\n");
    {
        PlayLog log(options(dir.path(), time));
        log.playStarted(play("after"));
        log.close();
        EXPECT_EQ(log.stats().dropped, 0u);
    }
    ASSERT_EQ(asideKeys(dir.path()).size(), 1u);
    db::Database db(dir.path() / "playlog.sqlite");
    EXPECT_EQ(countRows(db, "SELECT count(*) FROM plays p JOIN names n ON n.id=p.item WHERE n.text='after'"), 1);
    EXPECT_EQ(countRows(db, "SELECT count(*) FROM events WHERE kind='log_reset' AND detail LIKE 'bad-key:%box.key.bad-%'"), 1);
    EXPECT_TRUE(verifyFile(dir.path() / "playlog.sqlite").ok);
}

// A log written before schema 3 (no plays.trust, no checkpoints), as every box's log and
// export was before the witness: verify reads it through temporary views and must call it
// sound. It called it broken ("cannot modify plays because it is a view") when LogStore
// prepared its INSERT on the view; the crash test met the same with a log killed between
// two migration steps.
TEST(OlderSchema, ALogFromBeforeSchemaThreeStillVerifies) {
    signage::test::TempDir dir;
    auto time = std::make_shared<ManualTimeSource>(kCampaignStart, "boot-1");
    {
        PlayLog log(options(dir.path(), time));
        log.playStarted(play("old"));
        log.close();
    }
    {
        db::Database db(dir.path() / "playlog.sqlite");
        db.exec("DROP TABLE checkpoints");
        db.exec("ALTER TABLE plays DROP COLUMN trust");
        db.exec("PRAGMA user_version=2");
    }
    auto v = verifyFile(dir.path() / "playlog.sqlite");
    EXPECT_TRUE(v.ok) << (v.problems.empty() ? "" : v.problems[0]);
}
