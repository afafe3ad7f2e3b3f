// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/Raster.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace signage::render {

namespace {

void blendPixel(std::uint8_t* p, Color c, float coverage) {
    float a = (c.a / 255.0f) * std::clamp(coverage, 0.0f, 1.0f);
    if (a <= 0) return;
    p[0] = static_cast<std::uint8_t>(std::lround(c.r * a + p[0] * (1 - a)));
    p[1] = static_cast<std::uint8_t>(std::lround(c.g * a + p[1] * (1 - a)));
    p[2] = static_cast<std::uint8_t>(std::lround(c.b * a + p[2] * (1 - a)));
    p[3] = static_cast<std::uint8_t>(std::lround(255 * a + p[3] * (1 - a)));
}

/// The pixel at whole-picture position (x, y), which must lie inside the target.
std::uint8_t* pixel(const RasterTarget& t, int x, int y) {
    return static_cast<std::uint8_t*>(t.surface->pixels) + static_cast<size_t>(y - t.originY) * t.surface->pitch +
           static_cast<size_t>(x - t.originX) * 4;
}

/// `r` rounded outwards and clipped to the target, in whole-picture pixels; false when empty.
bool clipped(const RasterTarget& t, const RectF& r, int& x0, int& y0, int& x1, int& y1) {
    SDL_Rect b = rasterBounds(r);
    x0 = std::max({0, t.originX, b.x});
    y0 = std::max({0, t.originY, b.y});
    x1 = std::min(t.originX + t.surface->w, b.x + b.w);
    y1 = std::min(t.originY + t.surface->h, b.y + b.h);
    return x1 > x0 && y1 > y0;
}

/// Coverage of a pixel by a shape given the signed distance of its centre to the edge
/// (negative inside): one pixel of smoothing.
float coverageFromDistance(float d) { return std::clamp(0.5f - d, 0.0f, 1.0f); }

} // namespace

SDL_Rect rasterBounds(const RectF& r) {
    if (r.w <= 0 || r.h <= 0) return {0, 0, 0, 0};
    int x0 = static_cast<int>(std::floor(r.x)), y0 = static_cast<int>(std::floor(r.y));
    int x1 = static_cast<int>(std::ceil(r.x + r.w)), y1 = static_cast<int>(std::ceil(r.y + r.h));
    return {x0, y0, x1 - x0, y1 - y0};
}

void rasterFillRect(const RasterTarget& target, const RectF& r, Color c) {
    int x0, y0, x1, y1;
    if (!target.surface || r.w <= 0 || r.h <= 0 || !clipped(target, r, x0, y0, x1, y1)) return;
    if (c.a == 255) {
        SDL_Rect rr{x0 - target.originX, y0 - target.originY, x1 - x0, y1 - y0};
        SDL_FillRect(target.surface, &rr, SDL_MapRGBA(target.surface->format, c.r, c.g, c.b, c.a));
        return;
    }
    for (int y = y0; y < y1; ++y)
        for (int x = x0; x < x1; ++x) blendPixel(pixel(target, x, y), c, 1.0f);
}

void rasterFillRoundedRect(const RasterTarget& target, const RectF& r, float radius, Color c) {
    int x0, y0, x1, y1;
    if (!target.surface || r.w <= 0 || r.h <= 0 || !clipped(target, r, x0, y0, x1, y1)) return;
    radius = std::clamp(radius, 0.0f, std::min(r.w, r.h) / 2);
    float cx = r.x + r.w / 2, cy = r.y + r.h / 2;
    float hx = r.w / 2 - radius, hy = r.h / 2 - radius;
    for (int y = y0; y < y1; ++y) {
        for (int x = x0; x < x1; ++x) {
            // Signed distance to a rounded box (Inigo Quilez's formula), from whole-picture
            // coordinates so every tile computes exactly what the whole slide would.
            float px = std::fabs(x + 0.5f - cx) - hx, py = std::fabs(y + 0.5f - cy) - hy;
            float ox = std::max(px, 0.0f), oy = std::max(py, 0.0f);
            float d = std::sqrt(ox * ox + oy * oy) + std::min(std::max(px, py), 0.0f) - radius;
            blendPixel(pixel(target, x, y), c, coverageFromDistance(d));
        }
    }
}

void rasterFillCircle(const RasterTarget& target, const RectF& b, Color c) {
    rasterFillRoundedRect(target, b, std::min(b.w, b.h) / 2, c);
}

void rasterBlit(const RasterTarget& target, SDL_Surface* src, int x, int y) {
    if (!target.surface || !src) return;
    SDL_SetSurfaceBlendMode(src, SDL_BLENDMODE_BLEND);
    SDL_Rect dst{x - target.originX, y - target.originY, src->w, src->h};
    SDL_BlitSurface(src, nullptr, target.surface, &dst);
}

} // namespace signage::render
