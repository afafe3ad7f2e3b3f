// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <thread>

#include "PlayLogTestUtil.h"
#include "core/Lang.h"
#include "db/Database.h"
#include "playlog/Schema.h"
#include "playlog/Verifier.h"
#include "support/TempDir.h"

using namespace signage;
using namespace signage::playlog;
using namespace signage::playlog::test;

namespace {
std::int64_t count(db::Database& db, const std::string& sql) {
    auto st = db.prepare(sql);
    return st.step() ? st.columnInt(0) : -1;
}
} // namespace

TEST(PlayLog, RecordsPlaysEventsAndTouchChecksAndTheChainVerifies) {
    signage::test::TempDir dir;
    auto time = std::make_shared<ManualTimeSource>(kCampaignStart, "boot-1");
    {
        PlayLog log(options(dir.path(), time));
        auto t = log.playStarted(play("khong_chuyen_khoan"));
        EXPECT_NE(t, 0u);
        time->advance(15000);
        log.playEnded(t, {Outcome::Completed});
        log.playNotShown(play("video-canh-bao"), Outcome::Skipped, "media/canh-bao.mp4 không có");
        log.event(EventKind::ContentImport, "chien-dich-8-2025@1.0.0 accepted");
        // A visitor's typed text must never reach the log, even if a caller passes it.
        log.touchCheck({"phone", "0912 345 678 gọi tôi", "gia_danh_cong_an"});
        log.close();
        EXPECT_EQ(log.stats().dropped, 0u);
    }
    db::Database db(dir.path() / "playlog.sqlite");
    EXPECT_EQ(count(db, "SELECT count(*) FROM plays"), 2);
    EXPECT_EQ(count(db, "SELECT played_ms FROM plays p JOIN names n ON n.id=p.item WHERE n.text='khong_chuyen_khoan'"), 15000);
    EXPECT_EQ(count(db, "SELECT outcome FROM plays p JOIN names n ON n.id=p.item WHERE n.text='video-canh-bao'"),
              static_cast<int>(Outcome::Skipped));
    EXPECT_EQ(count(db, "SELECT count(*) FROM plays WHERE reason LIKE '%không có'"), 1);
    EXPECT_EQ(count(db, "SELECT count(*) FROM events WHERE kind IN ('startup','content_import','shutdown')"), 3);
    EXPECT_EQ(count(db, "SELECT count(*) FROM touch_checks WHERE verdict='other' AND tactic='gia_danh_cong_an'"), 1);
    EXPECT_EQ(count(db, "SELECT count(*) FROM touch_checks WHERE verdict LIKE '%0912%'"), 0);
    EXPECT_EQ(count(db, "SELECT count(*) FROM plays WHERE boot=(SELECT id FROM boots WHERE boot_id='boot-1')"), 2);
    EXPECT_EQ(count(db, "SELECT count(*) FROM logs WHERE box_id='box-hong-an-01'"), 1);

    auto v = verifyFile(dir.path() / "playlog.sqlite");
    EXPECT_TRUE(v.ok) << (v.problems.empty() ? "" : v.problems[0]);
    EXPECT_EQ(v.integrity, "ok");
    ASSERT_EQ(v.logs.size(), 1u);
    EXPECT_EQ(v.logs[0].links, 8); // startup, start, end, start+end (skipped), import, touch, shutdown
}

TEST(PlayLog, AStartedPlayIsCommittedWithinTheCommitDelayBeforeItEnds) {
    signage::test::TempDir dir;
    auto time = std::make_shared<ManualTimeSource>(kCampaignStart, "boot-1");
    auto o = options(dir.path(), time);
    o.commitDelay = std::chrono::milliseconds(250);
    o.durability = Durability::Full;
    PlayLog log(o);
    ASSERT_TRUE(log.flush(std::chrono::seconds(5))); // opened
    auto began = std::chrono::steady_clock::now();
    log.playStarted(play("khong_dau_tu"));
    db::Database reader(dir.path() / "playlog.sqlite", db::Database::Mode::ReadOnly);
    std::int64_t found = 0;
    while (std::chrono::steady_clock::now() - began < std::chrono::seconds(2)) {
        found = count(reader, "SELECT count(*) FROM plays WHERE outcome=0");
        if (found == 1) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    auto took = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - began).count();
    EXPECT_EQ(found, 1);
    EXPECT_LT(took, 900) << "a start must be on disk well within 1 s";
}

