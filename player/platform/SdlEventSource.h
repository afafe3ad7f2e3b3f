#pragma once
// Waits in SDL_WaitEventTimeout (no busy loop) and turns SDL events into platform::Event.
// Main thread only (SDL's event queue belongs to the thread that opened video).
#include <SDL.h>

#include "platform/Event.h"

namespace signage::platform {

class SdlEventSource final : public EventSource {
public:
    /// `outputW/H` map touch coordinates (SDL gives 0..1) to pixels; call setOutputSize on resize.
    SdlEventSource(int outputW, int outputH);
    bool wait(Event& out, int timeoutMs) override;
    bool poll(Event& out) override;
    void wake() override; // thread-safe: pushes a user event
    void setOutputSize(int w, int h) { _w = w; _h = h; }

private:
    bool translate(const SDL_Event& e, Event& out) const;
    int _w, _h;
    Uint32 _wakeType;
};

} // namespace signage::platform
