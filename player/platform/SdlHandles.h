// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RAII owners for SDL handles (one deleter each, so no naked SDL_Destroy* in logic).
// The one set for the program: render/SdlOwners.h reuses these and adds SDL_ttf's font.
#include <SDL.h>
#include <memory>

namespace signage::platform {

struct SdlDeleter {
    void operator()(SDL_Window* w) const { SDL_DestroyWindow(w); }
    void operator()(SDL_Renderer* r) const { SDL_DestroyRenderer(r); }
    void operator()(SDL_Texture* t) const { SDL_DestroyTexture(t); }
    void operator()(SDL_Surface* s) const { SDL_FreeSurface(s); }
    void operator()(SDL_RWops* rw) const { SDL_RWclose(rw); }
};
using WindowPtr = std::unique_ptr<SDL_Window, SdlDeleter>;
using RendererPtr = std::unique_ptr<SDL_Renderer, SdlDeleter>;
using TexturePtr = std::unique_ptr<SDL_Texture, SdlDeleter>;
using SurfacePtr = std::unique_ptr<SDL_Surface, SdlDeleter>;
using RwPtr = std::unique_ptr<SDL_RWops, SdlDeleter>;

/// SDL_Init/SDL_QuitSubSystem for one subsystem, scoped.
class SdlSubsystem {
public:
    explicit SdlSubsystem(Uint32 flags);
    ~SdlSubsystem();
    SdlSubsystem(const SdlSubsystem&) = delete;
    SdlSubsystem& operator=(const SdlSubsystem&) = delete;
    bool ok() const { return _ok; }

private:
    Uint32 _flags;
    bool _ok;
};

} // namespace signage::platform
