// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Decides which item plays next. PlaylistCycle loops one playlist; the scheduler-backed
// source (issue 4) picks the playlist by rules, targets and interrupts.
#include <optional>
#include <string>

#include "content/Model.h"
#include "core/Clock.h"

namespace signage::playback {

struct Cue {
    const content::Item* item = nullptr;   // points into the Catalog the source was built on
    const content::Playlist* playlist = nullptr;
    std::string rule;                      // schedule rule that chose it ("" without a schedule)
    bool interrupt = false;
};

class ItemSource {
public:
    virtual ~ItemSource() = default;
    /// The next item to play at wall time `now`; nullopt when nothing is scheduled.
    virtual std::optional<Cue> next(core::WallMs now) = 0;
    /// True when the source wants the current item cut short (an interrupt started).
    virtual bool preempt(core::WallMs now) {
        (void)now;
        return false;
    }
    /// The item handed out by next() left the screen (or never reached it).
    enum class Outcome { Completed, Interrupted, Failed };
    virtual void ended(const Cue& cue, core::WallMs start, core::WallMs end, Outcome outcome) {
        (void)cue, (void)start, (void)end, (void)outcome;
    }
    /// When the source wants to be asked again even if nothing else happens (steady ms).
    virtual std::optional<core::SteadyMs> wakeAt(core::SteadyMs now) const {
        (void)now;
        return std::nullopt;
    }
    /// False while the schedule keeps the screen off (night).
    virtual bool displayOn() const { return true; }
};

/// Loops one playlist's items in order.
class PlaylistCycle final : public ItemSource {
public:
    /// `once`: stop after the last item instead of looping.
    explicit PlaylistCycle(const content::Playlist* playlist, bool once = false) : _playlist(playlist), _once(once) {}
    std::optional<Cue> next(core::WallMs now) override;

private:
    const content::Playlist* _playlist;
    size_t _index = 0;
    bool _once = false;
    bool _done = false;
};

} // namespace signage::playback
