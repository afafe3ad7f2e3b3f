// SPDX-License-Identifier: GPL-3.0-or-later
// Disk full (PRAGMA max_page_count): the player's calls never block, records wait in the
// bounded queue and are written when space returns, and what overflowed is itself
// recorded as a queue_overflow event with the count.
#include <gtest/gtest.h>

#include <thread>

#include "db/Database.h"
#include "playlog/PlayLog.h"
#include "playlog/Schema.h"
#include "playlog/Verifier.h"
#include "support/TempDir.h"

using namespace signage;
using namespace signage::playlog;
using Steady = std::chrono::steady_clock;

namespace {

PlayLogOptions smallQueue(const std::filesystem::path& dir, std::shared_ptr<TimeSource> time) {
    PlayLogOptions o;
    o.dataDir = dir;
    o.time = std::move(time);
    o.queueCapacity = 64;
    o.maxBatch = 16;
    o.commitDelay = std::chrono::milliseconds(10);
    o.retryMin = std::chrono::milliseconds(5);
    o.retryMax = std::chrono::milliseconds(20);
    return o;
}

PlayStart play(int i) {
    PlayStart s;
    s.site = "ben-xe";
    s.playlist = "chinh";
    s.item = "full-" + std::to_string(i);
    s.mediaHash = std::string(64, 'a');
    return s;
}

std::int64_t scalar(db::Database& db, const std::string& sql) {
    auto st = db.prepare(sql);
    return st.step() ? st.columnInt(0) : -1;
}

bool waitFor(const std::function<bool()>& cond, std::chrono::milliseconds limit) {
    auto end = Steady::now() + limit;
    while (Steady::now() < end) {
        if (cond()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return cond();
}

} // namespace

TEST(PlayLogDiskFull, RecordsWaitAndAreWrittenWhenSpaceReturns) {
    signage::test::TempDir dir;
    auto time = std::make_shared<ManualTimeSource>(1754089200000, "boot-1");
    PlayLog log(smallQueue(dir.path(), time));
    ASSERT_TRUE(log.flush(std::chrono::seconds(5)));
    log.setMaxPageCount(1); // clamps to the current size: no page may be added

    // Fill the free space left in the file's pages until the writer fails; pace the
    // player so nothing overflows the 64-record queue meanwhile.
    for (int i = 0; i < 5000 && log.stats().storageOk; ++i) {
        auto t = log.playStarted(play(i));
        time->advance(1000);
        log.playEnded(t, {Outcome::Completed});
        waitFor([&] { return log.stats().queueDepth == 0 || !log.stats().storageOk; }, std::chrono::seconds(2));
    }
    ASSERT_FALSE(log.stats().storageOk);
    // A burst that fits the queue while storage is down: nothing may be lost.
    for (int i = 100; i < 110; ++i) log.playNotShown(play(i), Outcome::Skipped, "test");
    EXPECT_FALSE(log.stats().storageOk);
    EXPECT_EQ(log.stats().dropped, 0u);

    log.setMaxPageCount(0); // space returns
    ASSERT_TRUE(log.flush(std::chrono::seconds(5)));
    EXPECT_TRUE(log.stats().storageOk);
    log.close();

    auto file = dir.path() / "playlog.sqlite";
    db::Database db(file);
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM plays p JOIN names n ON n.id=p.item WHERE n.text LIKE 'full-1__'"), 10);
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM events WHERE kind='storage_error' AND value > 0"), 1);
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM events WHERE kind='queue_overflow'"), 0);
    EXPECT_EQ(integrityCheck(db), "ok");
    EXPECT_TRUE(verifyFile(file).ok);
}

TEST(PlayLogDiskFull, OverflowNeverBlocksThePlayerAndTheLossIsRecorded) {
    signage::test::TempDir dir;
    auto time = std::make_shared<ManualTimeSource>(1754089200000, "boot-1");
    PlayLog log(smallQueue(dir.path(), time));
    ASSERT_TRUE(log.flush(std::chrono::seconds(5)));
    log.setMaxPageCount(1);

    std::int64_t slowestUs = 0;
    int accepted = 0;
    for (int i = 0; i < 2000; ++i) {
        auto t0 = Steady::now();
        PlayToken t = log.playStarted(play(i));
        log.playEnded(t, {Outcome::Completed});
        slowestUs = std::max<std::int64_t>(slowestUs, std::chrono::duration_cast<std::chrono::microseconds>(Steady::now() - t0).count());
        accepted += t != 0;
        time->advance(500);
    }
    auto st = log.stats();
    EXPECT_GT(st.dropped, 0u);
    EXPECT_LE(st.queueDepth, 64u);
    EXPECT_LT(slowestUs, 20000) << "a record call blocked";
    std::uint64_t dropped = st.dropped;

    log.setMaxPageCount(0);
    ASSERT_TRUE(log.flush(std::chrono::seconds(5)));
    log.close();

    db::Database db(dir.path() / "playlog.sqlite");
    EXPECT_EQ(scalar(db, "SELECT sum(value) FROM events WHERE kind='queue_overflow'"), static_cast<std::int64_t>(dropped));
    // Everything accepted was written: starts accepted = play rows.
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM plays p JOIN names n ON n.id=p.item WHERE n.text LIKE 'full-%'"), accepted);
    EXPECT_EQ(integrityCheck(db), "ok");
    EXPECT_TRUE(verifyFile(dir.path() / "playlog.sqlite").ok);
}

TEST(PlayLogDiskFull, ADataDirThatCannotBeOpenedIsRetriedWithoutBlocking) {
    signage::test::TempDir dir;
    auto blocker = dir.write("not-a-dir", "x"); // a file where the data dir should be
    auto time = std::make_shared<ManualTimeSource>(1754089200000, "boot-1");
    auto o = smallQueue(blocker / "data", time);
    auto t0 = Steady::now();
    {
        PlayLog log(o);
        for (int i = 0; i < 10; ++i) log.playStarted(play(i));
        EXPECT_FALSE(log.stats().open);
        log.close(std::chrono::milliseconds(100));
        EXPECT_GE(log.stats().dropped, 10u); // counted, not silently lost
    }
    EXPECT_LT(Steady::now() - t0, std::chrono::seconds(2));
}
