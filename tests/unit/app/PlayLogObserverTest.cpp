// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "app/PlayLogObserver.h"
#include "db/Database.h"
#include "support/TempDir.h"

using namespace signage;

TEST(PlayLogObserver, TurnsPlayFactsIntoPlayLogRows) {
    test::TempDir dir;
    auto time = std::make_shared<playlog::ManualTimeSource>(1754089200000, "boot-1");
    {
        playlog::PlayLogOptions o;
        o.dataDir = dir.path();
        o.time = time;
        o.durability = playlog::Durability::Normal;
        playlog::PlayLog log(o);
        app::PlayLogObserver observer(log, {"cho-hong-an", "chien-dich@1.0.0"});
        app::PlayFacts f;
        f.playlist = "chinh";
        f.item = "khong_dau_tu";
        f.rule = "sang-som";
        f.mediaHash = "abc";
        f.plannedStart = 1754089200000;
        f.planned = core::Millis(15000);
        auto token = observer.itemStarted(f);
        EXPECT_NE(token, 0u);
        time->advance(12000);
        f.outcome = app::PlayFacts::Outcome::Interrupted;
        f.reason = "emergency broadcast";
        observer.itemEnded(token, f);
        f.item = "video-hong";
        f.outcome = app::PlayFacts::Outcome::Failed;
        f.reason = "decode error";
        observer.itemEnded(0, f); // never reached the screen
        observer.event("display_off", "schedule");
        observer.event("plugin_crash", "ticker");
    }
    db::Database db(dir.path() / "playlog.sqlite");
    auto st = db.prepare("SELECT n.text, p.outcome, p.played_ms, p.reason, p.planned_end_ms - p.planned_start_ms, s.text "
                         "FROM plays p JOIN names n ON n.id=p.item JOIN names s ON s.id=p.site ORDER BY p.seq");
    ASSERT_TRUE(st.step());
    EXPECT_EQ(st.columnText(0), "khong_dau_tu");
    EXPECT_EQ(st.columnInt(1), static_cast<int>(playlog::Outcome::Interrupted));
    EXPECT_EQ(st.columnInt(2), 12000); // from monotonic time: facts.played was 0
    EXPECT_EQ(st.columnText(3), "emergency broadcast");
    EXPECT_EQ(st.columnInt(4), 15000);
    EXPECT_EQ(st.columnText(5), "cho-hong-an");
    ASSERT_TRUE(st.step());
    EXPECT_EQ(st.columnText(0), "video-hong");
    EXPECT_EQ(st.columnInt(1), static_cast<int>(playlog::Outcome::Failed));
    auto ev = db.prepare("SELECT kind, detail FROM events WHERE kind IN ('display_off', 'note') ORDER BY seq");
    ASSERT_TRUE(ev.step());
    EXPECT_EQ(ev.columnText(0), "display_off");
    ASSERT_TRUE(ev.step());
    EXPECT_EQ(ev.columnText(1), "plugin_crash: ticker");
}
