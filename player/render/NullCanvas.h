// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The canvas of `signage play --headless`: no window, no GPU, nothing drawn, but sizes
// are known and images are still decoded once (so broken files are found exactly as on
// a screen). Counts what it was asked to do, for tests and soak logs. Render thread only.
#include "render/Canvas.h"

namespace signage::render {

class NullCanvas : public Canvas {
public:
    explicit NullCanvas(Size size) : _size(size) {}

    Size size() const override { return _size; }
    void setSize(Size size) { _size = size; }
    bool isNull() const override { return true; }

    void clear(Color) override {}
    void fillRect(const RectF&, Color) override {}
    void drawPicture(const Picture&, const RectF&, float = 1.0f, std::optional<RectF> = std::nullopt) override {
        ++_draws;
    }
    void setClip(std::optional<RectF>) override {}

    std::shared_ptr<Picture> loadPicture(const std::filesystem::path& file, std::string* error,
                                         Size maxSize = {}) override;
    std::shared_ptr<Picture> makePicture(const std::uint8_t* rgba, int w, int h, int pitch) override;
    std::shared_ptr<FramePicture> makeFramePicture(int w, int h, FrameFormat format) override;

    void present() override { ++_presents; }
    bool readPixels(std::vector<std::uint8_t>& rgba, Size& size) override {
        rgba.clear();
        size = _size;
        return false;
    }

    long long draws() const { return _draws; }
    long long presents() const { return _presents; }

private:
    Size _size;
    long long _draws = 0, _presents = 0;
};

} // namespace signage::render
