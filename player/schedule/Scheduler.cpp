// SPDX-License-Identifier: GPL-3.0-or-later
// Scheduler: preparing the schedule and deciding. Plays, interrupts and clock jumps are
// in SchedulerPlays.cpp.
#include "schedule/Scheduler.h"

#include <algorithm>
#include <limits>

#include "core/Log.h"

namespace signage::schedule {
namespace {

const core::Logger kLog("schedule");
// A DayFilter that never matches: rules and targets that cannot play stay in the tables
// (indices line up with the schedule) but never appear in a day plan.
const DayFilter kNever{std::nullopt, std::nullopt, 0};
// A target's last play is started at least this long before its window closes, so one
// long item playing at the wrong moment does not make it miss.
constexpr WallMs kTargetSafetyMs = 10 * kMsPerMinute;
// Without anything else to wait for, ask again at least this often.
constexpr WallMs kMaxWaitMs = kMsPerHour;

} // namespace

Scheduler::Scheduler(Schedule schedule, const content::Catalog& catalog, const core::Clock& clock,
                     SchedulerOptions options)
    : _clock(clock), _options(options), _schedule(std::move(schedule)), _tz(TimeZone::utc()) {
    compile(catalog);
    _lastNoteSteady = _clock.steadyNow();
}

void Scheduler::reload(Schedule schedule, const content::Catalog& catalog) {
    _schedule = std::move(schedule);
    compile(catalog);
    if (_interrupt) {
        Interrupt keep = *_interrupt;
        std::string why;
        _interrupt.reset();
        if (!setInterrupt(keep, &why)) kLog.warn("interrupt dropped on content reload: " + why);
    }
}

void Scheduler::compile(const content::Catalog& catalog) {
    _warnings.clear();
    std::string tzWarning;
    _tz = TimeZone::loadOrFallback(_schedule.timezone, &tzWarning);
    if (!tzWarning.empty()) {
        _warnings.push_back(tzWarning);
        kLog.warn(tzWarning);
    }

    // Playlists, keeping each one's position across a reload.
    std::map<std::string, std::size_t, std::less<>> oldCursors;
    for (const auto& p : _playlists) oldCursors[p.id] = p.cursor;
    _playlists.clear();
    _playlistById.clear();
    for (const auto& [id, pl] : catalog.playlists) {
        PlaylistInfo info;
        info.id = id;
        for (const auto& item : pl.items) {
            ItemInfo ii;
            ii.id = item.id;
            ii.slide = item.slide;
            ii.duration = item.duration;
            info.items.push_back(std::move(ii));
        }
        if (auto it = oldCursors.find(id); it != oldCursors.end() && !info.items.empty())
            info.cursor = it->second % info.items.size();
        _playlistById[id] = static_cast<int>(_playlists.size());
        _playlists.push_back(std::move(info));
    }

    auto playable = [&](const std::string& id, const std::string& what) {
        int p = playlistIndex(id);
        if (p < 0) {
            _warnings.push_back(what + ": unknown playlist \"" + id + "\"");
        } else if (_playlists[static_cast<size_t>(p)].items.empty()) {
            _warnings.push_back(what + ": playlist \"" + id + "\" has no items");
            p = -1;
        }
        return p;
    };

    _rules.assign(_schedule.rules.size(), {});
    _planRules.assign(_schedule.rules.size(), {});
    for (size_t r = 0; r < _schedule.rules.size(); ++r) {
        const Rule& rule = _schedule.rules[r];
        _rules[r].playlist = playable(rule.playlist, "rule \"" + rule.id + "\"");
        _planRules[r] = {rule.priority, _rules[r].playlist >= 0 ? &rule.days : &kNever, &rule.windows};
    }

    _ruleIndex.build(_planRules);

    _targets.assign(_schedule.targets.size(), {});
    _planTargets.assign(_schedule.targets.size(), {});
    std::vector<TargetTracker::Spec> specs;
    for (size_t t = 0; t < _schedule.targets.size(); ++t) {
        const Target& target = _schedule.targets[t];
        TargetInfo& info = _targets[t];
        info.playlist = playable(target.playlist, "target \"" + target.id + "\"");
        if (info.playlist >= 0 && !target.item.empty()) {
            const auto& items = _playlists[static_cast<size_t>(info.playlist)].items;
            for (size_t i = 0; i < items.size() && info.item < 0; ++i)
                if (items[i].id == target.item) info.item = static_cast<int>(i);
            for (size_t i = 0; i < items.size() && info.item < 0; ++i)
                if (items[i].slide == target.item) info.item = static_cast<int>(i);
            if (info.item < 0) {
                _warnings.push_back("target \"" + target.id + "\": no item \"" + target.item + "\" in playlist \"" +
                                    target.playlist + "\"");
                info.playlist = -1;
            }
        }
        _planTargets[t] = {info.playlist >= 0 ? &target.days : &kNever, &target.window};
        TargetTracker::Spec spec;
        spec.playlist = info.playlist;
        spec.item = info.item;
        spec.itemCount = info.playlist >= 0 ? static_cast<int>(_playlists[static_cast<size_t>(info.playlist)].items.size()) : 0;
        spec.times = target.times;
        spec.window = target.window;
        spec.days = target.days;
        specs.push_back(spec);
    }
    _tracker.configure(std::move(specs), &_tz);
    _tracker.reresolve([this](const std::string& playlist, const std::string& item) {
        int p = playlistIndex(playlist);
        int i = -1;
        if (p >= 0) {
            const auto& items = _playlists[static_cast<size_t>(p)].items;
            for (size_t k = 0; k < items.size(); ++k)
                if (items[k].id == item) i = static_cast<int>(k);
        }
        return std::pair<int, int>(i >= 0 ? p : -1, i);
    });

    _defaultPlaylist = -1;
    if (!_schedule.defaultPlaylist.empty())
        _defaultPlaylist = playable(_schedule.defaultPlaylist, "default_playlist");
    if (_defaultPlaylist < 0)
        if (const content::Playlist* p = catalog.defaultPlaylist()) _defaultPlaylist = playlistIndex(p->id);
    if (_defaultPlaylist >= 0 && _playlists[static_cast<size_t>(_defaultPlaylist)].items.empty()) _defaultPlaylist = -1;

    for (const auto& w : _warnings) kLog.debug(w);
    _plan.reset();
    _nextPlan.reset();
    _stickyRule = -1;
    _shareSegment = -1;
    _served.clear();
    for (auto& g : _given) g = {};
}

int Scheduler::playlistIndex(std::string_view id) const {
    auto it = _playlistById.find(id);
    return it == _playlistById.end() ? -1 : it->second;
}

core::Millis Scheduler::expected(int playlist, std::size_t item) const {
    const ItemInfo& info = _playlists[static_cast<size_t>(playlist)].items[item];
    if (info.duration && info.duration->count() > 0) return *info.duration;
    if (info.learned.count() > 0) return info.learned;
    return _options.unknownMediaDuration;
}

core::Millis Scheduler::expectedDuration(std::string_view playlist, std::size_t item) const {
    int p = playlistIndex(playlist);
    if (p < 0 || item >= _playlists[static_cast<size_t>(p)].items.size()) return _options.unknownMediaDuration;
    return expected(p, item);
}

core::Millis Scheduler::targetLength(int target) const {
    const TargetInfo& info = _targets[static_cast<size_t>(target)];
    if (info.item >= 0) return expected(info.playlist, static_cast<size_t>(info.item));
    core::Millis sum{0};
    for (size_t i = 0; i < _playlists[static_cast<size_t>(info.playlist)].items.size(); ++i) sum += expected(info.playlist, i);
    return sum;
}

DayPlan Scheduler::buildPlan(Day day) {
    _ruleIndex.candidates(day, _candidates);
    return buildDayPlan(day, _tz, _planRules, _candidates, _schedule.display, _planTargets);
}

void Scheduler::prepare() {
    checkClock();
    WallMs now = _clock.wallNow();
    planFor(now); // today's, in case midnight passed since the last decision
    Day next = _plan->day + 1;
    if (!_nextPlan || _nextPlan->day != next) _nextPlan = buildPlan(next);
}

const DayPlan& Scheduler::planFor(WallMs now) {
    if (!_plan || !_plan->contains(now)) {
        Day day = _tz.localDay(now);
        if (_nextPlan && _nextPlan->day == day) {
            _plan = std::move(_nextPlan);
            _nextPlan.reset();
        } else {
            _plan = buildPlan(day);
        }
        if (day != _prunedDay) {
            _tracker.prune(_clock.steadyNow(), day);
            _prunedDay = day;
        }
    }
    return *_plan;
}

Decision Scheduler::make(Decision::Kind kind, int playlist, std::size_t item, std::string rule, WallMs now, WallMs until) {
    Decision d;
    d.kind = kind;
    d.displayOn = kind != Decision::Kind::Off;
    d.isInterrupt = kind == Decision::Kind::Interrupt;
    if (playlist >= 0) {
        const PlaylistInfo& p = _playlists[static_cast<size_t>(playlist)];
        d.playlist = p.id;
        d.item = item;
        d.itemId = p.items[item].id;
        d.expected = expected(playlist, item);
    }
    d.rule = std::move(rule);
    d.until = std::max(until, now + 1);
    d.untilSteady = _clock.steadyNow() + (d.until - now);
    return d;
}

Decision Scheduler::decide() { return decide(_clock.wallNow()); }

Decision Scheduler::decide(WallMs now) {
    checkClock();

    if (_interrupt && _interrupt->until != 0 && now >= _interrupt->until) {
        kLog.info("interrupt ended (until reached): " + _interrupt->target + "; schedule resumes");
        _interrupt.reset();
    }
    if (_interrupt) {
        const PlaylistInfo& p = _playlists[static_cast<size_t>(_active.playlist)];
        std::size_t item = _active.item >= 0 ? static_cast<size_t>(_active.item) : _active.cursor % p.items.size();
        WallMs until = _interrupt->until != 0 ? _interrupt->until : now + kMaxWaitMs;
        Decision d = make(Decision::Kind::Interrupt, _active.playlist, item, "interrupt", now, until);
        remember(d, _active.playlist);
        return d;
    }

    const DayPlan& plan = planFor(now);
    WallMs until = std::min(plan.end, now + kMaxWaitMs);
    WallMs displayChange = 0;
    if (!plan.displayOnAt(now, displayChange)) return make(Decision::Kind::Off, -1, 0, "", now, displayChange);
    until = std::min(until, displayChange);

    Decision target = decideTarget(plan, now, until);
    if (target.kind == Decision::Kind::Target) return target;

    const DayPlan::Segment& seg = plan.segmentAt(now);
    until = std::min(until, seg.end);
    if (!seg.rules.empty()) {
        int r = chooseRule(seg);
        int p = _rules[static_cast<size_t>(r)].playlist;
        const PlaylistInfo& pl = _playlists[static_cast<size_t>(p)];
        Decision d = make(Decision::Kind::Rule, p, pl.cursor % pl.items.size(), _schedule.rules[static_cast<size_t>(r)].id,
                          now, until);
        d.source = r;
        d.segmentStart = seg.start;
        remember(d, p);
        return d;
    }
    if (_defaultPlaylist >= 0) {
        const PlaylistInfo& pl = _playlists[static_cast<size_t>(_defaultPlaylist)];
        Decision d = make(Decision::Kind::Default, _defaultPlaylist, pl.cursor % pl.items.size(), "default", now, until);
        remember(d, _defaultPlaylist);
        return d;
    }
    return make(Decision::Kind::Idle, -1, 0, "", now, until);
}

Decision Scheduler::decideTarget(const DayPlan& plan, WallMs now, WallMs& until) {
    const DayPlan::TargetWindow* best = nullptr;
    for (const DayPlan::TargetWindow& tw : plan.targets) {
        if (tw.end <= now) continue;
        if (tw.start > now) {
            until = std::min(until, tw.start);
            continue;
        }
        const Target& spec = _schedule.targets[static_cast<size_t>(tw.target)];
        const TargetInfo& info = _targets[static_cast<size_t>(tw.target)];
        const TargetTracker::Instance* in = _tracker.find(tw.target, tw.day);
        int count = in ? in->count : 0;
        if (count >= spec.times) continue;
        bool midPass = in && in->seenCount > 0;
        core::Millis length{0};
        if (midPass) {
            for (size_t i = 0; i < in->seen.size(); ++i)
                if (!in->seen[i]) length += expected(info.playlist, i);
        } else {
            length = targetLength(tw.target);
        }
        WallMs d = length.count();
        if (now + d > tw.end) continue; // cannot be completed inside the window any more
        int rem = spec.times - count;
        WallMs due = tw.start;
        if (!midPass && count > 0) {
            // Spread what is left evenly over the rest of the window: never a burst.
            WallMs free = std::max<WallMs>(0, tw.end - in->lastEnd - rem * targetLength(tw.target).count());
            due = in->lastEnd + free / (rem + 1);
            due = std::min(due, tw.end - rem * targetLength(tw.target).count() - kTargetSafetyMs);
        }
        if (now >= due) {
            if (!best || tw.end < best->end) best = &tw;
        } else {
            until = std::min(until, due);
        }
    }
    if (!best) return {};
    const TargetInfo& info = _targets[static_cast<size_t>(best->target)];
    std::size_t item = 0;
    if (info.item >= 0) {
        item = static_cast<size_t>(info.item);
    } else if (const TargetTracker::Instance* in = _tracker.find(best->target, best->day); in && in->seenCount > 0) {
        while (item < in->seen.size() && in->seen[item]) ++item;
    }
    Decision d = make(Decision::Kind::Target, info.playlist, item, _schedule.targets[static_cast<size_t>(best->target)].id,
                      now, std::min(until, best->end));
    d.source = best->target;
    remember(d, info.playlist);
    return d;
}

int Scheduler::chooseRule(const DayPlan::Segment& seg) const {
    if (_stickyRule >= 0 && std::binary_search(seg.rules.begin(), seg.rules.end(), _stickyRule)) return _stickyRule;
    int best = seg.rules.front();
    double bestScore = std::numeric_limits<double>::infinity();
    for (int r : seg.rules) {
        double served = 0;
        if (_shareSegment == seg.start)
            if (auto it = _served.find(r); it != _served.end()) served = it->second;
        double weight = _schedule.rules[static_cast<size_t>(r)].weight;
        double score = served / weight;
        // Lowest share first; at equal shares the heavier rule, then the earlier one.
        if (score < bestScore || (score == bestScore && weight > _schedule.rules[static_cast<size_t>(best)].weight)) {
            best = r;
            bestScore = score;
        }
    }
    return best;
}

void Scheduler::remember(const Decision& d, int playlist) {
    Given g{d.kind, playlist, d.item, d.source, d.segmentStart};
    const Given& last = _given[(_givenNext + std::size(_given) - 1) % std::size(_given)];
    if (last.kind == g.kind && last.playlist == g.playlist && last.item == g.item && last.rule == g.rule &&
        last.segmentStart == g.segmentStart)
        return;
    _given[_givenNext] = g;
    _givenNext = (_givenNext + 1) % std::size(_given);
}

bool Scheduler::shouldPreempt(const Decision& playing, const Decision& next) {
    using K = Decision::Kind;
    if (next.kind == K::Interrupt)
        return playing.kind != K::Interrupt || playing.playlist != next.playlist || playing.item != next.item;
    if (playing.kind == K::Interrupt) return true; // the interrupt ended: resume the schedule
    if (playing.displayOn && !next.displayOn) return true;
    if (playing.kind == K::Off || playing.kind == K::Idle) return next.kind != playing.kind;
    return false;
}

} // namespace signage::schedule
