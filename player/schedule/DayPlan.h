// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to the Scheduler: one local day of the schedule resolved into UTC intervals,
// built once per day so that each decision is a lookup (binary search), not a scan of
// every rule. Rebuilt when the clock crosses local midnight or jumps.
#include <cstdint>
#include <utility>
#include <vector>

#include "schedule/Schedule.h"
#include "schedule/TimeZone.h"

namespace signage::schedule {

/// [start, end) of window `w` on local day `day` (a crossing window ends on day + 1).
/// Empty (start == end) when DST swallows it.
std::pair<WallMs, WallMs> windowInterval(const TimeZone& tz, const Window& w, Day day);

/// What the day plan needs to know about one rule (indices are into Scheduler's tables).
struct PlanRule {
    int priority = 0;
    const DayFilter* days = nullptr;
    const std::vector<Window>* windows = nullptr; // empty = the whole day
};

struct PlanTarget {
    const DayFilter* days = nullptr;
    const Window* window = nullptr;
};

struct DayPlan {
    /// A stretch of the day in which the same rules lead (highest priority present).
    struct Segment {
        WallMs start = 0, end = 0;
        int priority = 0;
        std::vector<int> rules; // ascending rule indices of the leading group; empty = none
    };
    /// One day's window of one target (also yesterday's window if it crosses midnight).
    struct TargetWindow {
        int target = 0;
        Day day = 0; // the day the window belongs to (its counting day)
        WallMs start = 0, end = 0;
    };

    Day day = 0;
    WallMs start = 0, end = 0;          // local midnight to local midnight, UTC
    std::vector<Segment> segments;      // ordered, cover [start, end)
    bool alwaysOn = true;               // no display blocks at all
    std::vector<std::pair<WallMs, WallMs>> displayOn; // merged, clipped to the day
    std::vector<TargetWindow> targets;  // ordered by start

    bool contains(WallMs t) const { return t >= start && t < end; }
    /// The segment containing t (t must be inside the day).
    const Segment& segmentAt(WallMs t) const;
    /// Whether the screen is on at t, and when that next changes (or `end`).
    bool displayOnAt(WallMs t, WallMs& changeAt) const;
};

/// Which rules can apply on a given day, so a day's plan looks at those only (with
/// 10,000 rules spread over a year, a few hundred instead of all of them).
class RuleIndex {
public:
    void build(const std::vector<PlanRule>& rules);
    /// Rules that may be active on `day` (including windows crossing in from day - 1).
    void candidates(Day day, std::vector<int>& out) const;

private:
    static constexpr Day kMaxIndexedDays = 400; // longer ranges are always looked at
    Day _first = 0;
    std::vector<std::vector<int>> _byDay;       // _byDay[d - _first]
    std::vector<int> _always;
};

/// Builds the plan of local day `day`, looking only at `candidates` (indices into rules).
/// Cost grows with the rules active that day.
DayPlan buildDayPlan(Day day, const TimeZone& tz, const std::vector<PlanRule>& rules, const std::vector<int>& candidates,
                     const std::vector<DisplayBlock>& display, const std::vector<PlanTarget>& targets);

} // namespace signage::schedule
