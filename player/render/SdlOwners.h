// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RAII owners for the SDL and SDL_ttf handles render/ uses (no naked
// SDL_Destroy*/SDL_Free*/TTF_Close* in logic). Render thread only. The SDL ones are
// platform/'s (one deleter for the program); only SDL_ttf's font is added here, since
// render/ is the one folder that links SDL_ttf.
#include <SDL.h>
#include <SDL_ttf.h>

#include <memory>

#include "platform/SdlHandles.h"

namespace signage::render {

using platform::RendererPtr;
using platform::RwPtr;
using platform::SurfacePtr;
using platform::TexturePtr;

struct TtfFontDeleter {
    void operator()(TTF_Font* f) const { TTF_CloseFont(f); }
};
using FontPtr = std::unique_ptr<TTF_Font, TtfFontDeleter>;

/// A blank RGBA32 surface (bytes R,G,B,A in memory), the layout every CPU-side picture
/// uses in render/. nullptr when SDL cannot allocate it.
inline SurfacePtr makeRgbaSurface(int w, int h) {
    return SurfacePtr(SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_RGBA32));
}

} // namespace signage::render
