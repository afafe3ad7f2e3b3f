// SPDX-License-Identifier: GPL-3.0-or-later
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

bool SdlEventSource::inject(const Event& in) {
    SDL_Event e{};
    switch (in.kind) {
    case Event::Kind::TouchDown:
    case Event::Kind::TouchMove:
    case Event::Kind::TouchUp: {
        e.type = in.kind == Event::Kind::TouchDown ? SDL_FINGERDOWN : in.kind == Event::Kind::TouchUp ? SDL_FINGERUP : SDL_FINGERMOTION;
        e.tfinger.timestamp = SDL_GetTicks();
        e.tfinger.touchId = 1;
        e.tfinger.fingerId = static_cast<SDL_FingerID>(in.fingerId);
        e.tfinger.x = in.x / static_cast<float>(std::max(1, _w.load()));
        e.tfinger.y = in.y / static_cast<float>(std::max(1, _h.load()));
        e.tfinger.pressure = in.kind == Event::Kind::TouchUp ? 0.0f : 1.0f;
        break;
    }
    case Event::Kind::Key: {
        SDL_Keycode key = SDL_GetKeyFromName(in.key.c_str());
        if (key == SDLK_UNKNOWN) return false;
        e.type = SDL_KEYDOWN;
        e.key.timestamp = SDL_GetTicks();
        e.key.state = SDL_PRESSED;
        e.key.keysym.sym = key;
        e.key.keysym.scancode = SDL_GetScancodeFromKey(key);
        break;
    }
    case Event::Kind::Text:
        if (in.text.empty() || in.text.size() >= sizeof e.text.text) return false;
        e.type = SDL_TEXTINPUT;
        e.text.timestamp = SDL_GetTicks();
        std::copy(in.text.begin(), in.text.end(), e.text.text);
        break;
    default: return false;
    }
    return SDL_PushEvent(&e) == 1;
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
        out.x = e.tfinger.x * static_cast<float>(_w.load());
        out.y = e.tfinger.y * static_cast<float>(_h.load());
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
