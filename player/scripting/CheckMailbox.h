// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where a finished scam check waits for the render thread: the checker's worker puts the
// verdict here and wakes the loop; the plugin's presenter takes it and calls the plugin's
// callback. Shared (shared_ptr) so a verdict arriving after the plugin state is gone
// lands harmlessly. Only the newest check matters: a visitor who changed the text wants
// the answer to what is on screen now.
#include <atomic>
#include <cstdint>
#include <mutex>
#include <optional>

#include "scamcheck/Verdict.h"

namespace signage::scripting {

class CheckMailbox {
public:
    /// Worker thread: keeps the verdict of check `seq` (an older one is discarded).
    void put(std::uint64_t seq, scamcheck::Verdict verdict) {
        std::lock_guard lock(_mutex);
        if (_item) _item->second.wipe();
        _item.emplace(seq, std::move(verdict));
        _full = true;
    }
    /// Render thread: the waiting verdict, if any.
    std::optional<std::pair<std::uint64_t, scamcheck::Verdict>> take() {
        std::lock_guard lock(_mutex);
        _full = false;
        auto out = std::move(_item);
        _item.reset();
        return out;
    }
    bool full() const { return _full.load(); }
    ~CheckMailbox() {
        if (_item) _item->second.wipe();
    }

private:
    std::mutex _mutex; // guards _item
    std::optional<std::pair<std::uint64_t, scamcheck::Verdict>> _item;
    std::atomic<bool> _full{false};
};

} // namespace signage::scripting
