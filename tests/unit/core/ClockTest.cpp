// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <thread>

#include "core/Clock.h"

using namespace signage::core;

TEST(Clock, IsoTimesRoundTripInVietnamTime) {
    WallMs t = 0;
    ASSERT_TRUE(parseIsoTime("2025-08-02T06:00:00+07:00", t));
    EXPECT_EQ(t, 1754089200000); // 2025-08-01T23:00:00Z
    EXPECT_EQ(formatIsoTime(t), "2025-08-02T06:00:00+07:00");
    WallMs noOffset = 0;
    ASSERT_TRUE(parseIsoTime("2025-08-02T06:00", noOffset));
    EXPECT_EQ(noOffset, t);
    WallMs utc = 0;
    ASSERT_TRUE(parseIsoTime("2025-08-01T23:00:00Z", utc));
    EXPECT_EQ(utc, t);
    WallMs dateOnly = 0;
    ASSERT_TRUE(parseIsoTime("1970-01-01", dateOnly));
    EXPECT_EQ(dateOnly, -7 * 3600 * 1000);
}

TEST(Clock, RejectsMalformedTimes) {
    WallMs t;
    EXPECT_FALSE(parseIsoTime("2025-13-01", t));
    EXPECT_FALSE(parseIsoTime("yesterday", t));
    EXPECT_FALSE(parseIsoTime("2025-08-02T6:00", t));
    EXPECT_FALSE(parseIsoTime("2025-08-02T06:00+7", t));
}

TEST(Clock, VirtualClockRunsFasterFromItsStart) {
    VirtualClock clock(1000000, 100.0);
    WallMs first = clock.wallNow();
    EXPECT_GE(first, 1000000);
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    // 50 ms of real time at speed 100 is about 5 s of clock time.
    EXPECT_GE(clock.wallNow() - first, 4000);
    EXPECT_EQ(clock.toRealMs(1000), 10);
}

TEST(Clock, ManualClockJumpsWallButNotSteady) {
    ManualClock clock(5000);
    clock.advance(100);
    EXPECT_EQ(clock.wallNow(), 5100);
    EXPECT_EQ(clock.steadyNow(), 100);
    clock.jumpWall(0);
    EXPECT_EQ(clock.wallNow(), 0);
    EXPECT_EQ(clock.steadyNow(), 100);
}
