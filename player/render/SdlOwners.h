#pragma once
// RAII owners for the SDL, SDL_ttf and SDL_image handles render/ uses (one deleter each,
// so no naked SDL_Destroy*/SDL_Free*/TTF_Close* in logic). Render thread only.
#include <SDL.h>
#include <SDL_ttf.h>

#include <memory>

namespace signage::render {

struct SdlDeleter {
    void operator()(SDL_Renderer* r) const { SDL_DestroyRenderer(r); }
    void operator()(SDL_Texture* t) const { SDL_DestroyTexture(t); }
    void operator()(SDL_Surface* s) const { SDL_FreeSurface(s); }
    void operator()(SDL_RWops* rw) const { SDL_RWclose(rw); }
    void operator()(TTF_Font* f) const { TTF_CloseFont(f); }
};
using RendererPtr = std::unique_ptr<SDL_Renderer, SdlDeleter>;
using TexturePtr = std::unique_ptr<SDL_Texture, SdlDeleter>;
using SurfacePtr = std::unique_ptr<SDL_Surface, SdlDeleter>;
using RwPtr = std::unique_ptr<SDL_RWops, SdlDeleter>;
using FontPtr = std::unique_ptr<TTF_Font, SdlDeleter>;

/// A blank RGBA32 surface (bytes R,G,B,A in memory), the layout every CPU-side picture
/// uses in render/. nullptr when SDL cannot allocate it.
inline SurfacePtr makeRgbaSurface(int w, int h) {
    return SurfacePtr(SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_RGBA32));
}

} // namespace signage::render
