// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Events as the player loop sees them, independent of SDL (app/ turns them into
// presenter input). Positions are in output pixels.
#include <string>

namespace signage::platform {

struct Event {
    enum class Kind { Quit, Redraw, Resized, TouchDown, TouchMove, TouchUp, Key, Text, Wake };
    Kind kind = Kind::Wake;
    float x = 0, y = 0;
    long long fingerId = 0;
    std::string key;  // SDL key name in lower case: "escape", "return", "f", "a"
    std::string text; // UTF-8 text input
};

/// Where the loop waits: SDL's event queue or, headless, a signal-aware sleep.
class EventSource {
public:
    virtual ~EventSource() = default;
    /// Waits at most `timeoutMs` (real milliseconds) for an event; false on timeout.
    virtual bool wait(Event& out, int timeoutMs) = 0;
    /// Returns an already queued event without waiting; false when none.
    virtual bool poll(Event& out) = 0;
    /// Wakes a wait() from another thread (background work finished).
    virtual void wake() = 0;
    /// Any thread: queues a touch, key or text event as if the hardware had sent it
    /// (`signage play --input-script`, for tests and demos). False when this source
    /// cannot take injected events.
    virtual bool inject(const Event& e) {
        (void)e;
        return false;
    }
};

} // namespace signage::platform
