// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/SlidePainter.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace signage::render {

namespace {

Color roleColor(TextRole role, const content::Theme& t) {
    switch (role) {
    case TextRole::Kicker: return t.accent;
    case TextRole::Title: return t.title;
    case TextRole::Body: return t.text;
    case TextRole::Footer: return t.footerText;
    }
    return t.text;
}

SDL_Rect intersect(const SDL_Rect& a, const SDL_Rect& b) {
    SDL_Rect out{0, 0, 0, 0};
    if (!SDL_IntersectRect(&a, &b, &out)) return {0, 0, 0, 0};
    return out;
}

/// The smallest rectangle holding every pixel of `s` that is not fully transparent, in
/// the surface's own pixels; the whole surface when its alpha cannot be read directly.
SDL_Rect inkBounds(SDL_Surface* s) {
    SDL_Rect whole{0, 0, s->w, s->h};
    if (s->format->BytesPerPixel != 4 || s->format->Amask != 0xFF000000u || SDL_MUSTLOCK(s)) return whole;
    int x0 = s->w, y0 = s->h, x1 = -1, y1 = -1;
    for (int y = 0; y < s->h; ++y) {
        const auto* row = static_cast<const std::uint8_t*>(s->pixels) + static_cast<size_t>(y) * s->pitch;
        for (int x = 0; x < s->w; ++x) {
            if (row[x * 4 + 3] == 0) continue; // alpha is the high byte: byte 3 in memory (little-endian)
            x0 = std::min(x0, x);
            x1 = std::max(x1, x);
            y0 = std::min(y0, y);
            y1 = std::max(y1, y);
        }
    }
    if (x1 < 0) return {0, 0, 0, 0};
    return {x0, y0, x1 - x0 + 1, y1 - y0 + 1};
}

bool contains(const SDL_Rect& outer, const SDL_Rect& inner) {
    return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w &&
           inner.y + inner.h <= outer.y + outer.h;
}

} // namespace

SlidePainter::SlidePainter(const SlideLayout& layout, const content::Theme& theme, TextLayout& text, SDL_Surface* image)
    : _size(layout.size), _background(theme.background) {
    _background.a = 255; // a slide is the whole screen: never see-through
    // A thin accent stripe across the top edge ties the slides of a programme together.
    float stripe = std::max(4.0f, std::round(10 * layout.scale));
    auto fill = [&](RectF r, Op::Kind kind) {
        Op op;
        op.kind = kind;
        op.rect = r;
        op.color = theme.accent;
        op.bounds = rasterBounds(r);
        add(op);
    };
    fill({0, 0, static_cast<float>(layout.size.w), stripe}, Op::Kind::Fill);
    if (layout.titleRule.w > 0) fill(layout.titleRule, Op::Kind::Fill);
    for (const RectF& dot : layout.bulletDots) fill(dot, Op::Kind::Circle);
    if (layout.footerBand.w > 0) fill(layout.footerBand, Op::Kind::Fill);

    auto blit = [&](SDL_Surface* s, int x, int y) {
        Op op;
        op.kind = Op::Kind::Blit;
        op.surface = s;
        op.x = x;
        op.y = y;
        // Only its ink: a blended pixel of alpha 0 leaves the slide as it was.
        SDL_Rect ink = inkBounds(s);
        op.bounds = {x + ink.x, y + ink.y, ink.w, ink.h};
        add(op);
    };
    if (image && layout.imageBox.w > 0) {
        int x = static_cast<int>(std::lround(layout.imageBox.x + (layout.imageBox.w - image->w) / 2));
        int y = static_cast<int>(std::lround(layout.imageBox.y + (layout.imageBox.h - image->h) / 2));
        blit(image, x, y);
    }
    for (const LaidLine& line : layout.lines) {
        int baseline = 0;
        SurfacePtr s = text.renderLine(line.text, line.font, roleColor(line.role, theme), &baseline);
        if (!s) continue; // empty text, or no font: nothing drawn (as before tiles)
        SDL_Surface* raw = s.get();
        _lines.push_back(std::move(s));
        blit(raw, static_cast<int>(std::lround(line.x)), static_cast<int>(std::lround(line.baseline)) - baseline);
    }
}

void SlidePainter::add(Op op) {
    op.bounds = intersect(op.bounds, SDL_Rect{0, 0, _size.w, _size.h});
    if (op.bounds.w <= 0 || op.bounds.h <= 0) return; // nothing of it shows
    _ops.push_back(op);
    if (op.kind == Op::Kind::Fill && op.color.a == 255) {
        _solids.push_back({op.bounds, op.color});
        return;
    }
    // A region inside another adds nothing (footer text on its band); one that contains
    // earlier regions replaces them.
    for (const SDL_Rect& r : _regions)
        if (contains(r, op.bounds)) return;
    std::erase_if(_regions, [&](const SDL_Rect& r) { return contains(op.bounds, r); });
    _regions.push_back(op.bounds);
}

void SlidePainter::paint(SDL_Surface* target, SDL_Rect region) const {
    if (!target) return;
    SDL_FillRect(target, nullptr, SDL_MapRGBA(target->format, _background.r, _background.g, _background.b, 255));
    const RasterTarget t{target, region.x, region.y};
    for (const Op& op : _ops) {
        if (!SDL_HasIntersection(&op.bounds, &region)) continue;
        switch (op.kind) {
        case Op::Kind::Fill: rasterFillRect(t, op.rect, op.color); break;
        case Op::Kind::Circle: rasterFillCircle(t, op.rect, op.color); break;
        case Op::Kind::Blit: rasterBlit(t, op.surface, op.x, op.y); break;
        }
    }
}

SurfacePtr SlidePainter::paint(SDL_Rect region) const {
    SurfacePtr out = makeRgbaSurface(std::max(1, region.w), std::max(1, region.h));
    if (out) paint(out.get(), region);
    return out;
}

SurfacePtr paintSlide(const SlideLayout& layout, const content::Theme& theme, TextLayout& text, SDL_Surface* image) {
    SlidePainter painter(layout, theme, text, image);
    return painter.paint(SDL_Rect{0, 0, layout.size.w, layout.size.h});
}

} // namespace signage::render
