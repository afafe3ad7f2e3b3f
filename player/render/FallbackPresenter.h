// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the screen shows when nothing else is playable (no content, every item broken):
// a built-in slide with the police hotline, so the screen is never black. Needs no file at
// all; without any font it still draws the colours and a large "113" from rectangles.
// Render thread only.
#include <memory>

#include "content/Model.h"
#include "render/Presenter.h"
#include "render/SlidePresenter.h"
#include "render/TextLayout.h"

namespace signage::render {

class FallbackPresenter : public Presenter {
public:
    /// `text` may be null (no font found).
    explicit FallbackPresenter(std::shared_ptr<TextLayout> text);

    /// The built-in slide: official "phải tố giác" wording and "Gọi 113 / Công an".
    static content::Slide builtinSlide();

    /// Never fails.
    bool prepare(std::string& error) override;
    bool open(Canvas& canvas, std::string& error) override;
    void draw(Canvas& canvas, const RectF& area, float opacity, core::SteadyMs now) override;

private:
    void drawWithoutFont(Canvas& canvas, const RectF& area, float opacity);

    std::unique_ptr<SlidePresenter> _slide; // null when there is no font
    bool _slideOk = false;
};

/// Draws decimal digits as seven-segment blocks filling `box` (for the no-font fallback).
void drawSegmentDigits(Canvas& canvas, const std::string& digits, const RectF& box, Color color);

} // namespace signage::render
