// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How plugins get text onto the canvas. The player implements this with render/TextLayout
// (SDL_ttf + HarfBuzz, the same engine as slides); tests use a fake that measures text as
// boxes. Render thread only.
#include <memory>
#include <string>
#include <string_view>

#include "render/Canvas.h"

namespace signage::scripting {

struct TextStyle {
    enum class Align { Left, Center, Right };
    float size = 32;                  // font size in output pixels
    content::Color color{255, 255, 255, 255};
    bool bold = false;
    float width = 0;                  // wrap width in pixels; 0 = a single line, never wrapped
    Align align = Align::Left;        // inside `width` (ignored for single lines)
    bool operator==(const TextStyle&) const = default;
};

class TextRenderer {
public:
    virtual ~TextRenderer() = default;
    /// Size of `utf8` laid out with `style` (width = widest line, height = all lines).
    virtual render::Size measure(std::string_view utf8, const TextStyle& style) = 0;
    /// Renders `utf8` into a picture of exactly measure()'s size. nullptr + *error on failure.
    virtual std::shared_ptr<render::Picture> renderToPicture(render::Canvas& canvas, std::string_view utf8,
                                                             const TextStyle& style, std::string* error) = 0;
};

} // namespace signage::scripting
