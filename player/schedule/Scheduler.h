// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The scheduler: given the schedule, the content and the clock, says what to play now.
//
// How the play loop uses it (render thread; the Scheduler is not thread-safe):
//
//   Scheduler sched(schedule, catalog, clock);
//   Decision playing = sched.decide();            // start playing.playlist / playing.item
//   loop:
//     wait until the item ends, or playing.untilSteady (steady clock), or an interrupt change
//     on item end:   sched.notePlayed(playing, start, end);   // or PlayOutcome::Failed
//                    playing = sched.decide();    // start the next item
//     on untilSteady or an interrupt change (InterruptControl::readIfChanged):
//                    Decision next = sched.decide();
//                    if (Scheduler::shouldPreempt(playing, next)) {
//                        sched.notePlayed(playing, start, now, PlayOutcome::Interrupted);
//                        playing = next;          // cut over at once (interrupts, screen off)
//                    } else {
//                        playing.untilSteady = next.untilSteady; // switch at the item's end
//                    }
//
// decide() has no effect on what it will answer next: only notePlayed(), the interrupt
// and the clock move the schedule on. Calling it twice gives the same answer.
//
// Policies (docs/schedule-format.md says them for content authors):
// - Precedence: interrupt > display off > a due target > the leading rule (highest
//   priority; equal priorities share time by weight, switching at the end of a pass
//   through the playlist) > the default playlist > nothing (the player's fallback slate).
// - Rule changes, targets and the end of a window take effect at the next item boundary;
//   only interrupts (start and end) and the screen turning off cut an item short.
// - Each playlist keeps its own position: a playlist that was pre-empted resumes at the
//   item after the last one played, so short windows do not starve the playlist's end.
// - Targets: a window's first play starts at the window's start (or at once, if the box
//   arrives mid-window, e.g. after a clock jump); further plays are spread over what is
//   left of the window, never bunched. A play counts when it is completed entirely inside
//   the window; a playlist counts once all its items have been played there.
// - Clock jumps (wall vs steady disagreeing by > 2 s): no catch-up bursts (nothing is owed
//   for time that did not pass on the steady clock), plays of the last 48 h are re-placed
//   on the corrected clock and targets recounted, and takeClockJump() reports the jump.
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "content/Model.h"
#include "core/Clock.h"
#include "core/Duration.h"
#include "schedule/DayPlan.h"
#include "schedule/Interrupt.h"
#include "schedule/Schedule.h"
#include "schedule/TargetTracker.h"
#include "schedule/TimeZone.h"

