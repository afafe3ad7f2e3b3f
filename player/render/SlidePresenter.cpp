#include "render/SlidePresenter.h"

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
    if (canvas.isNull()) {
        // Headless: the layout and the image check are the work that can fail; no pixels.
        static const std::uint8_t kPixel[4] = {0, 0, 0, 255};
        _picture = canvas.makePicture(kPixel, 1, 1, 4);
    } else {
        SurfacePtr painted = paintSlide(_layout, _slide.theme, *_text, image.get());
        if (!painted) {
            error = where + ": " + SDL_GetError();
            return false;
        }
        _picture = uploadSurface(canvas, painted.get(), true);
    }
    if (!_picture) {
        error = where + ": " + core::tr("không tạo được ảnh của trang", "cannot make the slide's picture");
        return false;
    }
    _preparedFor = size;
    return true;
}

void SlidePresenter::draw(Canvas& canvas, const RectF& area, float opacity, core::SteadyMs) {
    Size want{static_cast<int>(std::lround(area.w)), static_cast<int>(std::lround(area.h))};
    if (!_picture || want.w != _preparedFor.w || want.h != _preparedFor.h) {
        // The zone or the window changed size: lay out again (once per size, not per frame).
        std::string error;
        if (!build(canvas, want, error)) {
            kLog.error(error);
            return;
        }
    }
    canvas.drawPicture(*_picture, area, opacity);
}

} // namespace signage::render
