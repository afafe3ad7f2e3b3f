// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A TextRenderer that lays text out as boxes: each code point is size/2 wide, each line
// size*1.25 tall, wrapping at style.width. Good enough to test placement and caching;
// the real one (render/TextLayout) is connected by the player.
#include <cmath>
#include <string>

#include "core/Utf8.h"
#include "scripting/TextRenderer.h"
#include "RecordingCanvas.h"

namespace signage::test {

struct FakeTextPicture : FakePicture {
    FakeTextPicture(render::Size s, std::string t, scripting::TextStyle st) : FakePicture(s, t), text(std::move(t)), style(st) {}
    std::string text;
    scripting::TextStyle style;
};

class FakeTextRenderer : public scripting::TextRenderer {
public:
    render::Size measure(std::string_view utf8, const scripting::TextStyle& style) override {
        ++measures;
        double w = static_cast<double>(core::utf8Length(utf8)) * style.size * 0.5;
        int lines = 1;
        if (style.width > 0 && w > style.width) {
            lines = static_cast<int>(std::ceil(w / style.width));
            w = style.width;
        }
        return {static_cast<int>(std::lround(w)), static_cast<int>(std::lround(lines * style.size * 1.25))};
    }
    std::shared_ptr<render::Picture> renderToPicture(render::Canvas&, std::string_view utf8, const scripting::TextStyle& style,
                                                     std::string* error) override {
        ++renders;
        if (failNext) {
            failNext = false;
            if (error) *error = "font missing";
            return nullptr;
        }
        return std::make_shared<FakeTextPicture>(measure(utf8, style), std::string(utf8), style);
    }
    int renders = 0;
    int measures = 0;
    bool failNext = false;
};

} // namespace signage::test
