#pragma once
// Decides which item plays next. PlaylistCycle loops one playlist; the scheduler-backed
// source (issue 4) picks the playlist by rules, targets and interrupts.
#include <optional>
#include <string>

#include "content/Model.h"
#include "core/Clock.h"

namespace signage::app {

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
};

/// Loops one playlist's items in order.
class PlaylistCycle final : public ItemSource {
public:
    explicit PlaylistCycle(const content::Playlist* playlist) : _playlist(playlist) {}
    std::optional<Cue> next(core::WallMs now) override;

private:
    const content::Playlist* _playlist;
    size_t _index = 0;
};

} // namespace signage::app
