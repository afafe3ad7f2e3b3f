// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "TestContent.h"
#include "schedule/Scheduler.h"

namespace signage::schedule {
namespace {

using test::at;
using test::makeCatalog;
using test::parseOk;
using K = Decision::Kind;

content::Catalog threePlaylists() {
    return makeCatalog({{"main", {{"m1", 10}, {"m2", 10}, {"m3", 10}}},
                        {"morning", {{"a1", 10}, {"a2", 10}}},
                        {"night", {{"n1", 10}}},
                        {"urgent", {{"u1", 10}}}},
                       "main");
}

TEST(Scheduler, DefaultPlaylistInOrderWhenNoRuleApplies) {
    core::ManualClock clock(at("2025-08-02T10:00"));
    Scheduler s(parseOk(""), threePlaylists(), clock);
    for (int i = 0; i < 7; ++i) {
        Decision d = s.decide();
        EXPECT_EQ(d.kind, K::Default);
        EXPECT_EQ(d.rule, "default");
        EXPECT_EQ(d.playlist, "main");
        EXPECT_EQ(d.item, static_cast<size_t>(i % 3));
        EXPECT_EQ(d.itemId, "m" + std::to_string(i % 3 + 1));
        EXPECT_EQ(d.expected, core::Millis(10000));
        EXPECT_TRUE(d.displayOn);
        EXPECT_GT(d.until, clock.wallNow());
        EXPECT_LE(d.until, at("2025-08-03T00:00")); // asked again at least at midnight
        EXPECT_EQ(d.untilSteady - clock.steadyNow(), d.until - clock.wallNow());
        WallMs start = clock.wallNow();
        clock.advance(10000);
        s.notePlayed(d, start, clock.wallNow());
    }
}

TEST(Scheduler, DecideIsRepeatable) {
    core::ManualClock clock(at("2025-08-02T10:00"));
    Scheduler s(parseOk(""), threePlaylists(), clock);
    Decision a = s.decide(), b = s.decide();
    EXPECT_EQ(a.playlist, b.playlist);
    EXPECT_EQ(a.item, b.item);
    EXPECT_EQ(a.until, b.until);
}

TEST(Scheduler, PrepareBuildsTomorrowWithoutChangingDecisions) {
    Schedule sched = parseOk("[[rules]]\nid = \"dem\"\nplaylist = \"night\"\nwindows = [\"23:30-01:00\"]\n");
    core::ManualClock a(at("2025-08-02T23:00")), b(at("2025-08-02T23:00"));
    Scheduler prepared(sched, threePlaylists(), a), plain(sched, threePlaylists(), b);
    prepared.prepare();
    prepared.prepare(); // twice is harmless
    for (const char* t : {"2025-08-03T00:30", "2025-08-03T01:00", "2025-08-03T23:45"}) {
        Decision x = prepared.decide(at(t)), y = plain.decide(at(t));
        EXPECT_EQ(x.rule, y.rule) << t;
        EXPECT_EQ(x.playlist, y.playlist) << t;
        EXPECT_EQ(x.until, y.until) << t;
    }
}

TEST(Scheduler, RulesApplyInTheirWindowsAndDates) {
    Schedule sched = parseOk(R"(
[[rules]]
id = "sang"
playlist = "morning"
from = 2025-08-02
to = 2025-08-14
windows = ["05:30-07:30"]
)");
    core::ManualClock clock(at("2025-08-02T05:29"));
    Scheduler s(sched, threePlaylists(), clock);
    Decision d = s.decide();
    EXPECT_EQ(d.kind, K::Default);
    EXPECT_EQ(d.until, at("2025-08-02T05:30")); // the rule's window opens
    EXPECT_EQ(s.decide(at("2025-08-02T05:30")).rule, "sang");
    EXPECT_EQ(s.decide(at("2025-08-02T06:00")).playlist, "morning");
    EXPECT_EQ(s.decide(at("2025-08-02T07:00")).until, at("2025-08-02T07:30"));
    EXPECT_EQ(s.decide(at("2025-08-02T06:00")).until, at("2025-08-02T07:00")); // asked again hourly at least
    EXPECT_EQ(s.decide(at("2025-08-02T07:30")).playlist, "main");
    EXPECT_EQ(s.decide(at("2025-08-14T06:00")).playlist, "morning");
    EXPECT_EQ(s.decide(at("2025-08-15T06:00")).playlist, "main");
    EXPECT_EQ(s.decide(at("2025-08-01T06:00")).playlist, "main");
}

TEST(Scheduler, WindowsCrossingMidnightBelongToTheirStartDay) {
    Schedule sched = parseOk(R"(
[[rules]]
id = "dem-thu-sau"
playlist = "night"
weekdays = ["fri"]
windows = ["22:00-02:00"]
)");
    core::ManualClock clock(at("2025-08-01T12:00")); // a Friday
    Scheduler s(sched, threePlaylists(), clock);
    EXPECT_EQ(s.decide(at("2025-08-01T21:59")).playlist, "main");
    EXPECT_EQ(s.decide(at("2025-08-01T23:00")).playlist, "night");
    EXPECT_EQ(s.decide(at("2025-08-02T00:00")).playlist, "night"); // Saturday, still Friday's window
    EXPECT_EQ(s.decide(at("2025-08-02T01:59")).playlist, "night");
    EXPECT_EQ(s.decide(at("2025-08-02T02:00")).playlist, "main");
    EXPECT_EQ(s.decide(at("2025-08-02T23:00")).playlist, "main"); // Saturday night: not Friday
    EXPECT_EQ(s.decide(at("2025-08-01T01:00")).playlist, "main"); // Friday 01:00 is Thursday's night
}

TEST(Scheduler, HigherPriorityWins) {
    Schedule sched = parseOk(R"(
[[rules]]
id = "ca-ngay"
playlist = "morning"
priority = 1

[[rules]]
id = "toi"
playlist = "night"
windows = ["18:00-20:00"]
priority = 5
)");
    core::ManualClock clock(at("2025-08-02T12:00"));
    Scheduler s(sched, threePlaylists(), clock);
    EXPECT_EQ(s.decide(at("2025-08-02T12:00")).rule, "ca-ngay");
    EXPECT_EQ(s.decide(at("2025-08-02T17:30")).until, at("2025-08-02T18:00"));
    EXPECT_EQ(s.decide(at("2025-08-02T19:00")).rule, "toi");
    EXPECT_EQ(s.decide(at("2025-08-02T20:00")).rule, "ca-ngay");
}

TEST(Scheduler, EqualPrioritiesShareTimeByWeight) {
    Schedule sched = parseOk(R"(
[[rules]]
id = "a"
playlist = "morning"
windows = ["08:00-20:00"]
weight = 2

[[rules]]
id = "b"
playlist = "main"
windows = ["08:00-20:00"]
weight = 1
)");
    auto r = test::run(sched, threePlaylists(), at("2025-08-02T08:00"), at("2025-08-02T20:00"));
    double a = static_cast<double>(r.playedMs("morning", at("2025-08-02T08:00"), at("2025-08-02T20:00")));
    double b = static_cast<double>(r.playedMs("main", at("2025-08-02T08:00"), at("2025-08-02T20:00")));
    EXPECT_NEAR(a / (a + b), 2.0 / 3.0, 0.01);
    // A playlist pass is never split: the playlist changes only after its last item.
    for (size_t i = 1; i < r.plays.size(); ++i) {
        if (r.plays[i].d.playlist != r.plays[i - 1].d.playlist) {
            EXPECT_EQ(r.plays[i].d.item, 0u);
            EXPECT_EQ(r.plays[i - 1].d.item + 1, r.plays[i - 1].d.playlist == "main" ? 3u : 2u);
        }
    }
}

TEST(Scheduler, APreemptedPlaylistResumesWhereItLeftOff) {
    Schedule sched = parseOk("[[rules]]\nid = \"chen\"\nplaylist = \"night\"\nwindows = [\"10:01-10:02\"]\n");
    auto r = test::run(sched, threePlaylists(), at("2025-08-02T10:00:45"), at("2025-08-02T10:03"));
    std::vector<std::string> ids;
    for (const auto& p : r.plays) ids.push_back(p.d.itemId);
    // m1 10:00:45, m2 10:00:55 (still playing when the window opens: not cut), then the
    // rule's n1 until 10:02, then main resumes with m3, not m1.
    ASSERT_GE(ids.size(), 10u);
    EXPECT_EQ(ids[0], "m1");
    EXPECT_EQ(ids[1], "m2");
    EXPECT_EQ(ids[2], "n1");
    EXPECT_EQ(r.plays[2].start, at("2025-08-02T10:01:05"));
    for (const auto& p : r.plays) EXPECT_TRUE(p.completed);
    size_t back = 2;
    for (; back < r.plays.size() && r.plays[back].d.playlist == "night"; ++back) {}
    ASSERT_LT(back, r.plays.size());
    EXPECT_EQ(r.plays[back].d.itemId, "m3");
    EXPECT_GE(r.plays[back].start, at("2025-08-02T10:02"));
}

TEST(Scheduler, DisplayPowerWindows) {
    Schedule sched = parseOk("[[display]]\nwindows = [\"05:00-22:00\"]\n");
    core::ManualClock clock(at("2025-08-02T23:00"));
    Scheduler s(sched, threePlaylists(), clock);
    Decision off = s.decide();
    EXPECT_EQ(off.kind, K::Off);
    EXPECT_FALSE(off.displayOn);
    EXPECT_TRUE(off.playlist.empty());
    EXPECT_EQ(off.until, at("2025-08-03T00:00"));
    EXPECT_EQ(s.decide(at("2025-08-03T02:00")).until, at("2025-08-03T05:00"));
    Decision on = s.decide(at("2025-08-03T05:00"));
    EXPECT_EQ(on.kind, K::Default);
    EXPECT_EQ(s.decide(at("2025-08-03T21:15")).until, at("2025-08-03T22:00"));
    EXPECT_TRUE(Scheduler::shouldPreempt(on, off)); // the screen turning off cuts the item
    EXPECT_TRUE(Scheduler::shouldPreempt(off, on));

    auto r = test::run(sched, threePlaylists(), at("2025-08-02T00:00"), at("2025-08-04T00:00"));
    for (const auto& p : r.plays) {
        WallMs local = (p.start + 7 * kMsPerHour) % kMsPerDay;
        EXPECT_GE(local, 5 * kMsPerHour);
        EXPECT_LT(local, 22 * kMsPerHour);
    }
    WallMs offMs = 0;
    for (const auto& g : r.gaps) offMs += g.kind == K::Off ? g.end - g.start : 0;
    EXPECT_EQ(offMs, 2 * 7 * kMsPerHour);
}

TEST(Scheduler, NothingToPlayIsIdle) {
    core::ManualClock clock(at("2025-08-02T10:00"));
    Scheduler s(parseOk(""), content::Catalog{}, clock);
    Decision d = s.decide();
    EXPECT_EQ(d.kind, K::Idle);
    EXPECT_TRUE(d.displayOn);
    EXPECT_TRUE(d.playlist.empty());
}

TEST(Scheduler, UnknownPlaylistsAreLeftOutWithAWarning) {
    Schedule sched = parseOk("[[rules]]\nid = \"x\"\nplaylist = \"nope\"\npriority = 9\n");
    core::ManualClock clock(at("2025-08-02T10:00"));
    Scheduler s(sched, threePlaylists(), clock);
    EXPECT_EQ(s.decide().playlist, "main");
    ASSERT_FALSE(s.warnings().empty());
    EXPECT_NE(s.warnings()[0].find("nope"), std::string::npos);
}

TEST(Scheduler, FailedItemsMoveOnInterruptedOnesAreReplayed) {
    core::ManualClock clock(at("2025-08-02T10:00"));
    Scheduler s(parseOk(""), threePlaylists(), clock);
    Decision d = s.decide();
    clock.advance(1000);
    s.notePlayed(d, at("2025-08-02T10:00"), clock.wallNow(), PlayOutcome::Failed);
    EXPECT_EQ(s.decide().itemId, "m2");
    d = s.decide();
    clock.advance(1000);
    s.notePlayed(d, clock.wallNow() - 1000, clock.wallNow(), PlayOutcome::Interrupted);
    EXPECT_EQ(s.decide().itemId, "m2");
}

TEST(Scheduler, VideoWithoutDurationIsAssumedThenLearned) {
    auto catalog = makeCatalog({{"v", {{"clip", 0}, {"slide", 10}}}});
    core::ManualClock clock(at("2025-08-02T10:00"));
    Scheduler s(parseOk(""), catalog, clock);
    Decision d = s.decide();
    EXPECT_EQ(d.expected, core::Millis(30000));
    clock.advance(42000);
    s.notePlayed(d, clock.wallNow() - 42000, clock.wallNow());
    EXPECT_EQ(s.expectedDuration("v", 0), core::Millis(42000));
}

} // namespace
} // namespace signage::schedule
