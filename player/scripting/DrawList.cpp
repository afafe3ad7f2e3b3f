// SPDX-License-Identifier: GPL-3.0-or-later
#include "scripting/DrawList.h"

#include <algorithm>
#include <cmath>

namespace signage::scripting {

render::RectF intersect(const render::RectF& a, const render::RectF& b) {
    float x0 = std::max(a.x, b.x), y0 = std::max(a.y, b.y);
    float x1 = std::min(a.x + a.w, b.x + b.w), y1 = std::min(a.y + a.h, b.y + b.h);
    return {x0, y0, std::max(0.0f, x1 - x0), std::max(0.0f, y1 - y0)};
}

void DrawList::replay(render::Canvas& canvas, const render::RectF& area, float opacity) const {
    auto toScreen = [&](const render::RectF& r) { return render::RectF{r.x + area.x, r.y + area.y, r.w, r.h}; };
    canvas.setClip(area);
    for (const auto& c : _commands) {
        switch (c.kind) {
        case DrawCommand::Kind::Fill: {
            content::Color col = c.color;
            col.a = static_cast<std::uint8_t>(std::lround(col.a * std::clamp(opacity, 0.0f, 1.0f)));
            canvas.fillRect(toScreen(c.rect), col);
            break;
        }
        case DrawCommand::Kind::Picture:
            if (c.picture) canvas.drawPicture(*c.picture, toScreen(c.rect), c.opacity * opacity, c.source);
            break;
        case DrawCommand::Kind::Clip:
            canvas.setClip(c.clipOff ? area : intersect(toScreen(c.rect), area));
            break;
        }
    }
    canvas.setClip(std::nullopt);
}

} // namespace signage::scripting
