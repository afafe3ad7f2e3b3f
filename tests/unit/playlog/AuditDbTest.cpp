// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "PlayLogTestUtil.h"
#include <sstream>

#include "playlog/AuditDb.h"
#include "playlog/ReportTable.h"
#include "support/TempDir.h"

using namespace signage;
using namespace signage::playlog;
using namespace signage::playlog::test;

namespace {
std::int64_t day(const std::string& iso) {
    std::int64_t d = 0;
    EXPECT_TRUE(parseDay(iso, d));
    return d;
}
Filter range(const std::string& from, const std::string& to) {
    Filter f;
    f.fromDay = day(from);
    f.toDay = day(to);
    return f;
}
} // namespace

TEST(Dating, LocalDaysAndWeeks) {
    EXPECT_EQ(formatDay(day("2025-08-02")), "2025-08-02");
    auto lt = localTime(kCampaignStart, kDefaultUtcOffsetMin);
    EXPECT_EQ(formatDay(lt.day), "2025-08-02");
    EXPECT_EQ(lt.hour, 6);
    EXPECT_EQ(formatDay(weekStart(day("2025-08-02"))), "2025-07-28"); // a Saturday; Monday before
    EXPECT_EQ(weekStart(day("2025-07-28")), day("2025-07-28"));
    // 23:30 UTC on the 1st is 06:30 on the 2nd in Vietnam.
    EXPECT_EQ(formatDay(localTime(kCampaignStart - 30 * 60000 + 60 * 60000, 0).day), "2025-08-01");
}

TEST(AuditDb, ReportsCountsAndAirtimeByItemAndDay) {
    signage::test::TempDir dir;
    auto time = std::make_shared<ManualTimeSource>(kCampaignStart, "boot-1");
    {
        PlayLog log(options(dir.path(), time));
        for (int i = 0; i < 6; ++i) {
            auto t = log.playStarted(play(i % 3 == 0 ? "khong_dau_tu" : "phai_canh_giac"));
            time->advance(15000);
            log.playEnded(t, {i == 5 ? Outcome::Failed : Outcome::Completed, i == 5 ? "decode error" : ""});
        }
        time->advance(86400000); // next day
        auto t = log.playStarted(play("khong_dau_tu"));
        time->advance(10000);
        log.playEnded(t, {Outcome::Interrupted, "emergency broadcast"});
        log.playStarted(play("dang-phat")); // still playing when the report runs: the live tail
        ASSERT_TRUE(log.flush(std::chrono::seconds(5)));

        auto a = AuditDb::open(dir.path() / "playlog.sqlite");
        auto byItem = a.aggregate(range("2025-08-02", "2025-08-02"), {Dim::Item});
        ASSERT_EQ(byItem.size(), 2u);
        for (auto& [k, t2] : byItem) {
            if (a.label(Dim::Item, k[0]) == "khong_dau_tu") {
                EXPECT_EQ(t2.plays, 2);
                EXPECT_EQ(t2.playedMs, 30000);
            } else {
                EXPECT_EQ(t2.plays, 4);
                EXPECT_EQ(t2.outcome(Outcome::Failed), 1);
            }
        }
        auto byDay = a.aggregate(range("2025-08-01", "2025-08-04"), {Dim::Day});
        ASSERT_EQ(byDay.size(), 2u);
        auto second = byDay.rbegin()->second;
        EXPECT_EQ(a.label(Dim::Day, byDay.rbegin()->first[0]), "2025-08-03");
        EXPECT_EQ(second.plays, 2);
        EXPECT_EQ(second.outcome(Outcome::Interrupted), 1);
        EXPECT_EQ(second.outcome(Outcome::Unfinished), 1);
        auto byHour = a.aggregate(range("2025-08-02", "2025-08-02"), {Dim::Hour, Dim::Box});
        ASSERT_EQ(byHour.size(), 1u);
        EXPECT_EQ(a.label(Dim::Hour, byHour.begin()->first[0]), "06");
        EXPECT_EQ(a.label(Dim::Box, byHour.begin()->first[1]), "box-hong-an-01");

        // More plays after the first report: the rollup picks them up incrementally.
        log.playNotShown(play("khong_dau_tu"), Outcome::Skipped, "missing");
        ASSERT_TRUE(log.flush(std::chrono::seconds(5)));
    }
    auto a = AuditDb::open(dir.path() / "playlog.sqlite");
    auto byDay = a.aggregate(range("2025-08-03", "2025-08-03"), {});
    ASSERT_EQ(byDay.size(), 1u);
    EXPECT_EQ(byDay.begin()->second.plays, 3);
    EXPECT_EQ(byDay.begin()->second.outcome(Outcome::Skipped), 1);
    // The play that was still running when the player shut down stays "unfinished".
    EXPECT_EQ(byDay.begin()->second.outcome(Outcome::Unfinished), 1);
    auto filtered = range("2025-08-02", "2025-08-03");
    filtered.site = "cho-khac";
    EXPECT_TRUE(a.aggregate(filtered, {Dim::Day}).empty());
}

