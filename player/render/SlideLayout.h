// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where everything on a text slide goes, for one output size. Pure geometry: text is
// measured through a TextMeasurer, nothing is drawn (SlidePainter draws the result).
//
// Landscape: optional kicker ("5 KHÔNG · 4/5"), title, accent rule, bullets and/or a
// paragraph on the left, the image in a right-hand column, a full-width footer band at
// the bottom. Portrait: the image above the text. Everything that carries meaning stays
// inside the 5% safe area; sizes scale with min(w/1920, h/1080), shrink to fit, and never
// go below the readable minimum (body 40 px at 1080p). If even that cannot fit, `fits`
// is false, `why` says so, and whole lines are left out (ending with "…"): never clipped.
#include <string>
#include <vector>

#include "content/Model.h"
#include "render/Canvas.h"
#include "render/TextMeasurer.h"

namespace signage::render {

/// Sizes at the 1920x1080 reference, in pixels (scaled for other outputs).
struct SlideMetrics {
    float safeMargin = 0.05f; // of width (left/right) and of height (top/bottom)
    int titlePx = 92, titleMinPx = 56;
    int bodyPx = 60, bodyMinPx = 40;
    int footerPx = 56, footerMinPx = 40;
    int kickerPx = 38, kickerMinPx = 30;
};

enum class TextRole { Kicker, Title, Body, Footer };

struct LaidLine {
    std::string text; // NFC
    FontStyle font;
    TextRole role = TextRole::Body;
    float x = 0, baseline = 0;
    RectF box; // where its ink can be: [x, x+width] x [baseline-ascent, baseline+descent]
};

struct SlideLayout {
    Size size;
    float scale = 1;    // min(w/1920, h/1080)
    RectF safe;         // the safe area
    RectF footerBand;   // w == 0 when there is no footer
    RectF titleRule;    // the short accent bar under the title; w == 0 when none
    RectF imageBox;     // w == 0 when there is no image; the image is fitted (contain) inside
    std::vector<RectF> bulletDots; // circle bounds, one per bullet
    std::vector<LaidLine> lines;
    int titlePx = 0, bodyPx = 0, footerPx = 0;
    bool fits = true;      // everything shown at a readable size
    bool truncated = false; // lines were left out (only when !fits)
    std::string why;       // when !fits: a sentence for `validate` and the log
};

/// "5 KHÔNG · 4/5" for a rule id ("khong_chuyen_khoan"), "" for none or an unknown id.
std::string ruleKicker(const std::string& rule);

/// Lays `slide` out for an output of `size`.
SlideLayout layoutSlide(const content::Slide& slide, Size size, TextMeasurer& measure,
                        const SlideMetrics& metrics = {});

/// WCAG contrast ratio of two opaque colours (1..21); body text wants at least 4.5.
double contrastRatio(content::Color a, content::Color b);

} // namespace signage::render
