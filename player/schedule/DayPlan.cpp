// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/DayPlan.h"

#include <algorithm>
#include <map>

namespace signage::schedule {

namespace {

// Local to UTC for the days around one plan: one subtraction when the zone's offset does
// not change over them (almost always), the full lookup otherwise.
struct LocalToUtc {
    const TimeZone& tz;
    std::optional<int> offset;
    WallMs operator()(WallMs local) const { return offset ? local - static_cast<WallMs>(*offset) * 1000 : tz.toUtc(local); }
};

std::pair<WallMs, WallMs> interval(const LocalToUtc& toUtc, const Window& w, Day day) {
    WallMs s = toUtc(day * kMsPerDay + w.startMin * kMsPerMinute);
    Day endDay = w.crossesMidnight() ? day + 1 : day;
    WallMs e = toUtc(endDay * kMsPerDay + w.endMin * kMsPerMinute);
    return {s, std::max(s, e)};
}

} // namespace

std::pair<WallMs, WallMs> windowInterval(const TimeZone& tz, const Window& w, Day day) {
    return interval(LocalToUtc{tz, std::nullopt}, w, day);
}

void RuleIndex::build(const std::vector<PlanRule>& rules) {
    _byDay.clear();
    _always.clear();
    Day first = 0, last = -1;
    bool any = false;
    auto indexed = [](const PlanRule& r) {
        return r.days->from && r.days->to && *r.days->to - *r.days->from < kMaxIndexedDays;
    };
    for (const PlanRule& r : rules) {
        if (r.days->weekdays == 0 || !indexed(r)) continue;
        first = any ? std::min(first, *r.days->from) : *r.days->from;
        last = any ? std::max(last, *r.days->to + 1) : *r.days->to + 1;
        any = true;
    }
    _first = first;
    if (any) _byDay.resize(static_cast<size_t>(last - first + 1));
    for (int i = 0; i < static_cast<int>(rules.size()); ++i) {
        const PlanRule& r = rules[static_cast<size_t>(i)];
        if (r.days->weekdays == 0) continue; // never applies
        if (!indexed(r)) {
            _always.push_back(i);
            continue;
        }
        // A window crossing midnight on the last day reaches into the day after.
        for (Day d = *r.days->from; d <= *r.days->to + 1; ++d) _byDay[static_cast<size_t>(d - _first)].push_back(i);
    }
}

void RuleIndex::candidates(Day day, std::vector<int>& out) const {
    out = _always;
    if (day >= _first && day - _first < static_cast<Day>(_byDay.size())) {
        const auto& b = _byDay[static_cast<size_t>(day - _first)];
        out.insert(out.end(), b.begin(), b.end());
    }
}

namespace {

// Calls f(start, end) for every interval of `windows` on days `day - 1` and `day` that
// overlaps [dayStart, dayEnd), clipped to it.
template <class F>
void eachInterval(const LocalToUtc& tz, const DayFilter& days, const std::vector<Window>& windows, Day day,
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
            auto [s, e] = interval(tz, w, d);
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

DayPlan buildDayPlan(Day day, const TimeZone& zone, const std::vector<PlanRule>& rules, const std::vector<int>& candidates,
                     const std::vector<DisplayBlock>& display, const std::vector<PlanTarget>& targets) {
    DayPlan plan;
    plan.day = day;
    plan.start = zone.startOfDay(day);
    plan.end = zone.startOfDay(day + 1);
    const LocalToUtc tz{zone, zone.constantOffset(plan.start - kMsPerDay - 2 * kMsPerHour, plan.end + kMsPerDay + 2 * kMsPerHour)};

    // Rules: a sweep over start/end events, keeping the active rules by priority.
    struct Event {
        WallMs at;
        int rule;
        bool open;
    };
    std::vector<Event> events;
    for (int r : candidates) {
        const PlanRule& pr = rules[static_cast<size_t>(r)];
        eachInterval(tz, *pr.days, *pr.windows, day, plan.start, plan.end, [&](WallMs s, WallMs e) {
            events.push_back({s, r, true});
            events.push_back({e, r, false});
        });
    }
    std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.at < b.at; });
    // priority -> active rules (sorted); a rule's overlapping windows are counted in `open`.
    std::map<int, std::vector<int>, std::greater<>> active;
    std::vector<int> open(rules.size(), 0);
    WallMs cursor = plan.start;
    auto emit = [&](WallMs until) {
        if (until <= cursor) return;
        static const std::vector<int> kNone;
        const std::vector<int>& top = active.empty() ? kNone : active.begin()->second;
        int prio = active.empty() ? 0 : active.begin()->first;
        if (!plan.segments.empty() && plan.segments.back().priority == prio && plan.segments.back().rules == top) {
            plan.segments.back().end = until;
        } else {
            plan.segments.push_back({cursor, until, prio, top});
        }
        cursor = until;
    };
    for (size_t i = 0; i < events.size();) {
        WallMs at = events[i].at;
        emit(at);
        for (; i < events.size() && events[i].at == at; ++i) {
            const Event& ev = events[i];
            int prio = rules[static_cast<size_t>(ev.rule)].priority;
            int& n = open[static_cast<size_t>(ev.rule)];
            if (ev.open && n++ == 0) {
                auto& group = active[prio];
                group.insert(std::lower_bound(group.begin(), group.end(), ev.rule), ev.rule);
            } else if (!ev.open && --n == 0) {
                auto& group = active[prio];
                group.erase(std::lower_bound(group.begin(), group.end(), ev.rule));
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
            auto [s, e] = interval(tz, *pt.window, d);
            if (s < e && e > plan.start && s < plan.end) plan.targets.push_back({t, d, s, e});
        }
    }
    std::sort(plan.targets.begin(), plan.targets.end(),
              [](const DayPlan::TargetWindow& a, const DayPlan::TargetWindow& b) { return a.start < b.start; });
    return plan;
}

} // namespace signage::schedule
