// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The plugins' TextRenderer on the slides' text engine (render/TextLayout: SDL_ttf with
// HarfBuzz, the Vietnamese-capable slide font), so plugin text looks like slide text.
// Render thread only, like TextLayout.
#include <memory>

#include "render/TextLayout.h"
#include "scripting/TextRenderer.h"

namespace signage::scripting {

class LayoutTextRenderer final : public TextRenderer {
public:
    explicit LayoutTextRenderer(std::shared_ptr<render::TextLayout> layout) : _layout(std::move(layout)) {}

    render::Size measure(std::string_view utf8, const TextStyle& style) override;
    std::shared_ptr<render::Picture> renderToPicture(render::Canvas& canvas, std::string_view utf8, const TextStyle& style,
                                                     std::string* error) override;

private:
    std::shared_ptr<render::TextLayout> _layout;
};

} // namespace signage::scripting
