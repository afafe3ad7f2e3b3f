// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>
#include <map>

#include "TestContent.h"
#include "schedule/Scheduler.h"

namespace signage::schedule {
namespace {

using test::at;
using test::makeCatalog;
using test::parseOk;
using K = Decision::Kind;

// A whole year of the Hồng An schedule on a fake clock: every target met every day,
// the campaign only inside 2-14 August, nothing while the screen is off.
TEST(Targets, HongAnScheduleForAWholeYear) {
    Schedule sched = test::hongAnSchedule();
    TimeZone tz = *TimeZone::load("Asia/Ho_Chi_Minh");
    const Day campaignFrom = daysFromCivil(2025, 8, 2), campaignTo = daysFromCivil(2025, 8, 14);
    std::map<Day, int> campaignPlays, sundayPlays;
    long plays = 0, offPlays = 0, targetPlays = 0;
    SimulationOptions o;
    o.onPlay = [&](const Decision& d, WallMs start, WallMs end, bool, bool) {
        ++plays;
        Day day = tz.localDay(start);
        WallMs tod = tz.toLocal(start) - day * kMsPerDay;
        if (tod < 5 * kMsPerHour || tod >= 22 * kMsPerHour + 30 * kMsPerMinute) ++offPlays;
        if (end > tz.startOfDay(day) + 22 * kMsPerHour + 30 * kMsPerMinute + 1) ++offPlays;
        if (d.rule == "cao-diem" || d.rule == "tan-tam-5k2p") ++campaignPlays[day];
        if (d.rule == "chu-nhat-cam-ket") ++sundayPlays[day];
        if (d.kind == K::Target) ++targetPlays;
    };
    auto summary = simulate(sched, test::hongAnCatalog(), at("2025-01-01T00:00"), at("2026-01-01T00:00"), o);

    EXPECT_EQ(offPlays, 0);
    ASSERT_FALSE(campaignPlays.empty());
    EXPECT_EQ(campaignPlays.begin()->first, campaignFrom);
    EXPECT_EQ(campaignPlays.rbegin()->first, campaignTo);
    EXPECT_EQ(campaignPlays.size(), 13u);
    EXPECT_EQ(sundayPlays.size(), 52u); // 2025 has 52 Sundays
    for (const auto& [day, n] : sundayPlays) EXPECT_EQ(weekdayOf(day), 6);

    // 2 daily targets x 365 days + the campaign's lunchtime target x 13 days.
    ASSERT_EQ(summary.targets.size(), 365u * 2 + 13u);
    int missed = 0;
    for (const auto& t : summary.targets)
        if (!t.met() && ++missed < 5) ADD_FAILURE() << t.target << " missed on " << formatDate(t.day) << ": " << t.played;
    EXPECT_EQ(missed, 0);
    // Targets are met without flooding: about one insertion per target window.
    EXPECT_LT(targetPlays, (365 * 2 * 7 + 13 * 3) * 2);
    EXPECT_GT(plays, 365L * 3000);
}

TEST(Targets, SeveralTimesAreSpreadOverTheWindow) {
    Schedule sched = parseOk(R"(
[[targets]]
id = "trua"
playlist = "5k2p"
item = "khong_chuyen_khoan"
times = 3
window = "11:00-13:00"
)");
    auto r = test::run(sched, test::hongAnCatalog(), at("2025-08-05T10:00"), at("2025-08-05T14:00"));
    std::vector<WallMs> starts;
    for (const auto& p : r.plays)
        if (p.d.kind == K::Target) starts.push_back(p.start);
    ASSERT_EQ(starts.size(), 3u);
    // The window's first play comes as soon as the item playing at 11:00 ends.
    EXPECT_GE(starts[0], at("2025-08-05T11:00"));
    EXPECT_LE(starts[0], at("2025-08-05T11:00:15"));
    EXPECT_GE(starts[1] - starts[0], 30 * kMsPerMinute);
    EXPECT_GE(starts[2] - starts[1], 30 * kMsPerMinute);
    EXPECT_LE(starts[2], at("2025-08-05T13:00") - 15000);
    ASSERT_EQ(r.summary.targets.size(), 1u);
    EXPECT_EQ(r.summary.targets[0].played, 3);
}

TEST(Targets, APlaylistCountsOnceAllItsItemsPlayed) {
    Schedule sched = parseOk("[[targets]]\nid = \"t\"\nplaylist = \"5k2p\"\ntimes = 2\nwindow = \"17:00-19:00\"\n");
    auto r = test::run(sched, test::hongAnCatalog(), at("2025-08-05T16:59"), at("2025-08-05T19:30"));
    std::vector<std::string> items;
    for (const auto& p : r.plays)
        if (p.d.kind == K::Target) items.push_back(p.d.itemId);
    ASSERT_EQ(items.size(), 14u);
    EXPECT_EQ(items[0], "khong_thuc_hien");
    EXPECT_EQ(items[6], "phai_to_giac");
    ASSERT_EQ(r.summary.targets.size(), 1u);
    EXPECT_EQ(r.summary.targets[0].played, 2);
}

TEST(Targets, AMidWindowStartPlaysOnceThenSpreads) {
    Schedule sched = parseOk("[[targets]]\nid = \"t\"\nplaylist = \"5k2p\"\nitem = \"phai_to_giac\"\ntimes = 4\nwindow = \"05:30-07:30\"\n");
    auto r = test::run(sched, test::hongAnCatalog(), at("2025-08-05T06:40"), at("2025-08-05T08:00"));
    std::vector<WallMs> starts;
    for (const auto& p : r.plays)
        if (p.d.kind == K::Target) starts.push_back(p.start);
    ASSERT_GE(starts.size(), 3u);
    EXPECT_EQ(starts[0], at("2025-08-05T06:40"));
    for (size_t i = 1; i < starts.size(); ++i) EXPECT_GE(starts[i] - starts[i - 1], 5 * kMsPerMinute) << i;
}

TEST(Targets, ItemsPlayedByTheRotationCount) {
    // The default playlist already shows the slide: no insertion after the first count.
    auto catalog = makeCatalog({{"main", {{"khong_chuyen_khoan", 10}, {"b", 10}}}}, "main");
    Schedule sched = parseOk("[[targets]]\nplaylist = \"main\"\nitem = \"khong_chuyen_khoan\"\ntimes = 5\nwindow = \"09:00-10:00\"\n");
    auto r = test::run(sched, catalog, at("2025-08-05T09:00"), at("2025-08-05T10:00"));
    ASSERT_EQ(r.summary.targets.size(), 1u);
    EXPECT_GE(r.summary.targets[0].played, 5);
}

TEST(Targets, AWindowTooShortIsNotForced) {
    // 3 x 15 s cannot fit into what is left of the window: no plays that cannot count.
    Schedule sched = parseOk("[[targets]]\nplaylist = \"5k2p\"\nitem = \"khong_tham_lam\"\ntimes = 3\nwindow = \"09:00-09:01\"\n");
    auto r = test::run(sched, test::hongAnCatalog(), at("2025-08-05T09:00:50"), at("2025-08-05T09:05"));
    for (const auto& p : r.plays) EXPECT_NE(p.d.kind, K::Target);
}

// A daylight-saving zone: windows follow local time on both transition days.
TEST(Targets, DaylightSavingTimeInBerlin) {
    Schedule sched = parseOk(R"(
timezone = "Europe/Berlin"
default_playlist = "thuong-xuyen"

[[rules]]
id = "sang"
playlist = "cao-diem"
windows = ["06:00-07:00"]

[[rules]]
id = "dem"
playlist = "ky-cam-ket"
windows = ["02:00-03:00"]

[[targets]]
id = "5k2p"
playlist = "5k2p"
window = "05:30-07:30"
)");
    TimeZone tz = *TimeZone::load("Europe/Berlin");
    auto check = [&](const char* from, const char* to, WallMs nightMs, Day changeDay) {
        auto r = test::run(sched, test::hongAnCatalog(), at(from), at(to));
        std::map<Day, WallMs> firstMorning;
        std::map<Day, WallMs> nightPlayed;
        for (const auto& p : r.plays) {
            Day day = tz.localDay(p.start);
            if (p.d.rule == "sang" && !firstMorning.count(day)) firstMorning[day] = p.start;
            if (p.d.rule == "dem") nightPlayed[day] += p.end - p.start;
        }
        ASSERT_EQ(firstMorning.size(), 3u);
        for (const auto& [day, start] : firstMorning) {
            WallMs tod = tz.toLocal(start) - day * kMsPerDay;
            EXPECT_GE(tod, 6 * kMsPerHour) << formatDate(day);
            EXPECT_LT(tod, 6 * kMsPerHour + 3 * kMsPerMinute) << formatDate(day); // a target pass may come first
        }
        EXPECT_NEAR(static_cast<double>(nightPlayed[changeDay]), static_cast<double>(nightMs), 60'000.0);
        EXPECT_NEAR(static_cast<double>(nightPlayed[changeDay - 1]), static_cast<double>(kMsPerHour), 60'000.0);
        for (const auto& t : r.summary.targets) EXPECT_TRUE(t.met()) << t.target << " " << formatDate(t.day);
    };
    // Spring forward: 02:00-03:00 does not exist on 30 March.
    check("2025-03-29T00:00:00+01:00", "2025-04-01T00:00:00+02:00", 0, daysFromCivil(2025, 3, 30));
    // Fall back: 02:00-03:00 happens twice on 26 October.
    check("2025-10-25T00:00:00+02:00", "2025-10-28T00:00:00+01:00", 2 * kMsPerHour, daysFromCivil(2025, 10, 26));
}

} // namespace
} // namespace signage::schedule
