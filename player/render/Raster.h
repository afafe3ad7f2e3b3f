#pragma once
// Small CPU drawing helpers on RGBA32 surfaces, used to compose a slide once into a single
// picture (cheaper to show than redrawing its parts every frame). Any thread.
#include <SDL.h>

#include "content/Model.h"
#include "render/Canvas.h"

namespace signage::render {

/// Fills `r` (rounded outwards to whole pixels), blending when c.a < 255.
void rasterFillRect(SDL_Surface* target, const RectF& r, Color c);
/// An anti-aliased filled circle inscribed in `bounds`.
void rasterFillCircle(SDL_Surface* target, const RectF& bounds, Color c);
/// An anti-aliased filled rectangle with corner radius `radius`.
void rasterFillRoundedRect(SDL_Surface* target, const RectF& r, float radius, Color c);
/// Blits `src` (any format, with alpha) at (x, y), blending.
void rasterBlit(SDL_Surface* target, SDL_Surface* src, int x, int y);

} // namespace signage::render
