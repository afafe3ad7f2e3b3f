#include "schedule/DayPlan.h"

#include <algorithm>
#include <map>

namespace signage::schedule {

std::pair<WallMs, WallMs> windowInterval(const TimeZone& tz, const Window& w, Day day) {
    WallMs s = tz.toUtc(day * kMsPerDay + w.startMin * kMsPerMinute);
    Day endDay = w.crossesMidnight() ? day + 1 : day;
    WallMs e = tz.toUtc(endDay * kMsPerDay + w.endMin * kMsPerMinute);
    return {s, std::max(s, e)};
}

namespace {

// Calls f(start, end) for every interval of `windows` on days `day - 1` and `day` that
// overlaps [dayStart, dayEnd), clipped to it.
template <class F>
void eachInterval(const TimeZone& tz, const DayFilter& days, const std::vector<Window>& windows, Day day,
                  WallMs dayStart, WallMs dayEnd, F&& f) {
    auto emit = [&](WallMs s, WallMs e) {
        s = std::max(s, dayStart);
        e = std::min(e, dayEnd);
        if (s < e) f(s, e);
    };
    if (windows.empty()) {
        if (days.matches(day)) emit(dayStart, dayEnd);
        return;
    }
    for (Day d : {day - 1, day}) {
        if (!days.matches(d)) continue;
        for (const Window& w : windows) {
            if (d < day && !w.crossesMidnight()) continue;
            auto [s, e] = windowInterval(tz, w, d);
            emit(s, e);
        }
    }
}

} // namespace

const DayPlan::Segment& DayPlan::segmentAt(WallMs t) const {
    auto it = std::upper_bound(segments.begin(), segments.end(), t,
                               [](WallMs v, const Segment& s) { return v < s.start; });
    return it == segments.begin() ? segments.front() : *(it - 1);
}

bool DayPlan::displayOnAt(WallMs t, WallMs& changeAt) const {
    changeAt = end;
    if (alwaysOn) return true;
    for (const auto& [s, e] : displayOn) {
        if (t < s) {
            changeAt = s;
            return false;
        }
        if (t < e) {
            changeAt = e;
            return true;
        }
    }
    return false;
}

DayPlan buildDayPlan(Day day, const TimeZone& tz, const std::vector<PlanRule>& rules,
                     const std::vector<DisplayBlock>& display, const std::vector<PlanTarget>& targets) {
    DayPlan plan;
    plan.day = day;
    plan.start = tz.startOfDay(day);
    plan.end = tz.startOfDay(day + 1);

    // Rules: a sweep over start/end events, keeping the active rules by priority.
    struct Event {
        WallMs at;
        int rule;
        bool open;
    };
    std::vector<Event> events;
    for (int r = 0; r < static_cast<int>(rules.size()); ++r) {
        const PlanRule& pr = rules[static_cast<size_t>(r)];
        eachInterval(tz, *pr.days, *pr.windows, day, plan.start, plan.end, [&](WallMs s, WallMs e) {
            events.push_back({s, r, true});
            events.push_back({e, r, false});
        });
    }
    std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.at < b.at; });
    // priority -> (rule -> open window count); overlapping windows of one rule count twice.
    std::map<int, std::map<int, int>, std::greater<>> active;
    WallMs cursor = plan.start;
    auto emit = [&](WallMs until) {
        if (until <= cursor) return;
        DayPlan::Segment seg;
        seg.start = cursor;
        seg.end = until;
        if (!active.empty()) {
            seg.priority = active.begin()->first;
            for (const auto& [rule, n] : active.begin()->second) seg.rules.push_back(rule);
        }
        if (!plan.segments.empty() && plan.segments.back().rules == seg.rules &&
            plan.segments.back().priority == seg.priority)
            plan.segments.back().end = until;
        else
            plan.segments.push_back(std::move(seg));
        cursor = until;
    };
    for (size_t i = 0; i < events.size();) {
        WallMs at = events[i].at;
        emit(at);
        for (; i < events.size() && events[i].at == at; ++i) {
            const Event& ev = events[i];
            int prio = rules[static_cast<size_t>(ev.rule)].priority;
            auto& group = active[prio];
            if (ev.open) {
                ++group[ev.rule];
            } else if (--group[ev.rule] == 0) {
                group.erase(ev.rule);
                if (group.empty()) active.erase(prio);
            }
        }
    }
    emit(plan.end);
    if (plan.segments.empty()) plan.segments.push_back({plan.start, plan.end, 0, {}});

    // Display power: the union of every block's windows.
    plan.alwaysOn = display.empty();
    if (!plan.alwaysOn) {
        std::vector<std::pair<WallMs, WallMs>> on;
        for (const DisplayBlock& b : display)
            eachInterval(tz, b.days, b.windows, day, plan.start, plan.end, [&](WallMs s, WallMs e) { on.emplace_back(s, e); });
        std::sort(on.begin(), on.end());
        for (const auto& iv : on) {
            if (!plan.displayOn.empty() && iv.first <= plan.displayOn.back().second)
                plan.displayOn.back().second = std::max(plan.displayOn.back().second, iv.second);
            else
                plan.displayOn.push_back(iv);
        }
    }

    // Target windows touching this day, with the day they count on.
    for (int t = 0; t < static_cast<int>(targets.size()); ++t) {
        const PlanTarget& pt = targets[static_cast<size_t>(t)];
        for (Day d : {day - 1, day}) {
            if (!pt.days->matches(d)) continue;
            auto [s, e] = windowInterval(tz, *pt.window, d);
            if (s < e && e > plan.start && s < plan.end) plan.targets.push_back({t, d, s, e});
        }
    }
    std::sort(plan.targets.begin(), plan.targets.end(),
              [](const DayPlan::TargetWindow& a, const DayPlan::TargetWindow& b) { return a.start < b.start; });
    return plan;
}

} // namespace signage::schedule
