// SPDX-License-Identifier: GPL-3.0-or-later
// Scheduler: what happened (plays, interrupts, clock jumps). Deciding is in Scheduler.cpp.
#include <algorithm>
#include <cstdlib>

#include "core/Lang.h"
#include "core/Log.h"
#include "core/Suggest.h"
#include "schedule/Scheduler.h"

namespace signage::schedule {
namespace {
const core::Logger kLog("schedule");
} // namespace

void Scheduler::checkClock() {
    WallMs wall = _clock.wallNow();
    core::SteadyMs steady = _clock.steadyNow();
    WallMs offset = wall - steady;
    if (!_haveOffset) {
        _haveOffset = true;
        _offset = offset;
        return;
    }
    if (std::llabs(offset - _offset) <= _options.jumpThreshold.count()) {
        _offset = offset; // follow slow NTP slewing
        return;
    }
    ClockJump jump{steady + _offset, wall};
    kLog.info("clock jump from " + _tz.formatIso(jump.from) + " to " + _tz.formatIso(jump.to) +
              "; recounting recent plays on the new clock");
    _offset = offset;
    _jump = jump;
    // Nothing is owed for time that did not pass: no catch-up. Re-place the recent plays
    // on the corrected clock so targets are counted where they really happened.
    _tracker.remap(offset);
    _plan.reset();
    _nextPlan.reset();
    _shareSegment = -1;
    _served.clear();
}

std::optional<ClockJump> Scheduler::takeClockJump() {
    checkClock();
    auto j = _jump;
    _jump.reset();
    return j;
}

void Scheduler::notePlayed(std::string_view playlist, std::size_t item, WallMs start, WallMs end, PlayOutcome outcome) {
    int p = playlistIndex(playlist);
    if (p < 0 || item >= _playlists[static_cast<size_t>(p)].items.size()) {
        kLog.debug("notePlayed: unknown item " + std::string(playlist) + "#" + std::to_string(item));
        return;
    }
    // Attribute to the most recent decision for this item (newest first).
    Given given;
    given.playlist = -1;
    for (size_t k = 1; k <= std::size(_given); ++k) {
        const Given& g = _given[(_givenNext + std::size(_given) - k) % std::size(_given)];
        if (g.playlist == p && g.item == item) {
            given = g;
            break;
        }
    }
    account(given, p, item, start, end, outcome);
}

void Scheduler::notePlayed(const Decision& played, WallMs start, WallMs end, PlayOutcome outcome) {
    int p = playlistIndex(played.playlist);
    if (p < 0 || played.item >= _playlists[static_cast<size_t>(p)].items.size()) return;
    Given g{played.kind, p, played.item, played.source, played.segmentStart};
    account(g, p, played.item, start, end, outcome);
}

void Scheduler::account(const Given& given, int p, std::size_t item, WallMs start, WallMs end, PlayOutcome outcome) {
    const bool completed = outcome == PlayOutcome::Completed;
    // An interrupted item is played again from its start when its playlist resumes.
    const std::size_t next = outcome == PlayOutcome::Interrupted ? item : item + 1;
    checkClock();
    core::SteadyMs steadyNow = _clock.steadyNow();
    WallMs wallNow = _clock.wallNow();
    // A jump during the item makes end - start meaningless; the steady clock bounds the
    // item by the time since the previous report.
    core::SteadyMs sinceLast = steadyNow - _lastNoteSteady;
    WallMs length = end - start;
    if (length < 0 || length > sinceLast + _options.jumpThreshold.count()) {
        length = std::max<WallMs>(0, sinceLast);
        start = end - length;
    }
    _lastNoteSteady = steadyNow;

    PlaylistInfo& pl = _playlists[static_cast<size_t>(p)];
    if (completed && length > 0) pl.items[item].learned = core::Millis(length);

    using K = Decision::Kind;
    switch (given.kind) {
    case K::Interrupt:
        if (_interrupt && _active.playlist == p) _active.cursor = next;
        break;
    case K::Target:
        break; // targets play outside the playlist's own order
    case K::Rule:
    case K::Default:
    default:
        pl.cursor = next % pl.items.size();
        if (given.kind == K::Rule && given.rule >= 0) {
            _stickyRule = next >= pl.items.size() ? -1 : given.rule;
            if (_shareSegment != given.segmentStart) {
                _shareSegment = given.segmentStart;
                _served.clear();
            }
            _served[given.rule] += static_cast<double>(length);
        } else {
            _stickyRule = -1;
        }
        break;
    }

    if (completed && _tracker.relevant(p)) {
        TargetTracker::Record r;
        r.playlist = pl.id;
        r.item = pl.items[item].id;
        r.playlistIndex = p;
        r.itemIndex = static_cast<int>(item);
        r.start = start;
        r.end = end;
        r.steadyEnd = steadyNow - std::max<WallMs>(0, wallNow - end);
        _tracker.record(std::move(r));
    }
}

bool Scheduler::setInterrupt(const Interrupt& interrupt, std::string* error) {
    using core::tr;
    auto fail = [&](std::string why) {
        kLog.warn("interrupt refused: " + why);
        if (error) *error = std::move(why);
        return false;
    };
    if (interrupt.until != 0 && interrupt.until <= _clock.wallNow())
        return fail(tr("thời điểm kết thúc đã qua: ", "its end time has passed: ") + _tz.formatIso(interrupt.until));
    int p = -1, item = -1;
    const std::string& t = interrupt.target;
    auto findItem = [&](const PlaylistInfo& pl, std::string_view id) {
        for (size_t i = 0; i < pl.items.size(); ++i)
            if (pl.items[i].id == id) return static_cast<int>(i);
        for (size_t i = 0; i < pl.items.size(); ++i)
            if (pl.items[i].slide == id) return static_cast<int>(i);
        return -1;
    };
    if (size_t slash = t.find('/'); slash != std::string::npos) {
        p = playlistIndex(std::string_view(t).substr(0, slash));
        if (p >= 0) item = findItem(_playlists[static_cast<size_t>(p)], std::string_view(t).substr(slash + 1));
        if (item < 0) p = -1;
    } else if ((p = playlistIndex(t)) < 0) {
        for (size_t k = 0; k < _playlists.size() && item < 0; ++k)
            if ((item = findItem(_playlists[k], t)) >= 0) p = static_cast<int>(k);
    }
    if (p < 0 || _playlists[static_cast<size_t>(p)].items.empty()) {
        std::vector<std::string> names;
        for (const auto& pl : _playlists) {
            names.push_back(pl.id);
            for (const auto& it : pl.items) names.push_back(pl.id + "/" + it.id);
        }
        return fail(tr("không có danh sách phát hoặc mục \"", "no playlist or item \"") + t + "\"" + core::didYouMean(t, names));
    }
    bool same = _interrupt && _active.playlist == p && _active.item == item;
    _interrupt = interrupt;
    if (!same) _active = {p, item, 0};
    kLog.info("interrupt started: " + t + (interrupt.until ? " until " + _tz.formatIso(interrupt.until) : " until stopped") +
              (interrupt.by.empty() ? "" : " (by " + interrupt.by + ")"));
    return true;
}

void Scheduler::clearInterrupt() {
    if (!_interrupt) return;
    kLog.info("interrupt stopped: " + _interrupt->target + "; schedule resumes");
    _interrupt.reset();
}

std::vector<TargetStatus> Scheduler::targetStatus(Day from, Day to) const {
    std::vector<TargetStatus> out;
    for (Day d = from; d <= to; ++d) {
        for (size_t t = 0; t < _schedule.targets.size(); ++t) {
            const Target& spec = _schedule.targets[t];
            if (_targets[t].playlist < 0 || !spec.days.matches(d)) continue;
            auto [s, e] = windowInterval(_tz, spec.window, d);
            const TargetTracker::Instance* in = _tracker.find(static_cast<int>(t), d);
            out.push_back({spec.id, d, s, e, spec.times, in ? in->count : 0});
        }
    }
    return out;
}

} // namespace signage::schedule
