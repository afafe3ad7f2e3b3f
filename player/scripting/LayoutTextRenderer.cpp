// SPDX-License-Identifier: GPL-3.0-or-later
#include "scripting/LayoutTextRenderer.h"

#include <algorithm>
#include <cmath>

#include "core/Utf8.h"

namespace signage::scripting {

namespace {

render::TextBlockStyle blockStyle(const TextStyle& s) {
    render::TextBlockStyle b;
    b.font.px = std::max(1, static_cast<int>(std::lround(s.size)));
    b.font.bold = s.bold;
    b.color = s.color;
    b.maxWidth = s.width;
    b.align = s.align == TextStyle::Align::Center  ? render::TextAlign::Center
              : s.align == TextStyle::Align::Right ? render::TextAlign::Right
                                                   : render::TextAlign::Left;
    return b;
}

} // namespace

// The same arithmetic as TextLayout::renderBlock, so measure() equals the picture's size.
render::Size LayoutTextRenderer::measure(std::string_view utf8, const TextStyle& style) {
    if (!_layout || !_layout->ok()) return {};
    render::TextBlockStyle b = blockStyle(style);
    std::string nfc = core::toNfc(utf8);
    auto lines = _layout->wrap(nfc, b.font, b.maxWidth > 0 ? b.maxWidth : 1e9f);
    render::LineMetrics m = _layout->metrics(b.font);
    float widest = 0;
    for (const auto& l : lines) widest = std::max(widest, _layout->width(l, b.font));
    int w = static_cast<int>(std::ceil(b.maxWidth > 0 ? b.maxWidth : widest));
    int h = static_cast<int>(std::ceil(m.ascent + m.descent + m.advance * static_cast<float>(lines.size() - 1)));
    return {std::max(1, w), std::max(1, h)};
}

std::shared_ptr<render::Picture> LayoutTextRenderer::renderToPicture(render::Canvas& canvas, std::string_view utf8,
                                                                     const TextStyle& style, std::string* error) {
    if (!_layout || !_layout->ok()) {
        if (error) *error = "no font";
        return nullptr;
    }
    auto pic = _layout->renderPicture(canvas, utf8, blockStyle(style));
    if (!pic && error) *error = "text rendering failed";
    return pic;
}

} // namespace signage::scripting
