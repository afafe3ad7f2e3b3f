// SPDX-License-Identifier: GPL-3.0-or-later
#include "scripting/TimerSet.h"

#include <algorithm>

namespace signage::scripting {

int TimerSet::add(core::SteadyMs due, std::int64_t intervalMs, int callbackRef) {
    if (_timers.size() >= kMaxTimers) return 0;
    int id = _nextId++;
    _timers[id] = {id, due, intervalMs, callbackRef};
    return id;
}

std::optional<TimerEntry> TimerSet::cancel(int id) {
    auto it = _timers.find(id);
    if (it == _timers.end()) return std::nullopt;
    TimerEntry e = it->second;
    _timers.erase(it);
    return e;
}

const TimerEntry* TimerSet::find(int id) const {
    auto it = _timers.find(id);
    return it == _timers.end() ? nullptr : &it->second;
}

std::vector<int> TimerSet::dueAt(core::SteadyMs now) const {
    std::vector<const TimerEntry*> due;
    for (const auto& [id, t] : _timers) {
        if (t.due <= now) due.push_back(&t);
    }
    std::stable_sort(due.begin(), due.end(), [](auto* a, auto* b) { return a->due < b->due; });
    std::vector<int> ids;
    ids.reserve(due.size());
    for (auto* t : due) ids.push_back(t->id);
    return ids;
}

void TimerSet::reschedule(int id, core::SteadyMs now) {
    auto it = _timers.find(id);
    if (it == _timers.end()) return;
    TimerEntry& t = it->second;
    t.due += t.intervalMs;
    if (t.due <= now) t.due = now + t.intervalMs; // fell behind: skip, do not burst
}

std::optional<core::SteadyMs> TimerSet::nextDue() const {
    std::optional<core::SteadyMs> next;
    for (const auto& [id, t] : _timers) {
        if (!next || t.due < *next) next = t.due;
    }
    return next;
}

std::vector<TimerEntry> TimerSet::takeAll() {
    std::vector<TimerEntry> all;
    for (auto& [id, t] : _timers) all.push_back(t);
    _timers.clear();
    return all;
}

} // namespace signage::scripting
