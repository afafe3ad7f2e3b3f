// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/Display.h"

#include <cctype>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "core/Log.h"

namespace signage::platform {

namespace {
const core::Logger kLog("display");

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
    return true;
}
} // namespace

std::string chooseRenderDriver(std::string_view videoDriver, const char* envValue) {
    if (envValue && *envValue) return {}; // the user's (or the unit's) choice stands
    // SDL names the driver "KMSDRM" and matches SDL_VIDEODRIVER without regard to case.
    if (equalsIgnoringCase(videoDriver, "kmsdrm")) return "opengles2";
    return {};
}

bool gpuLikelyPresent(const std::string& videoDriver) {
    if (const char* force = std::getenv("SIGNAGE_RENDERER")) {
        if (!std::strcmp(force, "software")) return false;
        if (!std::strcmp(force, "gpu")) return true;
    }
    if (videoDriver == "offscreen" || videoDriver == "dummy") return false;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator("/dev/dri", ec)) {
        auto name = entry.path().filename().string();
        if (name.rfind("renderD", 0) == 0 || name.rfind("card", 0) == 0) return true;
    }
    return false;
}

std::unique_ptr<Display> Display::open(const DisplayOptions& options, std::string* error) {
    std::unique_ptr<Display> d(new Display());
    // SDL turns SIGTERM into SDL_QUIT; the loop exits on it (systemd stop must be quick).
    d->_video = std::make_unique<SdlSubsystem>(SDL_INIT_VIDEO | SDL_INIT_EVENTS);
    if (!d->_video->ok()) {
        if (error) *error = std::string("SDL video: ") + SDL_GetError();
        return nullptr;
    }
    const char* driverName = SDL_GetCurrentVideoDriver();
    std::string driver = driverName ? driverName : "?";
    bool gpu = gpuLikelyPresent(driver);
    if (!gpu) {
        // Must be set before the window's framebuffer is made: the software renderer then
        // writes straight into the window surface instead of going through software GL.
        SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
        SDL_SetHint(SDL_HINT_RENDER_DRIVER, "software");
    } else if (std::string render = chooseRenderDriver(driver, std::getenv("SDL_RENDER_DRIVER")); !render.empty()) {
        SDL_SetHint(SDL_HINT_RENDER_DRIVER, render.c_str());
        kLog.info("video driver " + driver + ": render driver " + render +
                  " chosen (the desktop-OpenGL renderer shows black there; SDL_RENDER_DRIVER overrides)");
    }
    Uint32 flags = SDL_WINDOW_SHOWN | SDL_WINDOW_ALLOW_HIGHDPI;
    if (options.fullscreen) flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
    else flags |= SDL_WINDOW_RESIZABLE;
    d->_window.reset(SDL_CreateWindow(options.title.c_str(), SDL_WINDOWPOS_UNDEFINED, SDL_WINDOWPOS_UNDEFINED,
                                      options.width, options.height, flags));
    if (!d->_window) {
        if (error) *error = std::string("SDL window: ") + SDL_GetError();
        return nullptr;
    }
    Uint32 rflags = gpu ? (SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC) : SDL_RENDERER_SOFTWARE;
    d->_renderer.reset(SDL_CreateRenderer(d->_window.get(), -1, rflags));
    if (!d->_renderer && gpu) {
        // A GPU node without a working driver: fall back to software rather than fail.
        gpu = false;
        SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
        SDL_SetHint(SDL_HINT_RENDER_DRIVER, "software"); // not the GPU driver chosen above again
        d->_renderer.reset(SDL_CreateRenderer(d->_window.get(), -1, SDL_RENDERER_SOFTWARE));
    }
    if (!d->_renderer) {
        if (error) *error = std::string("SDL renderer: ") + SDL_GetError();
        return nullptr;
    }
    d->_software = !gpu;
    if (options.fullscreen) SDL_ShowCursor(SDL_DISABLE);
    SDL_RendererInfo info{};
    SDL_GetRendererInfo(d->_renderer.get(), &info);
    int w = 0, h = 0;
    d->outputSize(w, h);
    d->_description = "video driver " + driver + ", renderer " + (info.name ? info.name : "?") +
                      (gpu ? " (GPU)" : " (no GPU found: software, framebuffer acceleration off)") + ", " +
                      std::to_string(w) + "x" + std::to_string(h) + (options.fullscreen ? " fullscreen" : " window");
    return d;
}

Display::~Display() {
    _renderer.reset();
    _window.reset();
}

void Display::outputSize(int& w, int& h) const { SDL_GetRendererOutputSize(_renderer.get(), &w, &h); }

} // namespace signage::platform
