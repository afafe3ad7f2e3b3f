// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/NullCanvas.h"

#include "render/ImageDecoder.h"

namespace signage::render {

namespace {

/// Knows its size, holds no pixels.
class NullPicture : public FramePicture {
public:
    explicit NullPicture(Size s) : _size(s) {}
    Size size() const override { return _size; }
    bool update(const std::uint8_t* const planes[3], const int[3]) override { return planes[0] != nullptr; }

private:
    Size _size;
};

} // namespace

std::shared_ptr<Picture> NullCanvas::loadPicture(const std::filesystem::path& file, std::string* error, Size maxSize) {
    // Decoded and dropped: a headless soak must skip the same broken files a screen would.
    SurfacePtr s = decodeImage(file, error, maxSize);
    if (!s) return nullptr;
    return std::make_shared<NullPicture>(Size{s->w, s->h});
}

std::shared_ptr<Picture> NullCanvas::makePicture(const std::uint8_t* rgba, int w, int h, int) {
    if (!rgba || w <= 0 || h <= 0) return nullptr;
    return std::make_shared<NullPicture>(Size{w, h});
}

std::shared_ptr<FramePicture> NullCanvas::makeFramePicture(int w, int h, FrameFormat) {
    if (w <= 0 || h <= 0) return nullptr;
    return std::make_shared<NullPicture>(Size{w, h});
}

} // namespace signage::render
