// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Brings decoded frames into a layout the canvas uploads directly (YUV420P, NV12, RGBA):
// most files decode to one of these and pass through untouched; hardware frames are
// copied back to memory; anything else (4:2:2, 4:4:4, 10-bit, RGB, palettes) goes
// through swscale once, at the same size. Video decode thread only.
#include <string>

#include "media/FfmpegHandles.h"
#include "render/Canvas.h"

namespace signage::media {

class FrameConverter {
public:
    /// Returns the frame in a canvas layout (the same frame when it already is one) and
    /// sets `format`; nullptr and `error` when it cannot be converted.
    FramePtr convert(FramePtr frame, render::FrameFormat& format, std::string& error);
    /// Set once a frame needed swscale: "yuv422p -> yuv420p" (logged once by the source).
    const std::string& conversion() const { return _conversion; }

private:
    SwsPtr _sws;
    int _w = 0, _h = 0;
    int _src = -1; // AVPixelFormat of the last converted input
    AVPixelFormat _dst = AV_PIX_FMT_NONE;
    std::string _conversion;
};

/// The canvas layout a pixel format can be uploaded as without conversion, if any.
bool directFormat(int pixelFormat, render::FrameFormat& out);

} // namespace signage::media
