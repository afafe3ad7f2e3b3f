// SPDX-License-Identifier: GPL-3.0-or-later
// The day plan (with its rule index and constant-offset shortcut) against a brute-force
// check of every rule at random instants, in a zone without and a zone with DST.
#include <gtest/gtest.h>
#include <random>

#include "TestContent.h"
#include "schedule/DayPlan.h"

namespace signage::schedule {
namespace {

std::vector<Rule> randomRules(std::mt19937& rng, int n) {
    std::uniform_int_distribution<int> start(-30, 400), length(0, 60), minute(0, 1439), span(1, 600), prio(0, 3),
        mask(0, 127), windows(0, 3), open(0, 9);
    const Day base = daysFromCivil(2025, 1, 1);
    std::vector<Rule> rules;
    for (int i = 0; i < n; ++i) {
        Rule r;
        r.id = "r" + std::to_string(i);
        int o = open(rng);
        if (o > 0) r.days.from = base + start(rng);
        if (o > 1) r.days.to = *r.days.from + length(rng);
        if (o == 9) r.days.to = *r.days.from + 500; // too long for the index
        r.days.weekdays = static_cast<std::uint8_t>(mask(rng) | (o % 2 ? 0x7f : 0));
        for (int w = windows(rng); w > 0; --w) {
            Window win;
            win.startMin = minute(rng);
            win.endMin = (win.startMin + span(rng)) % 1440;
            if (win.endMin == 0) win.endMin = 1440;
            if (win.endMin == win.startMin) win.endMin = win.startMin + 1;
            r.windows.push_back(win);
        }
        r.priority = prio(rng);
        rules.push_back(r);
    }
    return rules;
}

bool activeAt(const Rule& r, const TimeZone& tz, WallMs t) {
    Day today = tz.localDay(t);
    if (r.windows.empty()) return r.days.matches(today);
    for (Day d : {today - 1, today}) {
        if (!r.days.matches(d)) continue;
        for (const Window& w : r.windows) {
            if (d < today && !w.crossesMidnight()) continue;
            auto [s, e] = windowInterval(tz, w, d);
            if (t >= s && t < e) return true;
        }
    }
    return false;
}

void checkZone(const char* zone) {
    TimeZone tz = *TimeZone::load(zone);
    std::mt19937 rng(7);
    std::vector<Rule> rules = randomRules(rng, 300);
    std::vector<PlanRule> plan;
    for (const Rule& r : rules) plan.push_back({r.priority, &r.days, &r.windows});
    RuleIndex index;
    index.build(plan);
    std::uniform_int_distribution<WallMs> instant(test::at("2024-12-01T00:00:00Z"), test::at("2026-03-01T00:00:00Z"));
    std::vector<int> candidates;
    int mismatches = 0;
    for (int i = 0; i < 3000; ++i) {
        WallMs t = instant(rng);
        // Around DST changes too: a quarter of the samples near Berlin's 2025 transitions.
        if (i % 4 == 0) t = test::at(i % 8 ? "2025-03-30T01:00:00Z" : "2025-10-26T01:00:00Z") + (i % 400 - 200) * 60'000;
        Day day = tz.localDay(t);
        index.candidates(day, candidates);
        DayPlan p = buildDayPlan(day, tz, plan, candidates, {}, {});
        ASSERT_TRUE(p.contains(t));
        int best = INT32_MIN;
        std::vector<int> expected;
        for (int r = 0; r < static_cast<int>(rules.size()); ++r) {
            if (!activeAt(rules[static_cast<size_t>(r)], tz, t)) continue;
            if (rules[static_cast<size_t>(r)].priority > best) {
                best = rules[static_cast<size_t>(r)].priority;
                expected.clear();
            }
            if (rules[static_cast<size_t>(r)].priority == best) expected.push_back(r);
        }
        if (p.segmentAt(t).rules != expected && ++mismatches < 5)
            ADD_FAILURE() << zone << " at " << tz.formatIso(t) << ": " << p.segmentAt(t).rules.size() << " rules vs "
                          << expected.size();
    }
    EXPECT_EQ(mismatches, 0);
}

TEST(DayPlan, MatchesBruteForceInHoChiMinh) { checkZone("Asia/Ho_Chi_Minh"); }
TEST(DayPlan, MatchesBruteForceInBerlin) { checkZone("Europe/Berlin"); }

TEST(TimeZone, ConstantOffset) {
    TimeZone berlin = *TimeZone::load("Europe/Berlin");
    EXPECT_EQ(berlin.constantOffset(test::at("2025-07-01T00:00:00Z"), test::at("2025-07-04T00:00:00Z")), 7200);
    EXPECT_FALSE(berlin.constantOffset(test::at("2025-03-29T00:00:00Z"), test::at("2025-03-31T00:00:00Z")));
    EXPECT_FALSE(berlin.constantOffset(test::at("2060-10-29T00:00:00Z"), test::at("2060-11-01T00:00:00Z")));
    EXPECT_EQ(berlin.constantOffset(test::at("2060-07-01T00:00:00Z"), test::at("2060-07-04T00:00:00Z")), 7200);
    TimeZone hcm = *TimeZone::load("Asia/Ho_Chi_Minh");
    EXPECT_EQ(hcm.constantOffset(test::at("2025-07-01T00:00:00Z"), test::at("2025-07-04T00:00:00Z")), 7 * 3600);
}

} // namespace
} // namespace signage::schedule
