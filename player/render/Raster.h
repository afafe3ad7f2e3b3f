// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small CPU drawing helpers on RGBA32 surfaces, used to compose a slide once (cheaper to
// show than redrawing its parts every frame). Any thread.
//
// A RasterTarget may hold only a region of the picture being painted (a slide tile):
// shapes are given in the whole picture's pixels and land at (x - originX, y - originY),
// with the same arithmetic as when painting the whole, so a painted region is exactly the
// crop of the painted whole, byte for byte.
#include <SDL.h>

#include "content/Model.h"
#include "render/Canvas.h"

namespace signage::render {

struct RasterTarget {
    SDL_Surface* surface = nullptr; // RGBA32; not owned
    int originX = 0, originY = 0;   // where its top-left pixel lies in the whole picture (>= 0)
};

/// Fills `r` (rounded outwards to whole pixels), blending when c.a < 255.
void rasterFillRect(const RasterTarget& target, const RectF& r, Color c);
/// An anti-aliased filled circle inscribed in `bounds`.
void rasterFillCircle(const RasterTarget& target, const RectF& bounds, Color c);
/// An anti-aliased filled rectangle with corner radius `radius`.
void rasterFillRoundedRect(const RasterTarget& target, const RectF& r, float radius, Color c);
/// Blits `src` (any format, with alpha) with its top-left at (x, y), blending.
void rasterBlit(const RasterTarget& target, SDL_Surface* src, int x, int y);

/// The whole-picture pixels `r` touches when filled or blended: rounded outwards.
SDL_Rect rasterBounds(const RectF& r);

} // namespace signage::render
