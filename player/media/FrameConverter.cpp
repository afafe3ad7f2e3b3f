// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/FrameConverter.h"

extern "C" {
#include <libavutil/hwcontext.h>
#include <libavutil/pixdesc.h>
}

namespace signage::media {

bool directFormat(int pixelFormat, render::FrameFormat& out) {
    switch (pixelFormat) {
    case AV_PIX_FMT_YUV420P:
    case AV_PIX_FMT_YUVJ420P: // full range; drawn as limited range, a slight contrast change
        out = render::FrameFormat::YUV420P;
        return true;
    case AV_PIX_FMT_NV12: out = render::FrameFormat::NV12; return true;
    case AV_PIX_FMT_RGBA: out = render::FrameFormat::RGBA32; return true;
    default: return false;
    }
}

FramePtr FrameConverter::convert(FramePtr frame, render::FrameFormat& format, std::string& error) {
    const AVPixFmtDescriptor* desc = av_pix_fmt_desc_get(static_cast<AVPixelFormat>(frame->format));
    if (desc && (desc->flags & AV_PIX_FMT_FLAG_HWACCEL)) {
        // Copy-back from the GPU (NV12 for 8-bit VAAPI). A zero-copy path would hand the
        // hardware frame to the canvas instead; the canvas interface has no such layout yet.
        FramePtr sw = makeFrame();
        const int rc = av_hwframe_transfer_data(sw.get(), frame.get(), 0);
        if (rc < 0) {
            error = "hardware frame download failed (" + avErrorText(rc) + ")";
            return nullptr;
        }
        av_frame_copy_props(sw.get(), frame.get());
        frame = std::move(sw);
        desc = av_pix_fmt_desc_get(static_cast<AVPixelFormat>(frame->format));
    }
    const bool positivePitches = frame->linesize[0] > 0 && (frame->data[1] == nullptr || frame->linesize[1] > 0);
    if (positivePitches && directFormat(frame->format, format)) return frame;

    // swscale path: RGB-like sources keep their quality as RGBA, the rest become YUV420P.
    const bool rgb = desc && (desc->flags & AV_PIX_FMT_FLAG_RGB);
    const AVPixelFormat dst = rgb ? AV_PIX_FMT_RGBA : AV_PIX_FMT_YUV420P;
    if (!_sws || _w != frame->width || _h != frame->height || _src != frame->format || _dst != dst) {
        _sws.reset(sws_getContext(frame->width, frame->height, static_cast<AVPixelFormat>(frame->format), frame->width,
                                  frame->height, dst, SWS_BILINEAR, nullptr, nullptr, nullptr));
        if (!_sws) {
            error = std::string("cannot convert pixel format ") + (desc ? desc->name : "?");
            return nullptr;
        }
        _w = frame->width;
        _h = frame->height;
        _src = frame->format;
        _dst = dst;
        _conversion = std::string(desc ? desc->name : "?") + " -> " + av_get_pix_fmt_name(dst) + " (swscale)";
    }
    FramePtr out = makeFrame();
    out->format = dst;
    out->width = frame->width;
    out->height = frame->height;
    int rc = av_frame_get_buffer(out.get(), 0);
    if (rc < 0) {
        error = "out of memory converting a frame";
        return nullptr;
    }
    av_frame_copy_props(out.get(), frame.get());
    sws_scale(_sws.get(), frame->data, frame->linesize, 0, frame->height, out->data, out->linesize);
    format = rgb ? render::FrameFormat::RGBA32 : render::FrameFormat::YUV420P;
    return out;
}

} // namespace signage::media
