// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeCanvas.h"

#include "TestMedia.h"

namespace signage::test {

namespace {

class FakePicture final : public render::Picture {
public:
    explicit FakePicture(render::Size s) : _s(s) {}
    render::Size size() const override { return _s; }

private:
    render::Size _s;
};

class FakeFramePicture final : public render::FramePicture {
public:
    FakeFramePicture(FakeCanvas& canvas, int w, int h, render::FrameFormat f) : _canvas(canvas), _w(w), _h(h), _f(f) {}
    render::Size size() const override { return {_w, _h}; }
    bool update(const std::uint8_t* const planes[3], const int pitches[3]) override {
        if (_canvas.refuseUploads) return false;
        record(planes, pitches);
        return true;
    }
    // XRGB32 pictures hand out their own pixels (as the software SdlCanvas does).
    bool lock(std::uint8_t*& pixels, int& pitch) override {
        if (_canvas.refuseUploads || _f != render::FrameFormat::XRGB32) return false;
        _pixels.assign(static_cast<std::size_t>(_w) * _h * 4, 0x55);
        pixels = _pixels.data();
        pitch = _w * 4;
        _locked = true;
        return true;
    }
    void unlock() override {
        if (!_locked) return;
        _locked = false;
        const std::uint8_t* planes[3] = {_pixels.data(), nullptr, nullptr};
        const int pitches[3] = {_w * 4, 0, 0};
        record(planes, pitches);
        ++_canvas.lockedUploads;
    }

private:
    void record(const std::uint8_t* const planes[3], const int pitches[3]) {
        Upload u;
        u.at = _canvas.now;
        u.format = _f;
        u.width = _w;
        u.height = _h;
        if (_f == render::FrameFormat::RGBA32 || _f == render::FrameFormat::XRGB32) {
            // Gray pattern: the first byte (R of RGBA, B of XRGB) carries the level. Gather it into a luma-like row buffer.
            std::vector<std::uint8_t> luma(static_cast<std::size_t>(_w) * _h);
            for (int y = 0; y < _h; ++y)
                for (int x = 0; x < _w; ++x) luma[static_cast<std::size_t>(y) * _w + x] = planes[0][y * pitches[0] + x * 4];
            u.code = readFrameCode(luma.data(), _w, _w, _h);
            u.flash = readFlash(luma.data(), _w, _w, _h);
        } else {
            u.code = readFrameCode(planes[0], pitches[0], _w, _h);
            u.flash = readFlash(planes[0], pitches[0], _w, _h);
        }
        _canvas.uploads.push_back(u);
    }

    FakeCanvas& _canvas;
    int _w, _h;
    render::FrameFormat _f;
    std::vector<std::uint8_t> _pixels;
    bool _locked = false;
};

} // namespace

std::shared_ptr<render::Picture> FakeCanvas::makePicture(const std::uint8_t*, int w, int h, int) {
    return std::make_shared<FakePicture>(render::Size{w, h});
}

std::shared_ptr<render::FramePicture> FakeCanvas::makeFramePicture(int w, int h, render::FrameFormat format) {
    ++framePicturesMade;
    return std::make_shared<FakeFramePicture>(*this, w, h, format);
}

} // namespace signage::test
