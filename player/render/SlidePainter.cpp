#include "render/SlidePainter.h"

#include <algorithm>
#include <cmath>

#include "render/Raster.h"

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

} // namespace

SurfacePtr paintSlide(const SlideLayout& layout, const content::Theme& theme, TextLayout& text, SDL_Surface* image) {
    SurfacePtr out = makeRgbaSurface(layout.size.w, layout.size.h);
    if (!out) return nullptr;
    Color bg = theme.background;
    bg.a = 255; // a slide is the whole screen: never see-through
    rasterFillRect(out.get(), {0, 0, static_cast<float>(layout.size.w), static_cast<float>(layout.size.h)}, bg);
    // A thin accent stripe across the top edge ties the slides of a programme together.
    float stripe = std::max(4.0f, std::round(10 * layout.scale));
    rasterFillRect(out.get(), {0, 0, static_cast<float>(layout.size.w), stripe}, theme.accent);

    if (layout.titleRule.w > 0) rasterFillRect(out.get(), layout.titleRule, theme.accent);
    for (const RectF& dot : layout.bulletDots) rasterFillCircle(out.get(), dot, theme.accent);
    if (layout.footerBand.w > 0) rasterFillRect(out.get(), layout.footerBand, theme.accent);

    if (image && layout.imageBox.w > 0) {
        int x = static_cast<int>(std::lround(layout.imageBox.x + (layout.imageBox.w - image->w) / 2));
        int y = static_cast<int>(std::lround(layout.imageBox.y + (layout.imageBox.h - image->h) / 2));
        rasterBlit(out.get(), image, x, y);
    }
    for (const LaidLine& line : layout.lines)
        text.drawLine(out.get(), line.text, line.font, roleColor(line.role, theme), static_cast<int>(std::lround(line.x)),
                      static_cast<int>(std::lround(line.baseline)));
    return out;
}

} // namespace signage::render
