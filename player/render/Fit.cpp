// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/Fit.h"

#include <algorithm>

namespace signage::render {

FitResult fitPicture(Size pic, const RectF& area, content::Fit fit) {
    FitResult r;
    r.src = {0, 0, static_cast<float>(pic.w), static_cast<float>(pic.h)};
    if (pic.w <= 0 || pic.h <= 0 || area.w <= 0 || area.h <= 0) {
        r.dst = {area.x, area.y, 0, 0};
        return r;
    }
    float sx = area.w / static_cast<float>(pic.w), sy = area.h / static_cast<float>(pic.h);
    if (fit == content::Fit::Contain) {
        float s = std::min(sx, sy);
        float w = pic.w * s, h = pic.h * s;
        r.dst = {area.x + (area.w - w) / 2, area.y + (area.h - h) / 2, w, h};
    } else {
        // Scale so the picture covers the area, then take the centred part of it that maps
        // onto the area: src is the area's size expressed in picture pixels.
        float s = std::max(sx, sy);
        float sw = area.w / s, sh = area.h / s;
        r.src = {(pic.w - sw) / 2, (pic.h - sh) / 2, sw, sh};
        r.dst = area;
    }
    return r;
}

} // namespace signage::render
