// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to the Scheduler: counts plays towards targets per (target, day), on the
// corrected clock. Each relevant play is remembered with its steady-clock end, so when
// the wall clock jumps (NTP sync after booting in 1970, a manual correction) the recent
// plays are re-placed on the new wall clock and the counts rebuilt: a play that really
// happened five minutes ago counts for the window five minutes ago on the corrected clock.
// Single-threaded: owned and called by the Scheduler's thread.
#include <cstdint>
#include <deque>
#include <map>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "core/Clock.h"
#include "schedule/Schedule.h"
#include "schedule/TimeZone.h"

namespace signage::schedule {

class TargetTracker {
public:
    struct Spec {
        int playlist = -1;  // index into the Scheduler's playlists
        int item = -1;      // -1 = the whole playlist counts once per full pass
        int itemCount = 0;  // items in the playlist
        int times = 1;
        Window window;
        DayFilter days;
    };
    /// Progress of one target on one day.
    struct Instance {
        int count = 0;
        WallMs lastEnd = 0;         // end of the last counted play (valid when count > 0)
        std::vector<bool> seen;     // playlist targets: items seen in the current pass
        int seenCount = 0;
    };
    /// One remembered play, in ids so it survives a content reload.
    struct Record {
        std::string playlist, item;
        int playlistIndex = -1, itemIndex = -1;
        WallMs start = 0, end = 0;
        core::SteadyMs steadyEnd = 0;
    };

    /// Replaces the targets (keeps records; call rebuild() afterwards).
    void configure(std::vector<Spec> specs, const TimeZone* tz);
    /// Whether plays of this playlist can count for any target (cheap filter).
    bool relevant(int playlist) const {
        return playlist >= 0 && playlist < static_cast<int>(_byPlaylist.size()) && !_byPlaylist[static_cast<size_t>(playlist)].empty();
    }
    /// Counts a completed play.
    void record(Record r);
    /// After a clock jump: every remembered play moves to wall = steadyEnd + offset.
    void remap(WallMs wallMinusSteady);
    /// Re-resolves records with `resolve(playlist id, item id) -> (playlist, item)` and
    /// recounts everything they touch (after a content reload).
    template <class F>
    void reresolve(F&& resolve) {
        for (Record& r : _records) std::tie(r.playlistIndex, r.itemIndex) = resolve(r.playlist, r.item);
        rebuild();
    }
    /// Forgets plays older than 48 h of steady time and instances older than ~400 days.
    void prune(core::SteadyMs steadyNow, Day today);

    const Instance* find(int target, Day day) const;
    const std::vector<Spec>& specs() const { return _specs; }

private:
    void count(const Record& r);
    void rebuild();

    const TimeZone* _tz = nullptr;
    std::vector<Spec> _specs;
    std::vector<std::vector<int>> _byPlaylist; // playlist -> targets counting it
    std::deque<Record> _records;                // ordered by steadyEnd
    std::map<std::pair<int, Day>, Instance> _instances;
};

} // namespace signage::schedule
