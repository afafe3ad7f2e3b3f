// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A band across the top of the screen with one line of text, drawn over whatever
// plays (bundle import progress and results). Render thread only.
#include <memory>
#include <string>

#include "render/Canvas.h"

namespace signage::render {
class TextLayout;
}

namespace signage::playback {

class Banner {
public:
    explicit Banner(std::shared_ptr<render::TextLayout> text) : _text(std::move(text)) {}
    /// Draws `message` (nothing when empty). The text picture is cached per message and size.
    void draw(render::Canvas& canvas, const std::string& message);

private:
    std::shared_ptr<render::TextLayout> _text;
    std::shared_ptr<render::Picture> _picture;
    std::string _cachedText;
    render::Size _cachedFor;
};

} // namespace signage::playback
