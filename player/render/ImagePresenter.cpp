// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/ImagePresenter.h"

#include <algorithm>
#include <cmath>

#include "render/Fit.h"
#include "render/SdlCanvas.h"

namespace signage::render {

ImagePresenter::ImagePresenter(std::filesystem::path file, content::Fit fit, content::Color letterbox, Size outputHint)
    : _file(std::move(file)), _fit(fit), _letterbox(letterbox), _hint(outputHint) {}

bool ImagePresenter::prepare(std::string& error) {
    _loaded = LoadedImage::load(_file, &error, _hint);
    return _loaded != nullptr;
}

bool ImagePresenter::open(Canvas& canvas, std::string& error) {
    if (!_loaded && !prepare(error)) return false;
    SurfacePtr s = _loaded->take(canvas.size(), _fit, false, &error);
    _loaded.reset(); // its pixels are in `s` or were copied from: keep one full screen, not two
    if (!s) return false;
    _picture = uploadSurface(canvas, s.get(), surfaceIsOpaque(s.get()));
    if (!_picture) {
        error = _file.string() + ": " + SDL_GetError();
        return false;
    }
    return true;
}

void ImagePresenter::draw(Canvas& canvas, const RectF& area, float opacity, core::SteadyMs) {
    if (!_picture) return;
    FitResult f = fitPicture(_picture->size(), area, _fit);
    if (_fit == content::Fit::Contain) {
        Color bars = _letterbox;
        bars.a = static_cast<std::uint8_t>(std::lround(bars.a * std::clamp(opacity, 0.0f, 1.0f)));
        canvas.fillRect(area, bars);
        canvas.drawPicture(*_picture, f.dst, opacity);
    } else {
        canvas.drawPicture(*_picture, f.dst, opacity, f.src);
    }
}

} // namespace signage::render