namespace signage::schedule {

struct SchedulerOptions {
    /// Assumed length of a video/audio item without a duration until it has been played once.
    core::Millis unknownMediaDuration{30'000};
    /// Wall and steady clocks disagreeing by more than this is a clock jump.
    core::Millis jumpThreshold{2'000};
};

/// What to play now.
struct Decision {
    enum class Kind {
        Off,       // display power window closed: screen off, play nothing
        Idle,      // nothing to play (no playlist at all): show the fallback slate
        Interrupt, // an emergency interrupt
        Target,    // a play inserted to meet a target
        Rule,      // a schedule rule
        Default,   // the default playlist (no rule applies)
    };
    Kind kind = Kind::Idle;
    bool displayOn = true;
    bool isInterrupt = false;   // kind == Interrupt
    std::string playlist;       // playlist id; empty for Off and Idle
    std::size_t item = 0;       // index into the playlist's items
    std::string itemId;
    std::string rule;           // rule id, target id, "interrupt" or "default"; "" for Off/Idle
    WallMs until = 0;           // ask decide() again at this wall time even if the item still plays
    core::SteadyMs untilSteady = 0; // the same deadline on the steady clock: wait on this one
    core::Millis expected{0};   // expected length of the item (content, learned, or assumed)

    // For notePlayed(const Decision&, ...): which rule or target this was decided for.
    int source = -1;
    WallMs segmentStart = 0;
};

/// How an item's play ended (the play log's outcomes).
enum class PlayOutcome {
    Completed,   // ran to its end: counts towards targets
    Interrupted, // cut short (interrupt, screen off): the playlist resumes with this item
    Failed,      // could not be played: the playlist moves on to the next item
};

/// A jump of the wall clock seen by the scheduler (for the play log's event table).
struct ClockJump {
    WallMs from = 0;            // wall time the clock would have shown without the jump
    WallMs to = 0;              // wall time after the jump
};

/// How one target fared on one day (for previews; the audit recomputes from the play log).
struct TargetStatus {
    std::string target;
    Day day = 0;
    WallMs windowStart = 0, windowEnd = 0;
    int required = 0;
    int played = 0;
    bool met() const { return played >= required; }
};

class Scheduler {
public:
    /// Copies what it needs from `catalog` (ids, item durations): the catalog may go away.
    /// The clock must outlive the scheduler. Rules and targets naming unknown playlists or
    /// items are left out (see warnings(); `signage validate` reports them as errors).
    Scheduler(Schedule schedule, const content::Catalog& catalog, const core::Clock& clock,
              SchedulerOptions options = {});
    Scheduler(const Scheduler&) = delete; // holds pointers into itself
    Scheduler& operator=(const Scheduler&) = delete;

    /// New schedule and/or content (swap at an item boundary). Keeps each playlist's
    /// position, the interrupt and the plays of the last 48 h, so targets already met
    /// today stay met.
    void reload(Schedule schedule, const content::Catalog& catalog);

    /// What to play at the clock's current wall time.
    Decision decide();
    /// What to play at wall time `now` (normally clock.wallNow(); the clock is still used
    /// to notice jumps and to compute untilSteady).
    Decision decide(WallMs now);

    /// Builds today's and the next local day's plans ahead of time, so the first decision after midnight
    /// is as fast as any other (with 10,000 rules a day's plan takes ~0.2-0.5 ms to build;
    /// docs/benchmarks/schedule.md). Optional: call it from the loop when nothing is due,
    /// e.g. right after starting an item. Does nothing when the plan is already there.
    void prepare();

    /// True when `next` must replace `playing` at once rather than at the item's end:
    /// an interrupt starts, changes or ends, or the screen turns off.
    static bool shouldPreempt(const Decision& playing, const Decision& next);

    /// Reports that an item was played from `start` to `end` (wall times from the clock).
    /// Only completed plays count towards targets; see PlayOutcome for what moves on.
    void notePlayed(std::string_view playlist, std::size_t item, WallMs start, WallMs end,
                    PlayOutcome outcome = PlayOutcome::Completed);
    /// Same, passing back the Decision the item was started from (exact attribution of
    /// the time to its rule; preferred when the loop still has it).
    void notePlayed(const Decision& played, WallMs start, WallMs end, PlayOutcome outcome = PlayOutcome::Completed);

    /// Starts (or replaces) an interrupt. False, with a reason in *error, when its target
    /// names no playlist or item of the content, or its `until` has already passed.
    bool setInterrupt(const Interrupt& interrupt, std::string* error = nullptr);
    /// Ends the interrupt (the schedule resumes where it left off).
    void clearInterrupt();
    /// The interrupt in force, if any (an expired one is cleared by decide()).
    const std::optional<Interrupt>& interrupt() const { return _interrupt; }

    /// The last clock jump noticed since the previous call, if any.
    std::optional<ClockJump> takeClockJump();

    /// Target results for local days [from, to] (days whose filters exclude a target are skipped).
    std::vector<TargetStatus> targetStatus(Day from, Day to) const;

    const TimeZone& timeZone() const { return _tz; }
    const Schedule& schedule() const { return _schedule; }
    /// Problems found while preparing the schedule (unknown playlists, time zone fallback).
    const std::vector<std::string>& warnings() const { return _warnings; }
    /// Expected length of an item: its duration, else what it took last time, else the guess.
    core::Millis expectedDuration(std::string_view playlist, std::size_t item) const;

private:
    struct ItemInfo {
        std::string id, slide;
        std::optional<core::Millis> duration;
        core::Millis learned{0};
    };
    struct PlaylistInfo {
        std::string id;
        std::vector<ItemInfo> items;
        std::size_t cursor = 0; // next item to play
    };
    struct RuleInfo {
        int playlist = -1;
    };
    struct TargetInfo {
        int playlist = -1;
        int item = -1;
    };
    struct ActiveInterrupt {
        int playlist = -1;
        int item = -1;          // -1 = loop the playlist
        std::size_t cursor = 0;
    };
    // What a recent decision was made for, to attribute notePlayed().
    struct Given {
        Decision::Kind kind = Decision::Kind::Idle;
        int playlist = -1;
        std::size_t item = 0;
        int rule = -1;
        WallMs segmentStart = 0;
    };

    void compile(const content::Catalog& catalog);
    void checkClock();
    const DayPlan& planFor(WallMs now);
    DayPlan buildPlan(Day day);
    int playlistIndex(std::string_view id) const;
    core::Millis expected(int playlist, std::size_t item) const;
    core::Millis targetLength(int target) const;
    Decision make(Decision::Kind kind, int playlist, std::size_t item, std::string rule, WallMs now, WallMs until);
    Decision decideTarget(const DayPlan& plan, WallMs now, WallMs& until);
    int chooseRule(const DayPlan::Segment& seg) const;
    void remember(const Decision& d, int playlist);
    void account(const Given& given, int playlist, std::size_t item, WallMs start, WallMs end, PlayOutcome outcome);

    const core::Clock& _clock;
    SchedulerOptions _options;
    Schedule _schedule;
    TimeZone _tz;
    std::vector<std::string> _warnings;
    std::vector<PlaylistInfo> _playlists;
    std::map<std::string, int, std::less<>> _playlistById;
    std::vector<RuleInfo> _rules;         // parallel to _schedule.rules
    std::vector<PlanRule> _planRules;
    RuleIndex _ruleIndex;
    std::vector<int> _candidates;         // scratch for planFor()
    std::vector<TargetInfo> _targets;     // parallel to _schedule.targets
    std::vector<PlanTarget> _planTargets;
    int _defaultPlaylist = -1;
    TargetTracker _tracker;

    std::optional<DayPlan> _plan;
    std::optional<DayPlan> _nextPlan;     // built ahead by prepare()
    std::optional<Interrupt> _interrupt;
    ActiveInterrupt _active;
    int _stickyRule = -1;                 // rule whose playlist is mid-pass
    WallMs _shareSegment = -1;            // segment whose time shares _served counts
    std::map<int, double> _served;        // rule -> ms played in _shareSegment
    Given _given[16];                     // the last decisions, newest at _givenNext - 1
    std::size_t _givenNext = 0;

    bool _haveOffset = false;
    WallMs _offset = 0;                   // wall - steady, to notice jumps
    std::optional<ClockJump> _jump;
    core::SteadyMs _lastNoteSteady = 0;
    Day _prunedDay = 0;
};

} // namespace signage::schedule