TEST(AuditDb, PlaysBeforeAClockSyncAreRedatedByBootAndMonotonicTime) {
    signage::test::TempDir dir;
    // A box without RTC boots believing it is 1 Jan 1970 and plays for a while offline.
    auto time = std::make_shared<ManualTimeSource>(0, "boot-1", false);
    {
        PlayLog log(options(dir.path(), time));
        for (int i = 0; i < 3; ++i) {
            auto t = log.playStarted(play("truoc-dong-bo"));
            time->advance(20000);
            log.playEnded(t, {Outcome::Completed});
        }
        ASSERT_TRUE(log.flush(std::chrono::seconds(5)));
        { // a report before NTP arrives dates them in 1970, honestly flagged
            auto a = AuditDb::open(dir.path() / "playlog.sqlite");
            auto t = a.aggregate(range("1970-01-01", "1970-01-01"), {});
            ASSERT_EQ(t.size(), 1u);
            EXPECT_EQ(t.begin()->second.unsynced, 3);
        }
        // NTP: wall clock jumps to the campaign morning, now synchronised.
        time->jumpWall(kCampaignStart);
        time->setSynced(true);
        auto t = log.playStarted(play("sau-dong-bo"));
        time->advance(20000);
        log.playEnded(t, {Outcome::Completed});
    }
    auto a = AuditDb::open(dir.path() / "playlog.sqlite");
    EXPECT_TRUE(a.aggregate(range("1970-01-01", "1970-01-02"), {}).empty());
    auto byItem = a.aggregate(range("2025-08-02", "2025-08-02"), {Dim::Item});
    ASSERT_EQ(byItem.size(), 2u);
    Totals before;
    for (auto& [k, t] : byItem)
        if (a.label(Dim::Item, k[0]) == "truoc-dong-bo") before = t;
    EXPECT_EQ(before.plays, 3);
    EXPECT_EQ(before.unsynced, 3);
    EXPECT_EQ(before.redated, 3);

    // Events come back in boot + monotonic order, all dated on the campaign day; the
    // start-up that happened "in 1970" is placed 60 s before the jump.
    auto events = a.events(range("2025-08-02", "2025-08-02"));
    ASSERT_GE(events.size(), 4u);
    EXPECT_EQ(events.front().kind, "startup");
    EXPECT_TRUE(events.front().at.redated);
    EXPECT_EQ(events.front().at.ms, kCampaignStart - 60000);
    std::vector<std::string> kinds;
    for (auto& e : events) kinds.push_back(e.kind);
    auto jump = std::find(kinds.begin(), kinds.end(), "clock_jump");
    ASSERT_NE(jump, kinds.end());
    for (size_t i = 1; i < events.size(); ++i) EXPECT_LE(events[i - 1].at.ms, events[i].at.ms) << i;
}

TEST(ReportCells, AShareBelowAHundredNeverPrintsAsAHundred) {
    EXPECT_EQ(signage::playlog::Cell::percent(99.97).display(), "99.9%");
    EXPECT_EQ(signage::playlog::Cell::percent(100).display(), "100.0%");
    EXPECT_EQ(signage::playlog::Cell::percent(45.25).display().substr(0, 3), "45.");
    signage::playlog::ReportTable t;
    t.headers = {"Ngày", "%"};
    t.rows.push_back({signage::playlog::Cell::str("2025-08-02"), signage::playlog::Cell::percent(99.999)});
    std::ostringstream s;
    signage::playlog::writeCsv(s, t);
    EXPECT_EQ(s.str().rfind("\xEF\xBB\xBFNgày,%", 0), 0u) << s.str();
    EXPECT_NE(s.str().find("99.99"), std::string::npos) << s.str();
    EXPECT_EQ(s.str().find("100.00"), std::string::npos) << s.str();
}
