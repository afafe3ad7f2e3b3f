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

std::uint8_t* pixel(SDL_Surface* s, int x, int y) {
    return static_cast<std::uint8_t*>(s->pixels) + static_cast<size_t>(y) * s->pitch + static_cast<size_t>(x) * 4;
}

/// Coverage of a pixel by a shape given the signed distance of its centre to the edge
/// (negative inside): one pixel of smoothing.
float coverageFromDistance(float d) { return std::clamp(0.5f - d, 0.0f, 1.0f); }

} // namespace

void rasterFillRect(SDL_Surface* target, const RectF& r, Color c) {
    if (!target || r.w <= 0 || r.h <= 0) return;
    int x0 = std::max(0, static_cast<int>(std::floor(r.x))), y0 = std::max(0, static_cast<int>(std::floor(r.y)));
    int x1 = std::min(target->w, static_cast<int>(std::ceil(r.x + r.w)));
    int y1 = std::min(target->h, static_cast<int>(std::ceil(r.y + r.h)));
    if (x1 <= x0 || y1 <= y0) return;
    if (c.a == 255) {
        SDL_Rect rr{x0, y0, x1 - x0, y1 - y0};
        SDL_FillRect(target, &rr, SDL_MapRGBA(target->format, c.r, c.g, c.b, c.a));
        return;
    }
    for (int y = y0; y < y1; ++y)
        for (int x = x0; x < x1; ++x) blendPixel(pixel(target, x, y), c, 1.0f);
}

void rasterFillRoundedRect(SDL_Surface* target, const RectF& r, float radius, Color c) {
    if (!target || r.w <= 0 || r.h <= 0) return;
    radius = std::clamp(radius, 0.0f, std::min(r.w, r.h) / 2);
    int x0 = std::max(0, static_cast<int>(std::floor(r.x))), y0 = std::max(0, static_cast<int>(std::floor(r.y)));
    int x1 = std::min(target->w, static_cast<int>(std::ceil(r.x + r.w)));
    int y1 = std::min(target->h, static_cast<int>(std::ceil(r.y + r.h)));
    float cx = r.x + r.w / 2, cy = r.y + r.h / 2;
    float hx = r.w / 2 - radius, hy = r.h / 2 - radius;
    for (int y = y0; y < y1; ++y) {
        for (int x = x0; x < x1; ++x) {
            // Signed distance to a rounded box (Inigo Quilez's formula).
            float px = std::fabs(x + 0.5f - cx) - hx, py = std::fabs(y + 0.5f - cy) - hy;
            float ox = std::max(px, 0.0f), oy = std::max(py, 0.0f);
            float d = std::sqrt(ox * ox + oy * oy) + std::min(std::max(px, py), 0.0f) - radius;
            blendPixel(pixel(target, x, y), c, coverageFromDistance(d));
        }
    }
}

void rasterFillCircle(SDL_Surface* target, const RectF& b, Color c) {
    rasterFillRoundedRect(target, b, std::min(b.w, b.h) / 2, c);
}

void rasterBlit(SDL_Surface* target, SDL_Surface* src, int x, int y) {
    if (!target || !src) return;
    SDL_SetSurfaceBlendMode(src, SDL_BLENDMODE_BLEND);
    SDL_Rect dst{x, y, src->w, src->h};
    SDL_BlitSurface(src, nullptr, target, &dst);
}

} // namespace signage::render
