// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A plugin's timers (timer.after / timer.every). Each holds a Lua registry reference to
// its callback; the bindings own those references. Render thread only.
#include <map>
#include <optional>
#include <vector>

#include "core/Clock.h"

namespace signage::scripting {

struct TimerEntry {
    int id = 0;
    core::SteadyMs due = 0;
    std::int64_t intervalMs = 0; // 0 = fires once
    int callbackRef = 0;         // LUA_REGISTRYINDEX reference
};

class TimerSet {
public:
    static constexpr std::size_t kMaxTimers = 256;
    static constexpr std::int64_t kMinIntervalMs = 16; // one frame at 60 Hz

    /// Adds a timer; returns its id (0 when the set is full).
    int add(core::SteadyMs due, std::int64_t intervalMs, int callbackRef);
    /// Removes a timer; its entry (for the reference) or nullopt when unknown.
    std::optional<TimerEntry> cancel(int id);
    const TimerEntry* find(int id) const;
    /// Ids due at `now`, earliest first.
    std::vector<int> dueAt(core::SteadyMs now) const;
    /// After a repeating timer fired: next due time (skipping missed beats, never a burst).
    void reschedule(int id, core::SteadyMs now);
    std::optional<core::SteadyMs> nextDue() const;
    std::size_t size() const { return _timers.size(); }
    /// Every entry (to release references when the plugin unloads).
    std::vector<TimerEntry> takeAll();

private:
    std::map<int, TimerEntry> _timers;
    int _nextId = 1;
};

} // namespace signage::scripting
