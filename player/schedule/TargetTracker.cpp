// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/TargetTracker.h"

#include <set>

#include "schedule/DayPlan.h"

namespace signage::schedule {
namespace {
constexpr core::SteadyMs kKeepRecordsMs = 48 * kMsPerHour;
constexpr size_t kMaxRecords = 200'000;
constexpr Day kKeepDays = 400;
} // namespace

void TargetTracker::configure(std::vector<Spec> specs, const TimeZone* tz) {
    _tz = tz;
    _specs = std::move(specs);
    _byPlaylist.clear();
    for (int t = 0; t < static_cast<int>(_specs.size()); ++t) {
        int p = _specs[static_cast<size_t>(t)].playlist;
        if (p < 0) continue;
        if (static_cast<size_t>(p) >= _byPlaylist.size()) _byPlaylist.resize(static_cast<size_t>(p) + 1);
        _byPlaylist[static_cast<size_t>(p)].push_back(t);
    }
    _instances.clear();
}

void TargetTracker::record(Record r) {
    if (!relevant(r.playlistIndex)) return;
    count(r);
    _records.push_back(std::move(r));
    if (_records.size() > kMaxRecords) _records.pop_front();
}

void TargetTracker::count(const Record& r) {
    if (!relevant(r.playlistIndex) || r.end <= r.start) return;
    Day startDay = _tz->localDay(r.start);
    for (int t : _byPlaylist[static_cast<size_t>(r.playlistIndex)]) {
        const Spec& s = _specs[static_cast<size_t>(t)];
        if (s.item >= 0 && s.item != r.itemIndex) continue;
        if (s.item < 0 && (r.itemIndex < 0 || r.itemIndex >= s.itemCount)) continue;
        for (Day d : {startDay, startDay - 1}) {
            if (!s.days.matches(d)) continue;
            auto [ws, we] = windowInterval(*_tz, s.window, d);
            if (r.start < ws || r.end > we) continue;
            Instance& in = _instances[{t, d}];
            if (s.item >= 0) {
                ++in.count;
                in.lastEnd = r.end;
            } else {
                if (in.seen.size() != static_cast<size_t>(s.itemCount)) in.seen.assign(static_cast<size_t>(s.itemCount), false);
                if (!in.seen[static_cast<size_t>(r.itemIndex)]) {
                    in.seen[static_cast<size_t>(r.itemIndex)] = true;
                    ++in.seenCount;
                }
                if (in.seenCount == s.itemCount) { // a full pass of the playlist
                    ++in.count;
                    in.lastEnd = r.end;
                    in.seen.assign(in.seen.size(), false);
                    in.seenCount = 0;
                }
            }
            break;
        }
    }
}

void TargetTracker::rebuild() {
    // Clear the days the remembered plays can touch, then count them again. Older days
    // were counted from plays already forgotten and stay as they are.
    std::set<Day> days;
    for (const Record& r : _records) {
        Day d = _tz->localDay(r.start);
        days.insert(d);
        days.insert(d - 1);
    }
    for (auto it = _instances.begin(); it != _instances.end();)
        it = days.count(it->first.second) ? _instances.erase(it) : std::next(it);
    for (const Record& r : _records) count(r);
}

void TargetTracker::remap(WallMs wallMinusSteady) {
    std::set<Day> oldDays;
    for (const Record& r : _records) {
        Day d = _tz->localDay(r.start);
        oldDays.insert(d);
        oldDays.insert(d - 1);
    }
    for (auto it = _instances.begin(); it != _instances.end();)
        it = oldDays.count(it->first.second) ? _instances.erase(it) : std::next(it);
    for (Record& r : _records) {
        WallMs length = r.end - r.start;
        r.end = r.steadyEnd + wallMinusSteady;
        r.start = r.end - length;
    }
    rebuild();
}

void TargetTracker::prune(core::SteadyMs steadyNow, Day today) {
    while (!_records.empty() && _records.front().steadyEnd < steadyNow - kKeepRecordsMs) _records.pop_front();
    for (auto it = _instances.begin(); it != _instances.end();)
        it = it->first.second < today - kKeepDays ? _instances.erase(it) : std::next(it);
}

const TargetTracker::Instance* TargetTracker::find(int target, Day day) const {
    auto it = _instances.find({target, day});
    return it == _instances.end() ? nullptr : &it->second;
}

} // namespace signage::schedule
