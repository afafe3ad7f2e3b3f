// SPDX-License-Identifier: GPL-3.0-or-later
// Boxes without a real-time clock boot in 1970 and jump when NTP syncs; clocks also get
// corrected backwards. No catch-up bursts, no starvation, targets on the corrected clock.
#include <gtest/gtest.h>

#include "TestContent.h"
#include "schedule/Scheduler.h"

namespace signage::schedule {
namespace {

using test::at;
using test::makeCatalog;
using test::parseOk;
using K = Decision::Kind;

SimulationEvent jumpAt(core::SteadyMs after, WallMs to) {
    return {after, [to](Scheduler&, core::ManualClock& clock) { clock.jumpWall(to); }};
}

TEST(ClockJumps, BootIn1970ThenNtpJumpsIntoATargetWindow) {
    Schedule sched = test::hongAnSchedule();
    const WallMs jumpTo = at("2025-08-02T06:10");
    auto r = test::run(sched, test::hongAnCatalog(), 0, at("2025-08-02T09:00"), {jumpAt(10 * kMsPerMinute, jumpTo)});
    ASSERT_EQ(r.summary.jumps.size(), 1u);
    EXPECT_EQ(r.summary.jumps[0].to, jumpTo);
    EXPECT_NEAR(static_cast<double>(r.summary.jumps[0].from), 10.0 * kMsPerMinute, 1000.0);

    int targetPlaysAfter = 0;
    WallMs lastEnd = 0;
    for (const auto& p : r.plays) {
        if (p.start < jumpTo) continue;
        if (p.d.kind == K::Target && p.start < at("2025-08-02T07:30")) ++targetPlaysAfter;
        lastEnd = std::max(lastEnd, p.end);
    }
    // One pass of the seven 5K2P slides, not one per "missed" day since 1970.
    EXPECT_EQ(targetPlaysAfter, 7);
    // No starvation: playing continues right up to the end.
    EXPECT_GE(lastEnd, at("2025-08-02T08:59"));
    // The first plays after the jump are immediate (no wait for a stale deadline).
    auto first = std::find_if(r.plays.begin(), r.plays.end(), [&](const test::Play& p) { return p.start >= jumpTo; });
    ASSERT_NE(first, r.plays.end());
    EXPECT_LE(first->start - jumpTo, 30'000);
    for (const auto& t : r.summary.targets)
        if (t.day == daysFromCivil(2025, 8, 2) && t.target == "5k2p-sang-som") {
            EXPECT_EQ(t.played, 1);
        }
}

TEST(ClockJumps, PlaysBeforeAForwardCorrectionCountWhereTheyReallyHappened) {
    // The box's clock is an hour slow: it shows 05:00 when it is really 06:00, so the
    // rotation's 5K2P passes happen inside the real 05:30-07:30 window.
    auto catalog = test::hongAnCatalog();
    Schedule sched = parseOk(R"(
default_playlist = "5k2p"
[[targets]]
id = "sang"
playlist = "5k2p"
window = "05:30-07:30"
)");
    auto r = test::run(sched, catalog, at("2025-08-02T05:00"), at("2025-08-02T07:00"),
                       {jumpAt(10 * kMsPerMinute, at("2025-08-02T06:10"))});
    int inserted = 0;
    for (const auto& p : r.plays) inserted += p.d.kind == K::Target;
    EXPECT_EQ(inserted, 0); // already met by what really played 06:00-06:10
    ASSERT_EQ(r.summary.targets.size(), 1u);
    EXPECT_GE(r.summary.targets[0].played, 1);
}

TEST(ClockJumps, BackwardCorrectionRecountsAndDoesNotStarve) {
    // The clock is three hours fast: the target window "opens" at a real 02:30. The play
    // made then must not count once the clock is corrected to the real 04:20.
    Schedule sched = test::hongAnSchedule();
    const WallMs corrected = at("2025-08-02T04:20");
    auto r = test::run(sched, test::hongAnCatalog(), at("2025-08-02T07:00"), at("2025-08-02T09:00"),
                       {jumpAt(20 * kMsPerMinute, corrected)});
    ASSERT_EQ(r.summary.jumps.size(), 1u);
    int targetBefore = 0, targetAfter = 0;
    bool playedAfterFive = false;
    for (const auto& p : r.plays) {
        // Plays on the wrong clock carry wall times from 07:00; after the correction the
        // target is met before 07:00 and not played again.
        if (p.d.kind == K::Target && p.d.rule == "5k2p-sang-som") (p.start >= at("2025-08-02T07:00") ? targetBefore : targetAfter)++;
        playedAfterFive = playedAfterFive || (p.start >= corrected && p.start < at("2025-08-02T05:05"));
    }
    EXPECT_EQ(targetBefore, 7); // the pass made on the wrong clock
    EXPECT_EQ(targetAfter, 7);  // and one real pass in the real window
    EXPECT_TRUE(playedAfterFive); // the screen comes on at 05:00 as planned
    for (const auto& t : r.summary.targets)
        if (t.target == "5k2p-sang-som") {
            EXPECT_EQ(t.played, 1) << formatDate(t.day);
        }
}

TEST(ClockJumps, DeadlinesStayShortAfterABackwardJump) {
    core::ManualClock clock(at("2025-08-02T12:00"));
    Scheduler s(test::hongAnSchedule(), test::hongAnCatalog(), clock);
    s.decide();
    clock.jumpWall(at("2025-08-01T12:00"));
    Decision d = s.decide();
    EXPECT_LE(d.untilSteady - clock.steadyNow(), kMsPerHour);
    EXPECT_GT(d.untilSteady, clock.steadyNow());
    auto j = s.takeClockJump();
    ASSERT_TRUE(j);
    EXPECT_EQ(j->to, at("2025-08-01T12:00"));
    EXPECT_FALSE(s.takeClockJump());
}

TEST(ClockJumps, SmallDriftIsNotAJump) {
    core::ManualClock clock(at("2025-08-02T12:00"));
    Scheduler s(parseOk(""), test::hongAnCatalog(), clock);
    s.decide();
    clock.jumpWall(clock.wallNow() + 1500);
    s.decide();
    EXPECT_FALSE(s.takeClockJump());
}

TEST(ClockJumps, AJumpDuringAnItemUsesTheSteadyLength) {
    auto catalog = makeCatalog({{"p", {{"x", 10}}}}, "p");
    Schedule sched = parseOk("[[targets]]\nplaylist = \"p\"\nitem = \"x\"\nwindow = \"05:30-07:30\"\n");
    core::ManualClock clock(0);
    Scheduler s(sched, catalog, clock);
    Decision d = s.decide();
    WallMs start = clock.wallNow();
    clock.advance(10'000);
    clock.jumpWall(at("2025-08-02T06:00:10"));
    s.notePlayed(d, start, clock.wallNow());
    auto status = s.targetStatus(daysFromCivil(2025, 8, 2), daysFromCivil(2025, 8, 2));
    ASSERT_EQ(status.size(), 1u);
    EXPECT_EQ(status[0].played, 1); // counted as 06:00:00-06:00:10 on the corrected clock
}

} // namespace
} // namespace signage::schedule