TEST(PlayLog, ClockJumpsAndSyncChangesAreRecordedByTheWriter) {
    signage::test::TempDir dir;
    auto time = std::make_shared<ManualTimeSource>(0 /* 1970: no RTC */, "boot-1", false);
    {
        PlayLog log(options(dir.path(), time));
        log.playStarted(play("a"));
        time->advance(5000);
        time->jumpWall(kCampaignStart); // NTP arrives
        time->setSynced(true);
        log.playStarted(play("b"));
        time->advance(1000);
        log.playStarted(play("c")); // small drift below the threshold: no jump
    }
    db::Database db(dir.path() / "playlog.sqlite");
    EXPECT_EQ(count(db, "SELECT count(*) FROM events WHERE kind='clock_jump'"), 1);
    EXPECT_EQ(count(db, "SELECT value FROM events WHERE kind='clock_jump'"), kCampaignStart - 5000);
    EXPECT_EQ(count(db, "SELECT count(*) FROM events WHERE kind='clock_synced'"), 1);
    // The jump event sits between the two plays in chain order.
    EXPECT_EQ(count(db, "SELECT count(*) FROM events e, plays a, plays b, names na, names nb WHERE e.kind='clock_jump' "
                        "AND a.item=na.id AND na.text='a' AND b.item=nb.id AND nb.text='b' AND a.seq < e.seq AND e.seq < b.seq"),
              1);
}

TEST(PlayLog, AHandEditedRowFailsVerifyNamingIt) {
    signage::test::TempDir dir;
    auto time = std::make_shared<ManualTimeSource>(kCampaignStart, "boot-1");
    {
        PlayLog log(options(dir.path(), time));
        for (int i = 0; i < 5; ++i) {
            auto t = log.playStarted(play("item-" + std::to_string(i)));
            time->advance(10000);
            log.playEnded(t, {Outcome::Completed});
        }
    }
    auto file = dir.path() / "playlog.sqlite";
    ASSERT_TRUE(verifyFile(file).ok);
    std::int64_t victim;
    {
        db::Database db(file);
        victim = count(db, "SELECT p.id FROM plays p JOIN names n ON n.id=p.item WHERE n.text='item-3'");
        db.exec("UPDATE plays SET played_ms=60000 WHERE id=" + std::to_string(victim)); // "it played a minute"
    }
    auto v = verifyFile(file);
    EXPECT_FALSE(v.ok);
    ASSERT_FALSE(v.problems.empty());
    EXPECT_NE(v.problems[0].find("plays id " + std::to_string(victim) + " (end"), std::string::npos) << v.problems[0];

    {
        db::Database db(file);
        db.exec("UPDATE plays SET played_ms=10000 WHERE id=" + std::to_string(victim)); // undo
        ASSERT_TRUE(verifyFile(file).ok);
        db.exec("DELETE FROM events WHERE kind='startup'"); // seq 1 vanishes
    }
    v = verifyFile(file);
    EXPECT_FALSE(v.ok);
    ASSERT_FALSE(v.problems.empty());
    EXPECT_NE(v.problems[0].find("seq 1"), std::string::npos) << v.problems[0];
}

TEST(PlayLog, ACorruptFileIsSetAsideAndANewLogStarted) {
    signage::test::TempDir dir;
    dir.write("playlog.sqlite", std::string(8192, 'x'));
    auto time = std::make_shared<ManualTimeSource>(kCampaignStart, "boot-1");
    {
        PlayLog log(options(dir.path(), time));
        log.playStarted(play("a"));
    }
    db::Database db(dir.path() / "playlog.sqlite");
    EXPECT_EQ(count(db, "SELECT count(*) FROM plays"), 1);
    EXPECT_EQ(count(db, "SELECT count(*) FROM events WHERE kind='log_reset' AND detail LIKE 'corrupt:%'"), 1);
    int aside = 0;
    for (auto& e : std::filesystem::directory_iterator(dir.path()))
        if (e.path().filename().string().rfind("playlog.sqlite.corrupt-", 0) == 0) ++aside;
    EXPECT_EQ(aside, 1);
    EXPECT_TRUE(verifyFile(dir.path() / "playlog.sqlite").ok);
}

