// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// When a plugin keeps failing, stop running it for a while (info-beamer's blacklist with a
// cool-down): `maxFaults` faults within `window` disable it for `coolDown`, doubling each
// time it happens again, up to `maxCoolDown`. One per plugin folder, kept by PluginHost so
// the cool-down survives the presenter that saw the faults. Render thread only.
#include <deque>
#include <optional>

#include "core/Clock.h"
#include "core/Duration.h"

namespace signage::scripting {

class FaultPolicy {
public:
    FaultPolicy(int maxFaults, core::Millis window, core::Millis coolDown, core::Millis maxCoolDown);

    /// Records a fault; true when this fault disables the plugin (a cool-down starts).
    bool recordFault(core::SteadyMs now);
    /// Disables at once (a plugin that cannot even load).
    void disable(core::SteadyMs now);
    bool disabledAt(core::SteadyMs now) const { return _until && now < *_until; }
    std::optional<core::SteadyMs> disabledUntil() const { return _until; }
    int timesDisabled() const { return _times; }

private:
    int _maxFaults;
    core::Millis _window, _coolDown, _maxCoolDown;
    std::deque<core::SteadyMs> _recent;
    std::optional<core::SteadyMs> _until;
    int _times = 0;
};

} // namespace signage::scripting
