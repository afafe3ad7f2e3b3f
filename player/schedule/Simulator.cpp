// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/Simulator.h"

#include <algorithm>

namespace signage::schedule {
namespace {

// The length the player would give an item: its duration, or the assumed length of a
// video/audio file the preview cannot open. Never below 1 s, so a zero duration cannot
// stall the loop.
core::Millis itemLength(const content::Catalog& catalog, const Decision& d, core::Millis assumedLength, bool& assumed) {
    assumed = false;
    const content::Playlist* p = catalog.findPlaylist(d.playlist);
    if (p && d.item < p->items.size() && p->items[d.item].duration) return std::max(*p->items[d.item].duration, core::Millis(1000));
    assumed = true;
    return std::max(assumedLength, core::Millis(1000));
}

} // namespace

SimulationSummary simulate(const Schedule& schedule, const content::Catalog& catalog, WallMs from, WallMs to,
                           const SimulationOptions& options) {
    SimulationSummary summary;
    core::ManualClock clock(from);
    Scheduler sched(schedule, catalog, clock, options.scheduler);
    summary.warnings = sched.warnings();

    std::vector<const SimulationEvent*> events;
    for (const auto& e : options.events) events.push_back(&e);
    std::stable_sort(events.begin(), events.end(), [](auto* a, auto* b) { return a->after < b->after; });
    size_t nextEvent = 0;
    const core::SteadyMs steady0 = clock.steadyNow();
    constexpr core::SteadyMs kNever = INT64_MAX;
    auto eventAt = [&] { return nextEvent < events.size() ? steady0 + events[nextEvent]->after : kNever; };
    auto runEvents = [&] {
        bool any = false;
        while (nextEvent < events.size() && steady0 + events[nextEvent]->after <= clock.steadyNow()) {
            events[nextEvent++]->action(sched, clock);
            any = true;
        }
        if (auto j = sched.takeClockJump()) summary.jumps.push_back(*j);
        return any;
    };
    auto advanceTo = [&](core::SteadyMs t) {
        if (t > clock.steadyNow()) clock.advance(t - clock.steadyNow());
    };
    // Guard against a hook that keeps moving the wall clock back.
    const core::SteadyMs steadyLimit = steady0 + (to - from) * 4 + 7 * kMsPerDay;

    while (clock.wallNow() < to && clock.steadyNow() < steadyLimit) {
        runEvents();
        Decision d = sched.decide();
        ++summary.decisions;
        WallMs start = clock.wallNow();
        if (d.kind == Decision::Kind::Off || d.kind == Decision::Kind::Idle) {
            core::SteadyMs wake = std::min({d.untilSteady, eventAt(), clock.steadyNow() + (to - start)});
            advanceTo(std::max(wake, clock.steadyNow() + 1));
            if (options.onGap) options.onGap(d.kind, start, clock.wallNow());
            continue;
        }
        bool assumed = false;
        core::Millis length = itemLength(catalog, d, options.scheduler.unknownMediaDuration, assumed);
        if (assumed) summary.assumedItems.insert(d.playlist + "/" + d.itemId);
        const core::SteadyMs endSteady = clock.steadyNow() + length.count();
        bool completed = true;
        for (;;) {
            core::SteadyMs wake = std::min({endSteady, d.untilSteady, eventAt()});
            advanceTo(wake);
            if (clock.steadyNow() >= endSteady) break;
            runEvents();
            Decision next = sched.decide();
            ++summary.decisions;
            if (Scheduler::shouldPreempt(d, next)) {
                completed = false;
                break;
            }
            d.untilSteady = std::max(next.untilSteady, clock.steadyNow() + 1);
        }
        WallMs end = clock.wallNow();
        sched.notePlayed(d, start, end, completed ? PlayOutcome::Completed : PlayOutcome::Interrupted);
        ++summary.plays;
        if (options.onPlay) options.onPlay(d, start, end, completed, assumed);
    }
    if (auto j = sched.takeClockJump()) summary.jumps.push_back(*j);
    const TimeZone& tz = sched.timeZone();
    summary.targets = sched.targetStatus(tz.localDay(from), tz.localDay(std::max(from, to - 1)));
    return summary;
}

} // namespace signage::schedule
