// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <map>

#include "PlayLogTestUtil.h"
#include "core/Lang.h"
#include "playlog/Quota.h"
#include "playlog/Rollup.h"
#include "playlog/Schema.h"
#include "support/TempDir.h"

using namespace signage;
using namespace signage::playlog;
using namespace signage::playlog::test;

namespace {
constexpr std::int64_t kHour = 3600000;

/// Two campaign days on one box: the loudspeaker item at 05:10 and 17:20 on day 1, only
/// at 05:40 on day 2 (the evening one failed); nothing at all on day 3.
std::filesystem::path makeLog(const signage::test::TempDir& tmp) {
    auto dir = tmp.path() / "box";
    auto time = std::make_shared<ManualTimeSource>(kCampaignStart - kHour + 10 * 60000, "boot-1"); // 05:10
    PlayLog log(options(dir, time));
    auto playOnce = [&](Outcome o) {
        auto t = log.playStarted(play("loa-5k2p"));
        time->advance(60000);
        log.playEnded(t, {o});
    };
    playOnce(Outcome::Completed); // 05:10 day 1
    time->advance(12 * kHour + 9 * 60000);
    playOnce(Outcome::Completed); // 17:20 day 1
    time->advance(12 * kHour + 19 * 60000);
    playOnce(Outcome::Completed); // 05:40 day 2
    time->advance(11 * kHour + 39 * 60000);
    playOnce(Outcome::Failed); // 17:20 day 2, failed: does not count
    return dir / "playlog.sqlite";
}

Target target(std::string id, int start, int end, int min = 1) {
    Target t;
    t.id = std::move(id);
    t.item = "loa-5k2p";
    t.windowStartMin = start;
    t.windowEndMin = end;
    t.minPerDay = min;
    return t;
}
} // namespace

TEST(Quota, CountsCompletedPlaysInsideTheWindowPerBoxAndDay) {
    signage::test::TempDir tmp;
    auto file = makeLog(tmp);
    auto db = AuditDb::open(file);
    Filter f;
    parseDay("2025-08-02", f.fromDay);
    parseDay("2025-08-03", f.toDay);
    // Whole-hour windows read the rollup; "05:30" cuts an hour and reads raw plays.
    auto q = evaluateQuota(db, {target("sang", 5 * 60, 7 * 60), target("toi", 17 * 60, 19 * 60), target("sang-muon", 5 * 60 + 30, 7 * 60)}, f);
    ASSERT_EQ(q.cells.size(), 6u); // 1 box × 2 days × 3 targets
    auto cell = [&](const std::string& day, size_t target) {
        std::int64_t d;
        parseDay(day, d);
        for (auto& c : q.cells)
            if (c.day == d && c.target == target) return c;
        return QuotaCell{};
    };
    EXPECT_EQ(cell("2025-08-02", 0).count, 1);
    EXPECT_TRUE(cell("2025-08-02", 0).met);
    EXPECT_EQ(cell("2025-08-02", 1).count, 1);
    EXPECT_EQ(cell("2025-08-03", 0).count, 1);
    EXPECT_FALSE(cell("2025-08-03", 1).met); // the evening play failed
    EXPECT_FALSE(cell("2025-08-03", 1).noData);
    EXPECT_EQ(cell("2025-08-02", 2).count, 0); // 05:10 is before 05:30
    EXPECT_EQ(cell("2025-08-03", 2).count, 1); // 05:40 is inside
    EXPECT_EQ(q.met, 4);
    EXPECT_EQ(q.missed, 2);

    // A day with nothing logged is missed, and says so.
    f.toDay += 1;
    auto q2 = evaluateQuota(db, {target("sang", 5 * 60, 7 * 60)}, f);
    ASSERT_EQ(q2.cells.size(), 3u);
    EXPECT_FALSE(q2.cells[2].met);
    EXPECT_TRUE(q2.cells[2].noData);
    // Campaign dates limit the days a target applies to.
    Target dated = target("chien-dich", 0, 24 * 60);
    dated.fromDay = f.fromDay + 1;
    dated.toDay = f.fromDay + 1;
    EXPECT_EQ(evaluateQuota(db, {dated}, f).cells.size(), 1u);
}

