// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/FitRect.h"

#include <algorithm>
#include <cmath>

namespace signage::media {

Placement placePicture(float pw, float ph, const render::RectF& area, content::Fit fit) {
    Placement p;
    if (pw <= 0 || ph <= 0 || area.w <= 0 || area.h <= 0) {
        p.dst = area;
        return p;
    }
    if (fit == content::Fit::Cover) {
        const float scale = std::max(area.w / pw, area.h / ph);
        const float sw = area.w / scale, sh = area.h / scale; // visible part, picture pixels
        p.dst = area;
        p.src = render::RectF{(pw - sw) / 2, (ph - sh) / 2, sw, sh};
        return p;
    }
    const float scale = std::min(area.w / pw, area.h / ph);
    // Whole output pixels: no half-covered seam between the picture and a bar.
    const float w = std::round(pw * scale), h = std::round(ph * scale);
    const float x = area.x + std::round((area.w - w) / 2), y = area.y + std::round((area.h - h) / 2);
    p.dst = {x, y, w, h};
    if (x > area.x) {
        p.bars.push_back({area.x, area.y, x - area.x, area.h});
        p.bars.push_back({x + w, area.y, area.x + area.w - (x + w), area.h});
    }
    if (y > area.y) {
        p.bars.push_back({area.x, area.y, area.w, y - area.y});
        p.bars.push_back({area.x, y + h, area.w, area.y + area.h - (y + h)});
    }
    std::erase_if(p.bars, [](const render::RectF& r) { return r.w <= 0 || r.h <= 0; });
    return p;
}

} // namespace signage::media
