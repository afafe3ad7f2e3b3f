#include "platform/SdlEventSource.h"

#include <algorithm>
#include <cctype>

namespace signage::platform {

SdlEventSource::SdlEventSource(int outputW, int outputH) : _w(outputW), _h(outputH), _wakeType(SDL_RegisterEvents(1)) {
    SDL_StartTextInput();
}

bool SdlEventSource::wait(Event& out, int timeoutMs) {
    SDL_Event e;
    // Several SDL events translate to nothing (e.g. focus changes): keep waiting on the
    // same deadline rather than waking the loop for them.
    Uint32 deadline = SDL_GetTicks() + static_cast<Uint32>(std::max(timeoutMs, 0));
    for (;;) {
        int left = static_cast<int>(deadline - SDL_GetTicks());
        if (left < 0) left = 0;
        if (!SDL_WaitEventTimeout(&e, left)) return false;
        if (translate(e, out)) return true;
        if (left == 0) return false;
    }
}

bool SdlEventSource::poll(Event& out) {
    SDL_Event e;
    while (SDL_PollEvent(&e))
        if (translate(e, out)) return true;
    return false;
}

void SdlEventSource::wake() {
    SDL_Event e{};
    e.type = _wakeType;
    SDL_PushEvent(&e);
}

bool SdlEventSource::translate(const SDL_Event& e, Event& out) const {
    out = Event{};
    switch (e.type) {
    case SDL_QUIT: out.kind = Event::Kind::Quit; return true;
    case SDL_WINDOWEVENT:
        if (e.window.event == SDL_WINDOWEVENT_SIZE_CHANGED) { out.kind = Event::Kind::Resized; return true; }
        if (e.window.event == SDL_WINDOWEVENT_EXPOSED || e.window.event == SDL_WINDOWEVENT_RESTORED) {
            out.kind = Event::Kind::Redraw;
            return true;
        }
        return false;
    case SDL_RENDER_TARGETS_RESET:
    case SDL_RENDER_DEVICE_RESET: out.kind = Event::Kind::Redraw; return true;
    case SDL_FINGERDOWN:
    case SDL_FINGERMOTION:
    case SDL_FINGERUP:
        out.kind = e.type == SDL_FINGERDOWN ? Event::Kind::TouchDown : e.type == SDL_FINGERUP ? Event::Kind::TouchUp : Event::Kind::TouchMove;
        out.x = e.tfinger.x * static_cast<float>(_w);
        out.y = e.tfinger.y * static_cast<float>(_h);
        out.fingerId = static_cast<long long>(e.tfinger.fingerId);
        return true;
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP:
        // Touch screens also synthesise mouse events; take only real mice so a tap counts once.
        if (e.button.which == SDL_TOUCH_MOUSEID) return false;
        out.kind = e.type == SDL_MOUSEBUTTONDOWN ? Event::Kind::TouchDown : Event::Kind::TouchUp;
        out.x = static_cast<float>(e.button.x);
        out.y = static_cast<float>(e.button.y);
        out.fingerId = -1;
        return true;
    case SDL_KEYDOWN: {
        out.kind = Event::Kind::Key;
        std::string name = SDL_GetKeyName(e.key.keysym.sym);
        std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        out.key = name;
        return true;
    }
    case SDL_TEXTINPUT: out.kind = Event::Kind::Text; out.text = e.text.text; return true;
    default:
        if (e.type == _wakeType) { out.kind = Event::Kind::Wake; return true; }
        return false;
    }
}

} // namespace signage::platform
