// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A render::Canvas that draws nothing and records every call, for asserting what plugins
// drew (and for the benchmarks: a canvas that costs nothing). Pictures are FakePictures.
#include <cstdint>
#include <fstream>
#include <string>
#include <vector>

#include "render/Canvas.h"

namespace signage::test {

struct FakePicture : render::Picture {
    explicit FakePicture(render::Size s, std::string what = {}) : _size(s), label(std::move(what)) {}
    render::Size size() const override { return _size; }
    render::Size _size;
    std::string label; // file name or text, for assertions
};

struct FakeFramePicture : render::FramePicture {
    explicit FakeFramePicture(render::Size s) : _size(s) {}
    render::Size size() const override { return _size; }
    bool update(const std::uint8_t* const[3], const int[3]) override { return true; }
    render::Size _size;
};

class RecordingCanvas : public render::Canvas {
public:
    struct Call {
        enum class Kind { Clear, Fill, Picture, Clip, Present };
        Kind kind;
        render::RectF rect;
        content::Color color;
        const render::Picture* picture = nullptr;
        float opacity = 1;
        bool clipOff = false;
    };

    explicit RecordingCanvas(render::Size size = {1920, 1080}, bool record = true) : _size(size), _record(record) {}

    render::Size size() const override { return _size; }
    void clear(content::Color c) override { add({Call::Kind::Clear, {0, 0, float(_size.w), float(_size.h)}, c}); }
    void fillRect(const render::RectF& r, content::Color c) override { add({Call::Kind::Fill, r, c}); }
    void drawPicture(const render::Picture& pic, const render::RectF& dst, float opacity,
                     std::optional<render::RectF>) override {
        Call c{Call::Kind::Picture, dst, {}};
        c.picture = &pic;
        c.opacity = opacity;
        add(c);
    }
    void setClip(std::optional<render::RectF> r) override {
        Call c{Call::Kind::Clip, r.value_or(render::RectF{}), {}};
        c.clipOff = !r;
        add(c);
    }
    std::shared_ptr<render::Picture> loadPicture(const std::filesystem::path& file, std::string* error,
                                                 render::Size maxSize) override {
        ++loads;
        std::ifstream in(file, std::ios::binary);
        if (!in) {
            if (error) *error = "cannot open " + file.string();
            return nullptr;
        }
        // PNG: width and height are big-endian at bytes 16..23; anything else is 64x64.
        unsigned char head[24] = {};
        in.read(reinterpret_cast<char*>(head), 24);
        render::Size s{64, 64};
        if (in.gcount() == 24 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
            s.w = (head[16] << 24) | (head[17] << 16) | (head[18] << 8) | head[19];
            s.h = (head[20] << 24) | (head[21] << 16) | (head[22] << 8) | head[23];
        } else if (in.gcount() >= 4 && std::string(reinterpret_cast<char*>(head), 4) == "BAD!") {
            if (error) *error = "not an image";
            return nullptr;
        }
        if (maxSize.w > 0 && s.w > maxSize.w) s.w = maxSize.w;
        if (maxSize.h > 0 && s.h > maxSize.h) s.h = maxSize.h;
        return std::make_shared<FakePicture>(s, file.filename().string());
    }
    std::shared_ptr<render::Picture> makePicture(const std::uint8_t*, int w, int h, int) override {
        return std::make_shared<FakePicture>(render::Size{w, h});
    }
    std::shared_ptr<render::FramePicture> makeFramePicture(int w, int h, render::FrameFormat) override {
        return std::make_shared<FakeFramePicture>(render::Size{w, h});
    }
    void present() override { add({Call::Kind::Present, {}, {}}); }
    bool readPixels(std::vector<std::uint8_t>&, render::Size&) override { return false; }

    std::vector<Call> calls;
    std::size_t callCount = 0;
    int loads = 0;
    void reset() {
        calls.clear();
        callCount = 0;
    }
    std::vector<Call> ofKind(Call::Kind k) const {
        std::vector<Call> out;
        for (const auto& c : calls) {
            if (c.kind == k) out.push_back(c);
        }
        return out;
    }

private:
    void add(const Call& c) {
        ++callCount;
        if (_record) calls.push_back(c);
    }
    render::Size _size;
    bool _record;
};

} // namespace signage::test
