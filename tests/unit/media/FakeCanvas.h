// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A Canvas for media tests: draws nothing, records what presenters asked for. Its frame
// pictures read the frame number out of every upload (see TestMedia.h).
#include <memory>
#include <vector>

#include "render/Canvas.h"

namespace signage::test {

struct Upload {
    long long at = 0; // canvas.now when uploaded
    int code = -1;    // frame number read from the picture
    bool flash = false;
    render::FrameFormat format = render::FrameFormat::YUV420P;
    int width = 0, height = 0;
};

struct DrawCall {
    long long at = 0;
    render::RectF dst;
    std::optional<render::RectF> src;
    float opacity = 1;
    render::Size pictureSize;
};

class FakeCanvas final : public render::Canvas {
public:
    explicit FakeCanvas(render::Size size = {1280, 720}) : _size(size) {}

    long long now = 0;             // set by the test before each draw
    bool refuseUploads = false;    // makes FramePicture::update fail
    std::vector<Upload> uploads;
    std::vector<DrawCall> draws;   // drawPicture calls
    std::vector<std::pair<long long, render::RectF>> fills;
    int framePicturesMade = 0;
    bool preferXrgb = false; // answers XRGB32 for YUV video, like a software SdlCanvas
    int lockedUploads = 0;   // XRGB32 frames written through lock()/unlock()

    render::Size size() const override { return _size; }
    void clear(content::Color) override {}
    void fillRect(const render::RectF& r, content::Color) override { fills.emplace_back(now, r); }
    void drawPicture(const render::Picture& pic, const render::RectF& dst, float opacity,
                     std::optional<render::RectF> src) override {
        draws.push_back({now, dst, src, opacity, pic.size()});
    }
    void setClip(std::optional<render::RectF>) override {}
    std::shared_ptr<render::Picture> loadPicture(const std::filesystem::path&, std::string* error, render::Size) override {
        if (error) *error = "FakeCanvas loads no files";
        return nullptr;
    }
    std::shared_ptr<render::Picture> makePicture(const std::uint8_t*, int w, int h, int) override;
    std::shared_ptr<render::FramePicture> makeFramePicture(int w, int h, render::FrameFormat format) override;
    render::FrameFormat videoFormatFor(render::FrameFormat decoded) const override {
        return preferXrgb && decoded != render::FrameFormat::RGBA32 ? render::FrameFormat::XRGB32 : decoded;
    }
    void present() override {}
    bool readPixels(std::vector<std::uint8_t>&, render::Size&) override { return false; }

private:
    render::Size _size;
};

/// A canvas that says it is null (headless): presenters skip uploads.
class NullTestCanvas final : public render::Canvas {
public:
    bool isNull() const override { return true; }
    render::Size size() const override { return {1920, 1080}; }
    void clear(content::Color) override {}
    void fillRect(const render::RectF&, content::Color) override {}
    void drawPicture(const render::Picture&, const render::RectF&, float, std::optional<render::RectF>) override {}
    void setClip(std::optional<render::RectF>) override {}
    std::shared_ptr<render::Picture> loadPicture(const std::filesystem::path&, std::string*, render::Size) override {
        return nullptr;
    }
    std::shared_ptr<render::Picture> makePicture(const std::uint8_t*, int, int, int) override { return nullptr; }
    std::shared_ptr<render::FramePicture> makeFramePicture(int, int, render::FrameFormat) override { return nullptr; }
    void present() override {}
    bool readPixels(std::vector<std::uint8_t>&, render::Size&) override { return false; }
};

} // namespace signage::test
