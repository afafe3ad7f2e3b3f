// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/TextLayout.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <fstream>

#include "core/Log.h"
#include "core/Utf8.h"
#include "render/SdlCanvas.h"

namespace signage::render {

namespace {

const core::Logger kLog("text");

// Samples for the vertical extent of Vietnamese: the tallest stacked marks on capitals and
// the deepest descenders and dots below.
constexpr const char* kTallSample = "ỄẪỮỖẴỸỂẨẲỬỔỞẮẰẦẾỀÁÀÃ";
constexpr const char* kDeepSample = "gjpqyỵỹỴẠỤỊỌẸỰỢḌ,";

int glyphTop(TTF_Font* f, char32_t cp) {
    int minx, maxx, miny, maxy, adv;
    if (TTF_GlyphMetrics32(f, static_cast<Uint32>(cp), &minx, &maxx, &miny, &maxy, &adv) != 0) return 0;
    return maxy;
}
int glyphBottom(TTF_Font* f, char32_t cp) {
    int minx, maxx, miny, maxy, adv;
    if (TTF_GlyphMetrics32(f, static_cast<Uint32>(cp), &minx, &maxx, &miny, &maxy, &adv) != 0) return 0;
    return -miny;
}

SDL_Color sdlColor(Color c) { return SDL_Color{c.r, c.g, c.b, c.a}; }

/// Puts single-colour text on a transparent RGBA32 surface: alpha is the larger of the two,
/// colour is the text's (SDL's blend would darken the edges against transparent black).
void blitCoverage(SDL_Surface* line, SDL_Surface* target, int x0, int y0, Color color) {
    SurfacePtr src(SDL_ConvertSurfaceFormat(line, SDL_PIXELFORMAT_RGBA32, 0));
    if (!src) return;
    for (int y = 0; y < src->h; ++y) {
        int ty = y0 + y;
        if (ty < 0 || ty >= target->h) continue;
        const auto* s = static_cast<const std::uint8_t*>(src->pixels) + static_cast<size_t>(y) * src->pitch;
        auto* d = static_cast<std::uint8_t*>(target->pixels) + static_cast<size_t>(ty) * target->pitch;
        for (int x = 0; x < src->w; ++x) {
            int tx = x0 + x;
            if (tx < 0 || tx >= target->w) continue;
            std::uint8_t a = s[x * 4 + 3];
            std::uint8_t* p = d + tx * 4;
            if (a == 0 || a <= p[3]) continue;
            p[0] = color.r;
            p[1] = color.g;
            p[2] = color.b;
            p[3] = a;
        }
    }
}

} // namespace

std::shared_ptr<TextLayout> TextLayout::create(std::string* error) {
    auto files = locateFonts(error);
    if (!files) return nullptr;
    auto layout = std::make_shared<TextLayout>(*files);
    if (!layout->ok()) {
        if (error) *error = std::string("SDL_ttf: ") + SDL_GetError();
        return nullptr;
    }
    return layout;
}

TextLayout::TextLayout(FontFiles files) : _files(std::move(files)) {
    // TTF_Init counts its callers, so every TextLayout can start and stop it.
    _ttfStarted = TTF_Init() == 0;
    if (!_ttfStarted) kLog.error(std::string("TTF_Init: ") + SDL_GetError());
    auto slurp = [](const std::filesystem::path& p) {
        std::ifstream in(p, std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    };
    _regularData = slurp(_files.regular);
    _boldData = _files.bold == _files.regular ? _regularData : slurp(_files.bold);
    if (_boldData.empty()) _boldData = _regularData;
    if (_regularData.empty()) kLog.error(_files.regular.string() + ": " + "cannot read the font file");
}

TextLayout::~TextLayout() {
    _fonts.clear(); // before TTF_Quit
    if (_ttfStarted) TTF_Quit();
}

TTF_Font* TextLayout::font(FontStyle style) {
    style.px = std::clamp(style.px, 4, 2000);
    for (auto it = _fonts.begin(); it != _fonts.end(); ++it) {
        if (it->first == style) {
            if (it != _fonts.begin()) _fonts.splice(_fonts.begin(), _fonts, it);
            return _fonts.front().second.get();
        }
    }
    if (!ok()) return nullptr;
    const auto& path = style.bold ? _files.bold : _files.regular;
    const std::string& data = style.bold ? _boldData : _regularData;
    FontPtr f(TTF_OpenFontRW(SDL_RWFromConstMem(data.data(), static_cast<int>(data.size())), 1, style.px));
    if (!f) {
        kLog.error(path.string() + ": " + SDL_GetError());
        return nullptr;
    }
    // Shaping through HarfBuzz (Debian's SDL_ttf is built with it): Latin script, left to right.
    TTF_SetFontScriptName(f.get(), "Latn");
    TTF_SetFontDirection(f.get(), TTF_DIRECTION_LTR);
    TTF_SetFontHinting(f.get(), TTF_HINTING_LIGHT);
    TTF_SetFontKerning(f.get(), 1);
    _fonts.emplace_front(style, std::move(f));
    if (_fonts.size() > kMaxFonts) _fonts.pop_back();
    return _fonts.front().second.get();
}

float TextLayout::width(std::string_view text, FontStyle style) {
    if (text.empty()) return 0;
    TTF_Font* f = font(style);
    if (!f) return 0;
    std::string nfc = core::toNfc(text);
    int w = 0, h = 0;
    if (TTF_SizeUTF8(f, nfc.c_str(), &w, &h) != 0) return 0;
    return static_cast<float>(w);
}

LineMetrics TextLayout::metrics(FontStyle style) {
    auto key = std::make_pair(style.px, style.bold);
    if (auto it = _metrics.find(key); it != _metrics.end()) return it->second;
    LineMetrics m;
    TTF_Font* f = font(style);
    if (!f) {
        m.ascent = style.px;
        m.descent = style.px * 0.3f;
        m.advance = m.ascent + m.descent;
        return m;
    }
    int top = TTF_FontAscent(f), bottom = -TTF_FontDescent(f);
    for (char32_t cp : core::decodeUtf8(kTallSample)) top = std::max(top, glyphTop(f, cp));
    for (char32_t cp : core::decodeUtf8(kDeepSample)) bottom = std::max(bottom, glyphBottom(f, cp));
    m.ascent = static_cast<float>(top);
    m.descent = static_cast<float>(bottom);
    m.advance = std::max(static_cast<float>(TTF_FontLineSkip(f)), m.ascent + m.descent);
    _metrics[key] = m;
    return m;
}

SurfacePtr TextLayout::renderLine(std::string_view text, FontStyle style, Color color, int* baseline) {
    if (text.empty()) return nullptr;
    TTF_Font* f = font(style);
    if (!f) return nullptr;
    std::string nfc = core::toNfc(text);
    SurfacePtr s(TTF_RenderUTF8_Blended(f, nfc.c_str(), sdlColor(color)));
    if (!s) return nullptr;
    if (baseline) {
        // SDL_ttf grows the surface upwards when a glyph rises above the font's ascent
        // (DejaVu's stacked marks do), moving the baseline down by as much.
        int ascent = TTF_FontAscent(f), top = ascent;
        for (char32_t cp : core::decodeUtf8(nfc)) top = std::max(top, glyphTop(f, cp));
        *baseline = top;
    }
    return s;
}

bool TextLayout::drawLine(SDL_Surface* target, std::string_view text, FontStyle style, Color color, int x, int baselineY) {
    int baseline = 0;
    SurfacePtr line = renderLine(text, style, color, &baseline);
    if (!line) return text.empty();
    SDL_SetSurfaceBlendMode(line.get(), SDL_BLENDMODE_BLEND);
    SDL_Rect dst{x, baselineY - baseline, line->w, line->h};
    return SDL_BlitSurface(line.get(), nullptr, target, &dst) == 0;
}

SurfacePtr TextLayout::renderBlock(std::string_view text, const TextBlockStyle& style) {
    std::string nfc = core::toNfc(text);
    std::vector<std::string> lines = wrap(nfc, style.font, style.maxWidth > 0 ? style.maxWidth : 1e9f);
    LineMetrics m = metrics(style.font);
    float widest = 0;
    for (const auto& l : lines) widest = std::max(widest, width(l, style.font));
    int w = static_cast<int>(std::ceil(style.maxWidth > 0 ? style.maxWidth : widest));
    int h = static_cast<int>(std::ceil(m.ascent + m.descent + m.advance * (lines.size() - 1)));
    SurfacePtr out = makeRgbaSurface(std::max(1, w), std::max(1, h));
    if (!out) return nullptr;
    SDL_FillRect(out.get(), nullptr, 0);
    float baseline = m.ascent;
    for (const auto& l : lines) {
        float lw = width(l, style.font);
        float x = style.align == TextAlign::Left ? 0 : style.align == TextAlign::Center ? (w - lw) / 2 : w - lw;
        int lineBaseline = 0;
        if (SurfacePtr line = renderLine(l, style.font, style.color, &lineBaseline))
            blitCoverage(line.get(), out.get(), static_cast<int>(std::lround(x)),
                         static_cast<int>(std::lround(baseline)) - lineBaseline, style.color);
        baseline += m.advance;
    }
    return out;
}

std::shared_ptr<Picture> TextLayout::renderPicture(Canvas& canvas, std::string_view text, const TextBlockStyle& style) {
    SurfacePtr s = renderBlock(text, style);
    if (!s) return nullptr;
    if (auto* sdl = dynamic_cast<SdlCanvas*>(&canvas)) return sdl->pictureFromSurface(s.get());
    return canvas.makePicture(static_cast<const std::uint8_t*>(s->pixels), s->w, s->h, s->pitch);
}

} // namespace signage::render
