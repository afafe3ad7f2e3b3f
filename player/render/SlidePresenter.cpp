// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/SlidePresenter.h"

#include <algorithm>
#include <cmath>

#include "core/Lang.h"
#include "core/Log.h"
#include "render/ImageDecoder.h"
#include "render/SdlCanvas.h"
#include "render/SlidePainter.h"

namespace signage::render {

namespace {
const core::Logger kLog("slide");
}

SlidePresenter::SlidePresenter(content::Slide slide, std::shared_ptr<TextLayout> text)
    : _slide(std::move(slide)), _text(std::move(text)) {}

bool SlidePresenter::prepare(std::string&) {
    _prepared = true;
    _imageError.clear();
    _image.reset();
    if (_slide.image.empty()) return true;
    // Slide images are icons and pictures beside the text, never larger than a 4K screen's height.
    _image = LoadedImage::load(_slide.image, &_imageError, Size{2160, 2160});
    if (!_image) {
        std::string where = _slide.file.empty() ? _slide.id : _slide.file.string();
        kLog.warn(where + ": " + core::tr("bỏ qua ảnh: ", "image left out: ") + _imageError);
    }
    return true;
}

bool SlidePresenter::open(Canvas& canvas, std::string& error) {
    if (!_prepared) prepare(error);
    return build(canvas, canvas.size(), error);
}

bool SlidePresenter::build(Canvas& canvas, Size size, std::string& error) {
    std::string where = _slide.file.empty() ? _slide.id : _slide.file.string();
    if (!_text || !_text->ok()) {
        error = where + ": " + core::tr("không có phông chữ để vẽ trang chữ", "no font to draw the slide with");
        return false;
    }
    if (size.w <= 0 || size.h <= 0) {
        error = where + ": " + core::tr("màn hình chưa có kích thước", "the output has no size yet");
        return false;
    }
    if (!_image && _rereadImage) {
        // Only after a size change (a resized development window): see below.
        _rereadImage = false;
        _image = LoadedImage::load(_slide.image, &_imageError, Size{2160, 2160});
    }
    _layout = layoutSlide(_slide, size, *_text);
    if (!_layout.fits && !_warnedFit) {
        kLog.warn(where + ": " + _layout.why);
        _warnedFit = true;
    }
    SurfacePtr image;
    if (_image && _layout.imageBox.w > 0 && !canvas.isNull()) {
        Size box{static_cast<int>(_layout.imageBox.w), static_cast<int>(_layout.imageBox.h)};
        image = _image->sized(box, content::Fit::Contain, true, &_imageError);
        if (!image) kLog.warn(where + ": " + core::tr("bỏ qua ảnh: ", "image left out: ") + _imageError);
    }
    _tiles.clear();
    _solids.clear();
    _pieces.clear();
    _strip.reset();
    _nullPicture.reset();
    _built = false;
    if (canvas.isNull()) {
        // Headless: the layout and the image check are the work that can fail; no pixels.
        static const std::uint8_t kPixel[4] = {0, 0, 0, 255};
        _nullPicture = canvas.makePicture(kPixel, 1, 1, 4);
        if (!_nullPicture) {
            error = where + ": " + core::tr("không tạo được ảnh của trang", "cannot make the slide's picture");
            return false;
        }
    } else {
        // One tile at a time: the painted surface is freed once its texture has the pixels.
        SlidePainter painter(_layout, _slide.theme, *_text, image.get());
        _background = painter.background();
        _solids = painter.solids();
        for (const SDL_Rect& r : painter.regions()) {
            SurfacePtr painted = painter.paint(r);
            std::shared_ptr<Picture> picture = painted ? uploadSurface(canvas, painted.get(), true) : nullptr;
            if (!picture) {
                _tiles.clear();
                error = where + ": " + core::tr("không tạo được ảnh của trang: ", "cannot make the slide's picture: ") +
                        SDL_GetError();
                return false;
            }
            _tiles.push_back({r, std::move(picture)});
        }
    }
    if (_image && !_image->isSvg()) {
        // A photo beside the text can be kept at up to 4K (tens of MB) while its slide shows
        // only the few hundred KB of its tile: drop it, read it again if the size changes.
        _image.reset();
        _rereadImage = true;
    }
    _preparedFor = size;
    _built = true;
    return true;
}

long long SlidePresenter::tilePixels() const {
    long long n = 0;
    for (const Tile& t : _tiles) n += static_cast<long long>(t.rect.w) * t.rect.h;
    return n;
}

void SlidePresenter::draw(Canvas& canvas, const RectF& area, float opacity, core::SteadyMs) {
    Size want{static_cast<int>(std::lround(area.w)), static_cast<int>(std::lround(area.h))};
    if (!_built || want.w != _preparedFor.w || want.h != _preparedFor.h) {
        // The zone or the window changed size: lay out again (once per size, not per frame).
        std::string error;
        if (!build(canvas, want, error)) {
            kLog.error(error);
            return;
        }
    }
    if (_nullPicture) {
        canvas.drawPicture(*_nullPicture, area, opacity);
        return;
    }
    if (opacity < 1.0f) {
        drawFaded(canvas, area, opacity);
        return;
    }
    _pieces.clear(); // the fade is over
    _strip.reset();
    canvas.fillRect(area, _background);
    for (const SlidePainter::Solid& f : _solids)
        canvas.fillRect({area.x + f.rect.x, area.y + f.rect.y, static_cast<float>(f.rect.w), static_cast<float>(f.rect.h)},
                        f.color);
    // Tiles are crops of the same picture: where they overlap they agree, so order is free.
    for (const Tile& t : _tiles)
        canvas.drawPicture(*t.picture, {area.x + t.rect.x, area.y + t.rect.y, static_cast<float>(t.rect.w),
                                        static_cast<float>(t.rect.h)});
}

void SlidePresenter::drawFaded(Canvas& canvas, const RectF& area, float opacity) {
    if (opacity <= 0.0f) return;
    // Blending overlapping parts would blend some pixels twice: draw pieces that do not
    // overlap, each from one tile or from rows of one plain colour.
    constexpr int kStripRows = 32;
    const int solids = static_cast<int>(_solids.size()), tiles = static_cast<int>(_tiles.size());
    if (_pieces.empty()) {
        // A pixel comes from the first listed rectangle that has it: tiles, then solids
        // from the last painted (which is on top).
        std::vector<SDL_Rect> rects;
        for (const Tile& t : _tiles) rects.push_back(t.rect);
        for (int k = solids - 1; k >= 0; --k) rects.push_back(_solids[static_cast<size_t>(k)].rect);
        _pieces = partitionTiles(_preparedFor, rects);
    }
    const int rows = std::min(kStripRows, _preparedFor.h);
    if (!_strip) {
        // Made like the tiles (same pixel format and blending path), so a plain pixel fades
        // exactly as the same pixel of the whole slide would.
        SurfacePtr strip = makeRgbaSurface(_preparedFor.w, rows * (1 + solids));
        for (int c = 0; strip && c <= solids; ++c) {
            Color col = c == 0 ? _background : _solids[static_cast<size_t>(c - 1)].color;
            SDL_Rect band{0, c * rows, _preparedFor.w, rows};
            SDL_FillRect(strip.get(), &band, SDL_MapRGBA(strip->format, col.r, col.g, col.b, 255));
        }
        _strip = strip ? uploadSurface(canvas, strip.get(), true) : nullptr;
        if (!_strip) { // out of memory: an approximate fade rather than none
            canvas.fillRect(area, {_background.r, _background.g, _background.b,
                                   static_cast<std::uint8_t>(std::lround(255 * std::clamp(opacity, 0.0f, 1.0f)))});
            return;
        }
    }
    for (const TilePiece& p : _pieces) {
        if (p.tile >= 0 && p.tile < tiles) {
            const Tile& t = _tiles[static_cast<size_t>(p.tile)];
            RectF src{static_cast<float>(p.rect.x - t.rect.x), static_cast<float>(p.rect.y - t.rect.y),
                      static_cast<float>(p.rect.w), static_cast<float>(p.rect.h)};
            canvas.drawPicture(*t.picture, {area.x + p.rect.x, area.y + p.rect.y, src.w, src.h}, opacity, src);
            continue;
        }
        // Background (-1) or solid k (listed last-painted first): its band of the strip.
        int band = p.tile < 0 ? 0 : 1 + (solids - 1 - (p.tile - tiles));
        for (int y = p.rect.y; y < p.rect.y + p.rect.h; y += rows) {
            float h = static_cast<float>(std::min(rows, p.rect.y + p.rect.h - y));
            canvas.drawPicture(*_strip, {area.x + p.rect.x, area.y + y, static_cast<float>(p.rect.w), h}, opacity,
                               RectF{0, static_cast<float>(band * rows), static_cast<float>(p.rect.w), h});
        }
    }
}

} // namespace signage::render
