// SPDX-License-Identifier: GPL-3.0-or-later
// Each MQTT client's reconnect back-off (fleet/ReconnectJitter.h): bounded by the
// configured maximum (the outage drill's catch-up depends on it) and spread enough that
// 1,000 boxes cut off by one outage do not all come back in the same second. Seeded
// (SIGNAGE_TEST_SEED replays a run).
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "fleet/ReconnectJitter.h"
#include "support/TestSeed.h"

namespace signage::fleet {
namespace {

// When a client cut off at t = 0 reconnects to a broker that is back at `backAt`: it
// retries as libmosquitto does (after 0, min, 4·min... s, then every max), each failing
// attempt taking no time.
int reconnectsAt(const ReconnectDelays& d, int backAt) {
    int t = 0;
    for (int failures = 0;; ++failures) {
        t += reconnectDelaySeconds(d, failures);
        if (t >= backAt) return t;
    }
}

TEST(ReconnectJitter, LibmosquittosScheduleIsModelled) {
    const ReconnectDelays d{1, 30};
    std::vector<int> got;
    for (int n = 0; n < 8; ++n) got.push_back(reconnectDelaySeconds(d, n));
    EXPECT_EQ(got, (std::vector<int>{0, 1, 4, 9, 16, 25, 30, 30}));
    EXPECT_EQ(reconnectDelaySeconds({3, 3}, 5), 3); // min == max: libmosquitto waits min every time
}

TEST(ReconnectJitter, NoClientWaitsLongerThanTheMaximumAndTheCapSpreadIsAtMostTenSeconds) {
    std::mt19937 rng(test::testSeed());
    std::map<int, int> caps;
    std::set<int> mins;
    for (int i = 0; i < 1000; ++i) {
        const ReconnectDelays d = jitteredReconnectDelays(1, 30, rng);
        EXPECT_LE(d.maxSeconds, 30);
        EXPECT_GE(d.maxSeconds, 30 - kReconnectJitterCapSeconds);
        EXPECT_TRUE(d.minSeconds == 1 || d.minSeconds == 2) << d.minSeconds;
        ++caps[d.maxSeconds];
        mins.insert(d.minSeconds);
    }
    EXPECT_EQ(mins.size(), 2u);
    EXPECT_EQ(caps.size(), 11u) << "every cap from 20 to 30 s is drawn";
    // A longer maximum: the spread stays capped at 10 s, not a share of it.
    for (int i = 0; i < 200; ++i) {
        const ReconnectDelays d = jitteredReconnectDelays(1, 120, rng);
        EXPECT_LE(d.maxSeconds, 120);
        EXPECT_GE(d.maxSeconds, 110);
    }
    // A short one: the spread is a third of it (the office's 1-5 s gives 4-5 s).
    for (int i = 0; i < 200; ++i) {
        const ReconnectDelays d = jitteredReconnectDelays(1, 5, rng);
        EXPECT_GE(d.maxSeconds, 4);
        EXPECT_LE(d.maxSeconds, 5);
        EXPECT_LT(d.minSeconds, d.maxSeconds);
    }
    // min == max (tests) is kept as given.
    const ReconnectDelays fixed = jitteredReconnectDelays(2, 2, rng);
    EXPECT_EQ(fixed.minSeconds, 2);
    EXPECT_EQ(fixed.maxSeconds, 2);
}

TEST(ReconnectJitter, AThousandBoxesComeBackWithinTheMaximumWithoutAStampede) {
    std::mt19937 rng(test::testSeed());
    for (int backAt : {300, 301, 317, 600}) { // the drill's 5-minute outage, and others
        std::map<int, int> perSecond;
        int latest = 0;
        for (int i = 0; i < 1000; ++i) {
            const int wait = reconnectsAt(jitteredReconnectDelays(1, 30, rng), backAt) - backAt;
            latest = std::max(latest, wait);
            ++perSecond[wait];
        }
        int busiest = 0;
        for (const auto& [second, n] : perSecond) busiest = std::max(busiest, n);
        EXPECT_LE(latest, 30) << "broker back at " << backAt << " s";
        // Without the jitter all 1,000 would retry in the same second.
        EXPECT_LE(busiest, 200) << "broker back at " << backAt << " s";
        EXPECT_GE(perSecond.size(), 8u) << "broker back at " << backAt << " s";
    }
}

} // namespace
} // namespace signage::fleet
