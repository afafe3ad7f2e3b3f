#include "render/ImagePresenter.h"

#include <algorithm>
#include <cmath>

#include "render/Fit.h"

namespace signage::render {

ImagePresenter::ImagePresenter(std::filesystem::path file, content::Fit fit, content::Color letterbox)
    : _file(std::move(file)), _fit(fit), _letterbox(letterbox) {}

bool ImagePresenter::open(Canvas& canvas, std::string& error) {
    _picture = canvas.loadPicture(_file, &error, canvas.size());
    return _picture != nullptr;
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
