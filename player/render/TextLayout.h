// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Sets text with SDL_ttf (HarfBuzz shaping) in the slide font: measures, wraps and renders
// lines and blocks. Text is normalised to NFC first, so NFD input ("Kho\u0302ng") renders
// exactly like NFC. Fonts are opened once per (size, weight) and kept in a small cache.
// Render thread only (SDL_ttf is not thread-safe); one instance is shared by presenters.
#include <list>
#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "render/Canvas.h"
#include "render/FontLocator.h"
#include "render/SdlOwners.h"
#include "render/TextMeasurer.h"

namespace signage::render {

enum class TextAlign { Left, Center, Right };

struct TextBlockStyle {
    FontStyle font;
    Color color{255, 255, 255, 255};
    float maxWidth = 0;         // wrap width in pixels; 0 = no wrapping
    TextAlign align = TextAlign::Left;
};

class TextLayout : public TextMeasurer {
public:
    /// Finds the fonts (FontLocator) and starts SDL_ttf. nullptr and *error when no
    /// Vietnamese-capable font is installed or SDL_ttf cannot start.
    static std::shared_ptr<TextLayout> create(std::string* error);
    /// Uses these font files (tests, a box with its own font). Check ok() afterwards.
    explicit TextLayout(FontFiles files);
    ~TextLayout() override;
    TextLayout(const TextLayout&) = delete;
    TextLayout& operator=(const TextLayout&) = delete;

    bool ok() const { return _ttfStarted && !_regularData.empty(); }
    const FontFiles& fonts() const { return _files; }

    float width(std::string_view text, FontStyle style) override;
    LineMetrics metrics(FontStyle style) override;
    std::vector<std::string> wrap(std::string_view text, FontStyle style, float maxWidth) {
        return wrapText(*this, text, style, maxWidth);
    }

    /// One line in `color` on a transparent surface; *baseline gets the baseline's row in it.
    /// nullptr for empty text or when the font cannot be opened.
    SurfacePtr renderLine(std::string_view text, FontStyle style, Color color, int* baseline);
    /// Draws one line onto `target` (RGBA32) with its baseline at (x, baselineY), blending.
    bool drawLine(SDL_Surface* target, std::string_view text, FontStyle style, Color color, int x, int baselineY);
    /// A wrapped block of text on a transparent RGBA32 surface, lines `metrics().advance`
    /// apart; width is maxWidth when set, else the widest line.
    SurfacePtr renderBlock(std::string_view text, const TextBlockStyle& style);
    /// renderBlock as a Picture of `canvas` (for plugins, overlays and messages).
    std::shared_ptr<Picture> renderPicture(Canvas& canvas, std::string_view text, const TextBlockStyle& style);

private:
    TTF_Font* font(FontStyle style);

    FontFiles _files;
    // The font files, read once: FreeType then loads glyphs from memory instead of seeking
    // and reading the file for every glyph of every size tried while shrinking to fit.
    std::string _regularData, _boldData;
    bool _ttfStarted = false;
    // Most-recently-used first; a slide's shrink-to-fit tries a handful of sizes.
    static constexpr size_t kMaxFonts = 24;
    std::list<std::pair<FontStyle, FontPtr>> _fonts;
    std::map<std::pair<int, bool>, LineMetrics> _metrics;
};

} // namespace signage::render
