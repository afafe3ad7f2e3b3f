// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Waits in SDL_WaitEventTimeout (no busy loop) and turns SDL events into platform::Event.
// Main thread only (SDL's event queue belongs to the thread that opened video).
#include <SDL.h>

#include <atomic>

#include "platform/Event.h"

namespace signage::platform {

class SdlEventSource final : public EventSource {
public:
    /// `outputW/H` map touch coordinates (SDL gives 0..1) to pixels; call setOutputSize on resize.
    SdlEventSource(int outputW, int outputH);
    bool wait(Event& out, int timeoutMs) override;
    bool poll(Event& out) override;
    void wake() override; // thread-safe: pushes a user event
    /// Thread-safe: pushes a real SDL_FINGER*/SDL_KEYDOWN/SDL_TEXTINPUT event into SDL's
    /// queue, so an injected touch takes the same path as one from a touch screen.
    bool inject(const Event& e) override;
    void setOutputSize(int w, int h) { _w = w; _h = h; }
    /// Touch screens SDL sees (0 on a plain monitor, and under the offscreen driver).
    static int touchDeviceCount() { return SDL_GetNumTouchDevices(); }

private:
    bool translate(const SDL_Event& e, Event& out) const;
    std::atomic<int> _w, _h; // inject() reads them from another thread
    Uint32 _wakeType;
};

} // namespace signage::platform
