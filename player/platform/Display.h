// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The window and renderer the player draws on, chosen for the machine: the GPU when
// there is one, otherwise SDL's software renderer with framebuffer acceleration off
// (software OpenGL costs several times more CPU; see ../shared/DESIGN.md).
#include <memory>
#include <string>
#include <string_view>

#include "platform/SdlHandles.h"

namespace signage::platform {

struct DisplayOptions {
    bool fullscreen = true;
    int width = 1920, height = 1080; // window size when not fullscreen
    std::string title = "canhbao-signage";
};

class Display {
public:
    /// Opens SDL video, the window and the renderer. nullptr and *error on failure.
    static std::unique_ptr<Display> open(const DisplayOptions& options, std::string* error);
    ~Display();

    SDL_Renderer* renderer() const { return _renderer.get(); }
    SDL_Window* window() const { return _window.get(); }
    /// Output size in pixels (after fullscreen / high-DPI).
    void outputSize(int& w, int& h) const;
    /// e.g. "video driver x11, renderer software (no GPU found), 1920x1080 fullscreen"
    const std::string& description() const { return _description; }
    bool software() const { return _software; }

private:
    Display() = default;
    std::unique_ptr<SdlSubsystem> _video;
    WindowPtr _window;
    RendererPtr _renderer;
    std::string _description;
    bool _software = false;
};

/// True when a GPU render node or DRM card exists (/dev/dri). SIGNAGE_RENDERER=software|gpu
/// overrides the guess.
bool gpuLikelyPresent(const std::string& videoDriver);

/// The render driver to ask SDL for on a GPU: "opengles2" on the KMSDRM video driver (its
/// desktop-OpenGL renderer scans out black frames on the kiosk, its OpenGL ES 2 one draws),
/// unless the user chose one (`envValue`: SDL_RENDER_DRIVER, null or empty when unset).
/// Empty: leave the choice to SDL.
std::string chooseRenderDriver(std::string_view videoDriver, const char* envValue);

} // namespace signage::platform
