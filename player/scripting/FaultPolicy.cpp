// SPDX-License-Identifier: GPL-3.0-or-later
#include "scripting/FaultPolicy.h"

#include <algorithm>

namespace signage::scripting {

FaultPolicy::FaultPolicy(int maxFaults, core::Millis window, core::Millis coolDown, core::Millis maxCoolDown)
    : _maxFaults(std::max(1, maxFaults)), _window(window), _coolDown(coolDown), _maxCoolDown(maxCoolDown) {}

bool FaultPolicy::recordFault(core::SteadyMs now) {
    _recent.push_back(now);
    while (!_recent.empty() && now - _recent.front() > _window.count()) _recent.pop_front();
    if (static_cast<int>(_recent.size()) < _maxFaults) return false;
    disable(now);
    return true;
}

void FaultPolicy::disable(core::SteadyMs now) {
    std::int64_t span = _coolDown.count();
    for (int i = 0; i < _times && span < _maxCoolDown.count(); ++i) span *= 2;
    span = std::min<std::int64_t>(span, _maxCoolDown.count());
    _until = now + span;
    ++_times;
    _recent.clear();
}

} // namespace signage::scripting
