// SPDX-License-Identifier: GPL-3.0-or-later
#include "playback/Banner.h"

#include <algorithm>

#include "render/TextLayout.h"

namespace signage::playback {

void Banner::draw(render::Canvas& canvas, const std::string& message) {
    if (message.empty()) return;
    const render::Size size = canvas.size();
    const float scale = std::min(std::max(size.w, size.h) / 1920.0f, std::min(size.w, size.h) / 1080.0f);
    const float band = 96.0f * scale;
    if (_text && (message != _cachedText || size.w != _cachedFor.w || size.h != _cachedFor.h)) {
        render::TextBlockStyle style;
        style.font.px = static_cast<int>(44 * scale);
        style.font.bold = true;
        style.color = {255, 255, 255, 255};
        style.maxWidth = static_cast<float>(size.w) * 0.92f;
        style.align = render::TextAlign::Center;
        _picture = _text->renderPicture(canvas, message, style);
        _cachedText = message;
        _cachedFor = size;
    }
    // At the top: slides keep their footer (the hotline) at the bottom, and it stays readable.
    const float top = 0;
    canvas.fillRect({0, top, static_cast<float>(size.w), band}, {0x10, 0x3d, 0x1f, 255}); // deep green: a staff notice
    if (!_picture) return;
    render::Size p = _picture->size();
    float h = std::min(static_cast<float>(p.h), band * 0.9f);
    float w = static_cast<float>(p.w) * h / std::max(1.0f, static_cast<float>(p.h));
    canvas.drawPicture(*_picture, {(static_cast<float>(size.w) - w) / 2, top + (band - h) / 2, w, h});
}

} // namespace signage::playback
