// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/Probe.h"

#include <cstdlib>

#include "core/Lang.h"
#include "platform/SdlHandles.h"

namespace signage::platform {

namespace {

std::string versionText(const SDL_version& v) {
    return std::to_string(v.major) + "." + std::to_string(v.minor) + "." + std::to_string(v.patch);
}

std::string sdlError() {
    const char* e = SDL_GetError();
    return e && *e ? e : "?";
}

} // namespace

VideoProbe probeVideo() {
    VideoProbe p;
    const char* env = std::getenv("SDL_VIDEODRIVER");
    p.requested = env && *env;
    SdlSubsystem video(SDL_INIT_VIDEO);
    if (!video.ok()) {
        p.error = sdlError();
        return p;
    }
    const char* driver = SDL_GetCurrentVideoDriver();
    p.driver = driver ? driver : "";
    p.displays = SDL_GetNumVideoDisplays();
    if (p.displays < 1) {
        p.error = core::tr("không có màn hình nào: ", "no display found: ") + sdlError();
        return p;
    }
    SDL_DisplayMode mode{};
    if (SDL_GetCurrentDisplayMode(0, &mode) == 0 || SDL_GetDesktopDisplayMode(0, &mode) == 0)
        p.mode = std::to_string(mode.w) + "x" + std::to_string(mode.h) +
                 (mode.refresh_rate > 0 ? "@" + std::to_string(mode.refresh_rate) + "Hz" : std::string());
    p.ok = true;
    return p;
}

AudioProbe probeAudio() {
    AudioProbe p;
    SdlSubsystem audio(SDL_INIT_AUDIO);
    if (!audio.ok()) {
        p.error = sdlError();
        return p;
    }
    const char* driver = SDL_GetCurrentAudioDriver();
    p.driver = driver ? driver : "";
    SDL_AudioSpec want{}, have{};
    want.freq = 48000;
    want.format = AUDIO_S16SYS;
    want.channels = 2;
    want.samples = 1024;
    // No callback: SDL queues silence; the device stays paused and is closed at once.
    SDL_AudioDeviceID dev = SDL_OpenAudioDevice(nullptr, 0, &want, &have, SDL_AUDIO_ALLOW_ANY_CHANGE);
    if (dev == 0) {
        p.error = sdlError();
        return p;
    }
    SDL_CloseAudioDevice(dev);
    p.device = "default, " + std::to_string(have.freq) + " Hz, " + std::to_string(have.channels) + " ch";
    p.ok = true;
    return p;
}

core::LibraryInfos libraryInfo() {
    SDL_version linked{}, built{};
    SDL_GetVersion(&linked);
    SDL_VERSION(&built);
    core::LibraryInfo sdl{"SDL2", versionText(linked)};
    if (SDL_VERSIONNUM(linked.major, linked.minor, linked.patch) < SDL_VERSIONNUM(built.major, built.minor, 0)) {
        sdl.ok = false;
        sdl.problem = core::tr("cũ hơn bản dùng khi biên dịch (", "older than the version built against (") +
                      versionText(built) + ")";
    }
    return {sdl};
}

} // namespace signage::platform
