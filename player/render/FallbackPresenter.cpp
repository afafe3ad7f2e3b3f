// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/FallbackPresenter.h"

#include <algorithm>
#include <cmath>

#include "core/Log.h"

namespace signage::render {

namespace {
const core::Logger kLog("fallback");

Color faded(Color c, float opacity) {
    c.a = static_cast<std::uint8_t>(std::lround(c.a * std::clamp(opacity, 0.0f, 1.0f)));
    return c;
}
} // namespace

content::Slide FallbackPresenter::builtinSlide() {
    content::Slide s;
    s.id = "builtin-fallback";
    s.title = "Cảnh giác lừa đảo qua mạng";
    s.paragraph = "Khi nhận được các cuộc gọi, tin nhắn hoặc các nội dung nghi ngờ là hoạt động lừa đảo "
                  "thì tuyệt đối không nên tự ý làm theo mà phải tố giác cho Cơ quan Công an nơi gần nhất.";
    s.footer = "Gọi 113 / Công an";
    // Model.h's default theme: deep blue, white text, yellow band with near-black text.
    return s;
}

FallbackPresenter::FallbackPresenter(std::shared_ptr<TextLayout> text) {
    if (text && text->ok()) _slide = std::make_unique<SlidePresenter>(builtinSlide(), std::move(text));
}

bool FallbackPresenter::prepare(std::string&) {
    std::string unused;
    if (_slide) _slide->prepare(unused);
    return true;
}

bool FallbackPresenter::open(Canvas& canvas, std::string&) {
    _slideOk = false;
    if (_slide) {
        std::string why;
        _slideOk = _slide->open(canvas, why);
        if (!_slideOk) kLog.warn(why);
    }
    return true;
}

void FallbackPresenter::draw(Canvas& canvas, const RectF& area, float opacity, core::SteadyMs now) {
    if (_slide && _slideOk) {
        _slide->draw(canvas, area, opacity, now);
        return;
    }
    drawWithoutFont(canvas, area, opacity);
}

void FallbackPresenter::drawWithoutFont(Canvas& canvas, const RectF& area, float opacity) {
    content::Theme t;
    canvas.fillRect(area, faded(t.background, opacity));
    float band = area.h * 0.28f;
    canvas.fillRect({area.x, area.y + area.h - band, area.w, band}, faded(t.accent, opacity));
    float digitH = area.h * 0.36f;
    float digitsW = digitH * 0.55f * 3 + digitH * 0.2f * 2;
    drawSegmentDigits(canvas, "113", {area.x + (area.w - digitsW) / 2, area.y + area.h * 0.16f, digitsW, digitH},
                      faded(t.title, opacity));
}

void drawSegmentDigits(Canvas& canvas, const std::string& digits, const RectF& box, Color color) {
    // Segments a..g: top, top-right, bottom-right, bottom, bottom-left, top-left, middle.
    static const unsigned char kSegments[10] = {0x3F, 0x06, 0x5B, 0x4F, 0x66, 0x6D, 0x7D, 0x07, 0x7F, 0x6F};
    if (digits.empty()) return;
    float n = static_cast<float>(digits.size());
    // Each digit is 0.55 h wide, with 0.2 h between digits.
    float h = std::min(box.h, box.w / (n * 0.55f + (n - 1) * 0.2f));
    float w = 0.55f * h, gap = 0.2f * h, t = 0.12f * h;
    float x = box.x + (box.w - (n * w + (n - 1) * gap)) / 2, y = box.y + (box.h - h) / 2;
    for (char c : digits) {
        if (c >= '0' && c <= '9') {
            unsigned char m = kSegments[c - '0'];
            float half = h / 2;
            const RectF seg[7] = {{x, y, w, t},
                                  {x + w - t, y, t, half},
                                  {x + w - t, y + half, t, half},
                                  {x, y + h - t, w, t},
                                  {x, y + half, t, half},
                                  {x, y, t, half},
                                  {x, y + half - t / 2, w, t}};
            for (int i = 0; i < 7; ++i)
                if (m & (1u << i)) canvas.fillRect(seg[i], color);
        }
        x += w + gap;
    }
}

} // namespace signage::render