TEST(Quota, PlaysMustLieInsideTheWindowAndPlaylistTargetsCountFullPasses) {
    signage::test::TempDir tmp;
    auto dir = tmp.path() / "box";
    // 2025-08-02 (a Saturday) 22:58: a loop of three items, 60 s each, across midnight.
    auto time = std::make_shared<ManualTimeSource>(kCampaignStart + 16 * kHour + 58 * 60000, "boot-1");
    {
        PlayLog log(options(dir, time));
        const char* loop[] = {"a", "b", "c", "a", "b", "c", "a"};
        for (const char* item : loop) {
            auto t = log.playStarted(play(item, "5k2p"));
            time->advance(60000);
            log.playEnded(t, {Outcome::Completed});
        }
    }
    // Plays: a 22:58, b 22:59, c 23:00, a 23:01, b 23:02, c 23:03, a 23:04 (each 60 s).
    auto db = AuditDb::open(dir / "playlog.sqlite");
    Filter f;
    parseDay("2025-08-01", f.fromDay);
    parseDay("2025-08-03", f.toDay);
    Target passes;
    passes.id = "pass";
    passes.playlist = "5k2p";
    passes.windowStartMin = 22 * 60 + 58;
    passes.windowEndMin = 2 * 60; // crosses midnight: belongs to the Saturday
    Target edge = passes;
    edge.id = "edge";
    edge.playlist.clear();
    edge.item = "b";
    edge.windowStartMin = 22 * 60 + 59;
    edge.windowEndMin = 23 * 60 + 2; // b at 23:02 ends 23:03: outside
    Target weekday = edge;
    weekday.id = "weekday";
    weekday.weekdays = parseWeekday("t2"); // Mondays only: no cell on these days
    auto q = evaluateQuota(db, {passes, edge, weekday}, f);
    std::int64_t sat;
    parseDay("2025-08-02", sat);
    std::map<std::string, std::int64_t> at;
    for (auto& c : q.cells) at[q.targets[c.target].id + "@" + formatDay(c.day)] = c.count;
    EXPECT_EQ(at["pass@2025-08-02"], 2); // two full passes of a, b, c
    EXPECT_EQ(at["pass@2025-08-03"], 0);
    EXPECT_EQ(at["edge@2025-08-02"], 1); // only the 22:59 b fits entirely
    EXPECT_EQ(at.count("weekday@2025-08-02"), 0u);
    // Told the playlist has a fourth item that never played: no pass is complete.
    passes.playlistItems = {"a", "b", "c", "d"};
    auto q2 = evaluateQuota(db, {passes}, f);
    for (auto& c : q2.cells) EXPECT_EQ(c.count, 0);
}

TEST(Quota, ParsesTheSchedulersTargetsAndReportsBadOnesWithFileLineColumn) {
    core::setLang(core::Lang::En);
    signage::test::TempDir tmp;
    tmp.write("content/schedule.toml", R"toml(
timezone = "Asia/Ho_Chi_Minh"
[[rules]]
playlist = "cao-diem"

[[targets]]
id = "5k2p-sang-som"
name = "5 không 2 phải — sáng sớm"
playlist = "5k2p"
times = 1
window = "05:30-07:30"
from = 2025-08-02
to = "2025-08-14"

[[targets]]
playlist = "5k2p"
item = "khong_chuyen_khoan"
min_per_day = 3
window = ["22:00", "02:00"]
weekdays = ["t2", "sun"]

[[targets]]
item = "x"
window = "5h-07:00"

[[targets]]
times = 2
)toml");
    core::Diagnostics diags;
    auto targets = parseTargets(tmp.path() / "content", diags); // a content dir finds schedule.toml
    ASSERT_EQ(targets.size(), 2u);
    EXPECT_EQ(targets[0].id, "5k2p-sang-som");
    EXPECT_EQ(targets[0].name, "5 không 2 phải — sáng sớm");
    EXPECT_EQ(targets[0].windowStartMin, 330);
    EXPECT_EQ(targets[0].windowEndMin, 450);
    ASSERT_TRUE(targets[0].fromDay && targets[0].toDay);
    EXPECT_EQ(formatDay(*targets[0].fromDay), "2025-08-02");
    EXPECT_EQ(formatDay(*targets[0].toDay), "2025-08-14");
    EXPECT_EQ(targets[1].id, "target-2");
    EXPECT_EQ(targets[1].minPerDay, 3);
    EXPECT_EQ(targets[1].windowEndMin, 120);
    EXPECT_EQ(targets[1].weekdays, 0x41); // Monday and Sunday
    ASSERT_EQ(diags.errorCount(), 2u);
    EXPECT_NE(diags.all()[0].format().find("schedule.toml:24:10: time must look like"), std::string::npos) << diags.all()[0].format();
    EXPECT_NE(diags.all()[1].format().find("needs item or playlist"), std::string::npos) << diags.all()[1].format();
    int minutes = 0;
    EXPECT_TRUE(parseTimeOfDay("24:00", minutes));
    EXPECT_EQ(minutes, 1440);
    EXPECT_FALSE(parseTimeOfDay("24:01", minutes));
    EXPECT_FALSE(parseTimeOfDay("7:00", minutes));
}

TEST(Rollup, TemporaryTablesHaveTheSameShapeAsTheMigration) {
    auto file = db::Database::memory();
    migrate(file);
    useTemporaryRollup(file);
    for (const char* table : {"rollup", "rollup_day", "rollup_hour", "rollup_boots", "rollup_state"}) {
        auto cols = [&](const std::string& schema) {
            std::string out;
            auto st = file.prepare("PRAGMA " + schema + ".table_info(" + table + ")");
            while (st.step()) out += st.columnText(1) + ":" + std::to_string(st.columnInt(5)) + ",";
            return out;
        };
        EXPECT_EQ(cols("main"), cols("temp")) << table;
        EXPECT_FALSE(cols("main").empty()) << table;
    }
}
