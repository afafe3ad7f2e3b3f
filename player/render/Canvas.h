// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What presenters and plugins draw on. Two implementations: SdlCanvas (an SDL_Renderer:
// GPU, or the software renderer) and NullCanvas (--headless: no window, nothing drawn,
// sizes still known). Coordinates are pixels of the output, origin top-left.
// Render thread only.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "content/Model.h"

namespace signage::render {

using content::Color;

struct RectF {
    float x = 0, y = 0, w = 0, h = 0;
};

struct Size {
    int w = 0, h = 0;
};

/// A picture the canvas can draw: a decoded image, rendered text, or a slide.
/// Owned through shared_ptr; freed with the canvas's resources (render thread only).
class Picture {
public:
    virtual ~Picture() = default;
    virtual Size size() const = 0;
};

/// Pixel layouts a video frame can arrive in (uploaded without swscale when possible).
/// XRGB32: 4 bytes a pixel, B G R X in memory (SDL_PIXELFORMAT_RGB888, FFmpeg bgr0), the
/// layout of an X11 window surface: what the software renderer blits with a plain copy.
enum class FrameFormat { YUV420P, NV12, RGBA32, XRGB32 };

/// A streaming texture for video frames.
class FramePicture : public Picture {
public:
    /// Uploads planes (YUV420P: Y,U,V; NV12: Y,UV; RGBA32/XRGB32: one plane). False on failure.
    virtual bool update(const std::uint8_t* const planes[3], const int pitches[3]) = 0;
    /// Write access to the texture's own pixels (XRGB32 pictures of a software canvas):
    /// the caller converts a frame straight into them, then calls unlock(). False when
    /// the picture has no such access (then use update()).
    virtual bool lock(std::uint8_t*& pixels, int& pitch) {
        (void)pixels;
        (void)pitch;
        return false;
    }
    virtual void unlock() {}
};

class Canvas {
public:
    virtual ~Canvas() = default;
    virtual Size size() const = 0;
    /// True when nothing is really drawn (headless); presenters may skip expensive work.
    virtual bool isNull() const { return false; }

    virtual void clear(Color c) = 0;
    virtual void fillRect(const RectF& r, Color c) = 0;
    /// Draws `pic` scaled into `dst` (source rectangle `src` of the picture, whole when
    /// nullopt), with opacity 0..1.
    virtual void drawPicture(const Picture& pic, const RectF& dst, float opacity = 1.0f,
                             std::optional<RectF> src = std::nullopt) = 0;
    /// Limits drawing to `r` (nullopt: whole output).
    virtual void setClip(std::optional<RectF> r) = 0;

    /// Decodes an image file (PNG, JPEG, WebP, SVG). nullptr and *error set on failure.
    /// `maxSize` bounds the decoded size (SVGs are rasterised at it).
    virtual std::shared_ptr<Picture> loadPicture(const std::filesystem::path& file, std::string* error,
                                                 Size maxSize = {}) = 0;
    /// Wraps RGBA pixels (4 bytes each, row-major, `pitch` bytes per row).
    virtual std::shared_ptr<Picture> makePicture(const std::uint8_t* rgba, int w, int h, int pitch) = 0;
    virtual std::shared_ptr<FramePicture> makeFramePicture(int w, int h, FrameFormat format) = 0;
    /// The layout video frames decoded as `decoded` are best uploaded in. A software
    /// renderer answers XRGB32 for YUV: converting once into the texture (lock()) costs
    /// less than SDL's YUV texture (a plane copy, a conversion and a converting blit).
    virtual FrameFormat videoFormatFor(FrameFormat decoded) const { return decoded; }

    /// Makes the drawn frame visible.
    virtual void present() = 0;
    /// Reads the last drawn frame as RGBA (for screenshots); empty on a null canvas.
    virtual bool readPixels(std::vector<std::uint8_t>& rgba, Size& size) = 0;
};

} // namespace signage::render