TEST(PlayLog, ReopeningContinuesTheSameChain) {
    signage::test::TempDir dir;
    auto time = std::make_shared<ManualTimeSource>(kCampaignStart, "boot-1");
    for (int run = 0; run < 3; ++run) {
        PlayLog log(options(dir.path(), time));
        auto t = log.playStarted(play("run-" + std::to_string(run)));
        time->advance(1000);
        if (run != 1) log.playEnded(t, {Outcome::Interrupted, "shutdown"});
    }
    auto v = verifyFile(dir.path() / "playlog.sqlite");
    EXPECT_TRUE(v.ok) << (v.problems.empty() ? "" : v.problems[0]);
    db::Database db(dir.path() / "playlog.sqlite");
    EXPECT_EQ(count(db, "SELECT count(*) FROM logs"), 1);
    EXPECT_EQ(count(db, "SELECT count(*) FROM plays"), 3);
    EXPECT_EQ(count(db, "SELECT count(*) FROM plays WHERE outcome=0"), 1);
}

TEST(PlayLog, ARowDamagedWhileThePlayerKeepsAppendingIsNoticedAndRecorded) {
    core::setLang(core::Lang::En);
    signage::test::TempDir dir;
    auto time = std::make_shared<ManualTimeSource>(kCampaignStart, "boot-1");
    auto o = options(dir.path(), time);
    o.tailCheckEvery = std::chrono::milliseconds(50);
    PlayLog log(o);
    auto playOnce = [&] {
        auto t = log.playStarted(play("khong_dau_tu"));
        time->advance(15000);
        log.playEnded(t, {Outcome::Completed});
    };
    for (int i = 0; i < 10; ++i) playOnce();
    ASSERT_TRUE(log.flush(std::chrono::seconds(5)));
    EXPECT_EQ(log.stats().damagedFromSeq, 0);

    // Flip 16 bytes of one row's stored hash behind the writer's back (a bad sector, a
    // hand edit), while the log stays open and keeps being written.
    std::int64_t badSeq = 0;
    {
        db::Database db(dir.path() / "playlog.sqlite");
        auto pick = db.prepare("SELECT id, seq, hash FROM plays ORDER BY seq LIMIT 1 OFFSET 4");
        ASSERT_TRUE(pick.step());
        std::int64_t id = pick.columnInt(0);
        badSeq = pick.columnInt(1);
        auto hash = pick.columnBlob(2);
        ASSERT_GE(hash.size(), 16u);
        for (size_t i = 0; i < 16; ++i) hash[i] ^= 0xff;
        auto upd = db.prepare("UPDATE plays SET hash=?1 WHERE id=?2");
        upd.bindBlob(1, hash.data(), hash.size()).bind(2, id);
        upd.step();
    }
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (log.stats().damagedFromSeq == 0 && std::chrono::steady_clock::now() < deadline) {
        playOnce();
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    EXPECT_EQ(log.stats().damagedFromSeq, badSeq);
    ASSERT_TRUE(log.flush(std::chrono::seconds(5)));
    db::Database db(dir.path() / "playlog.sqlite");
    auto ev = db.prepare("SELECT detail, value FROM events WHERE kind='error'");
    ASSERT_TRUE(ev.step()) << "the damage is recorded in the log itself";
    EXPECT_NE(ev.columnText(0).find("row seq " + std::to_string(badSeq) + " does not verify"), std::string::npos)
        << ev.columnText(0);
    EXPECT_EQ(ev.columnInt(1), badSeq);
    EXPECT_FALSE(ev.step()) << "recorded once, not at every check";
}
