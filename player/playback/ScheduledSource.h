// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The ItemSource of a content dir with a schedule.toml: asks the Scheduler what plays,
// tells it what played (targets count), and watches the interrupt control file
// (`signage interrupt start|stop`) so an emergency broadcast preempts within 1 s.
// Render thread only.
#include <memory>

#include "playback/ItemSource.h"
#include "core/Log.h"
#include "schedule/InterruptControl.h"
#include "schedule/Scheduler.h"

namespace signage::playback {

class ScheduledSource final : public ItemSource {
public:
    ScheduledSource(std::unique_ptr<schedule::Scheduler> scheduler, const content::Catalog& catalog,
                    std::filesystem::path dataDir, const core::Clock& clock);

    std::optional<Cue> next(core::WallMs now) override;
    bool preempt(core::WallMs now) override;
    void ended(const Cue& cue, core::WallMs start, core::WallMs end, Outcome outcome) override;
    std::optional<core::SteadyMs> wakeAt(core::SteadyMs now) const override;
    bool displayOn() const override { return _displayOn; }

private:
    void pollInterrupt();

    std::unique_ptr<schedule::Scheduler> _scheduler;
    const content::Catalog& _catalog;
    schedule::InterruptControl _control;
    const core::Clock& _clock;
    core::Logger _log{"schedule"};
    std::optional<schedule::Decision> _playing; // the decision of the item on screen
    core::SteadyMs _nextControlCheck = 0;        // the control file is checked every 500 ms (real)
    bool _displayOn = true;
};

/// The source for `catalog`: its schedule.toml when there is one, else the default playlist
/// looping. Problems with the schedule are logged and the default playlist plays.
std::unique_ptr<ItemSource> makeItemSource(const content::Catalog& catalog, const std::filesystem::path& dataDir,
                                           const core::Clock& clock, bool once);

} // namespace signage::playback
