// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs the Scheduler on a manual clock the way the player's loop does (same decide /
// notePlayed / shouldPreempt contract as described in Scheduler.h), faster than real
// time. Used by `signage schedule preview`, the tests and the benchmarks, so what a
// preview shows is what a box plays.
#include <functional>
#include <set>
#include <string>
#include <vector>

#include "content/Model.h"
#include "core/Clock.h"
#include "schedule/Schedule.h"
#include "schedule/Scheduler.h"

namespace signage::schedule {

/// Something to do at a point of the simulation (an interrupt, a clock jump), given as
/// milliseconds of steady time after the start; the loop notices it at once, as the
/// player notices the control file.
struct SimulationEvent {
    core::SteadyMs after = 0;
    std::function<void(Scheduler&, core::ManualClock&)> action;
};

struct SimulationOptions {
    SchedulerOptions scheduler;
    std::vector<SimulationEvent> events;
    /// Called for each item played: the decision, wall start and end, whether it ran to
    /// its end, and whether its length was assumed (video/audio without a duration).
    std::function<void(const Decision&, WallMs, WallMs, bool completed, bool assumed)> onPlay;
    /// Called for each stretch with nothing played (screen off, or nothing to play).
    std::function<void(Decision::Kind, WallMs, WallMs)> onGap;
};

struct SimulationSummary {
    std::size_t plays = 0;
    std::size_t decisions = 0;
    std::set<std::string> assumedItems; // "playlist/item" whose length was assumed
    std::vector<TargetStatus> targets;  // per target and local day of the range
    std::vector<std::string> warnings;  // from the Scheduler
    std::vector<ClockJump> jumps;
};

/// Simulates wall time [from, to). The clock starts at `from`.
SimulationSummary simulate(const Schedule& schedule, const content::Catalog& catalog, WallMs from, WallMs to,
                           const SimulationOptions& options = {});

} // namespace signage::schedule
