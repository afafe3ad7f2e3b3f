// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What slide layout needs to know about text, without SDL: how wide a line is and how tall
// a line of a given size is. TextLayout answers with SDL_ttf; tests may use a fake.
// Text given here is UTF-8 NFC.
#include <string>
#include <string_view>
#include <vector>

namespace signage::render {

struct FontStyle {
    int px = 40;       // em size in output pixels
    bool bold = false;
    bool operator==(const FontStyle&) const = default;
};

/// Vertical metrics of one line, in pixels, measured on what Vietnamese needs: `ascent`
/// reaches the top of stacked tone marks on capitals (Ễ, Ẫ), `descent` the bottom of
/// descenders and dot-below (g, ỵ). Ink of any line lies inside [baseline-ascent, baseline+descent].
struct LineMetrics {
    float ascent = 0, descent = 0;
    float advance = 0; // baseline to baseline, never less than ascent+descent
};

class TextMeasurer {
public:
    virtual ~TextMeasurer() = default;
    /// Width in pixels of one line of text (no wrapping).
    virtual float width(std::string_view text, FontStyle style) = 0;
    virtual LineMetrics metrics(FontStyle style) = 0;
};

/// Greedy word wrap to `maxWidth`: breaks at spaces, keeps explicit "\n" breaks, and cuts a
/// word longer than a whole line between code points (a URL never overflows). Always at
/// least one line (possibly empty).
std::vector<std::string> wrapText(TextMeasurer& m, std::string_view text, FontStyle style, float maxWidth);

/// Like wrapText, but when the text needs several lines they are made about equally long
/// (the narrowest width giving the same number of lines): for titles and footers, where a
/// lone last word looks broken.
std::vector<std::string> wrapBalanced(TextMeasurer& m, std::string_view text, FontStyle style, float maxWidth);

} // namespace signage::render
