// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/Decoders.h"

extern "C" {
#include <libavutil/hwcontext.h>
#include <libavutil/pixdesc.h>
}

#include <mutex>

#include "core/Lang.h"

namespace signage::media {

namespace {

// The hardware pixel format a context was set up for, read by getHwFormat (FFmpeg calls
// it on the decoding thread). One per hardware type, so a static table suffices.
AVPixelFormat getHwFormat(AVCodecContext* ctx, const AVPixelFormat* offered) {
    const auto wanted = static_cast<AVPixelFormat>(reinterpret_cast<std::intptr_t>(ctx->opaque));
    for (const AVPixelFormat* p = offered; *p != AV_PIX_FMT_NONE; ++p) {
        if (*p == wanted) return *p;
    }
    // The stream changed to something the hardware cannot do: take the first software format.
    for (const AVPixelFormat* p = offered; *p != AV_PIX_FMT_NONE; ++p) {
        if (!(av_pix_fmt_desc_get(*p)->flags & AV_PIX_FMT_FLAG_HWACCEL)) return *p;
    }
    return AV_PIX_FMT_NONE;
}

CodecContextPtr newContext(const AVCodec* codec, const AVStream* stream, std::string& error) {
    CodecContextPtr ctx(avcodec_alloc_context3(codec));
    if (!ctx) {
        error = "out of memory";
        return nullptr;
    }
    const int rc = avcodec_parameters_to_context(ctx.get(), stream->codecpar);
    if (rc < 0) {
        error = avErrorText(rc);
        return nullptr;
    }
    ctx->pkt_timebase = stream->time_base;
    return ctx;
}

// Whether a VAAPI device could be created, remembered for the process: a box without one
// does not probe for it again at every item (and the log says why once per item anyway).
std::mutex gVaapiMutex;
bool gVaapiProbed = false;
std::string gVaapiFailure; // empty once a device was created

// VAAPI through a hardware device context (x86 GPUs): decoded frames stay on the GPU until
// copied back (the zero-copy path to an EGL image would start from these frames).
std::optional<OpenedDecoder> tryVaapi(const AVStream* stream, std::string& why) {
    const AVCodec* codec = avcodec_find_decoder(stream->codecpar->codec_id);
    AVPixelFormat hwFormat = AV_PIX_FMT_NONE;
    for (int i = 0;; ++i) {
        const AVCodecHWConfig* cfg = avcodec_get_hw_config(codec, i);
        if (!cfg) break;
        if ((cfg->methods & AV_CODEC_HW_CONFIG_METHOD_HW_DEVICE_CTX) && cfg->device_type == AV_HWDEVICE_TYPE_VAAPI) {
            hwFormat = cfg->pix_fmt;
            break;
        }
    }
    if (hwFormat == AV_PIX_FMT_NONE) {
        why = "vaapi: no VAAPI support for " + std::string(codec->name);
        return std::nullopt;
    }
    {
        std::lock_guard lock(gVaapiMutex);
        if (gVaapiProbed && !gVaapiFailure.empty()) {
            why = gVaapiFailure;
            return std::nullopt;
        }
    }
    AVBufferRef* device = nullptr;
    int rc = av_hwdevice_ctx_create(&device, AV_HWDEVICE_TYPE_VAAPI, nullptr, nullptr, 0);
    const std::string failure = rc < 0 ? "vaapi unavailable (" + avErrorText(rc) + ")" : "";
    {
        std::lock_guard lock(gVaapiMutex);
        gVaapiProbed = true;
        gVaapiFailure = failure;
    }
    if (rc < 0) {
        why = failure;
        return std::nullopt;
    }
    BufferRefPtr deviceRef(device);
    std::string err;
    CodecContextPtr ctx = newContext(codec, stream, err);
    if (!ctx) {
        why = "vaapi: " + err;
        return std::nullopt;
    }
    ctx->hw_device_ctx = av_buffer_ref(deviceRef.get());
    ctx->opaque = reinterpret_cast<void*>(static_cast<std::intptr_t>(hwFormat));
    ctx->get_format = &getHwFormat;
    rc = avcodec_open2(ctx.get(), codec, nullptr);
    if (rc < 0) {
        why = "vaapi: cannot open decoder (" + avErrorText(rc) + ")";
        return std::nullopt;
    }
    return OpenedDecoder{std::move(ctx), std::string(codec->name) + " vaapi", true};
}

// V4L2 memory-to-memory decoders (Raspberry Pi 4 H.264, many ARM boards): separate
// decoders named "<codec>_v4l2m2m" that fail to open when no such device exists.
std::optional<OpenedDecoder> tryV4l2m2m(const AVStream* stream, std::string& why) {
    const std::string name = std::string(avcodec_get_name(stream->codecpar->codec_id)) + "_v4l2m2m";
    const AVCodec* codec = avcodec_find_decoder_by_name(name.c_str());
    if (!codec) {
        why = "v4l2m2m: no " + name + " decoder in this FFmpeg";
        return std::nullopt;
    }
    std::string err;
    CodecContextPtr ctx = newContext(codec, stream, err);
    if (!ctx) {
        why = "v4l2m2m: " + err;
        return std::nullopt;
    }
    const int rc = avcodec_open2(ctx.get(), codec, nullptr);
    if (rc < 0) {
        why = "v4l2m2m unavailable (" + avErrorText(rc) + ")";
        return std::nullopt;
    }
    return OpenedDecoder{std::move(ctx), name, true};
}

} // namespace

int autoDecodeThreads(int width, int height) {
    const long long pixels = static_cast<long long>(width) * static_cast<long long>(height);
    return pixels > 0 && pixels <= 1920LL * 1088LL ? 1 : 2;
}

std::optional<OpenedDecoder> openVideoDecoder(const AVStream* stream, const std::string& hwdec, int threads,
                                              std::string& error) {
    std::string tried;
    auto note = [&](const std::string& why) { tried += (tried.empty() ? "" : "; ") + why; };
    if (hwdec != "no" && hwdec != "software") {
        std::string why;
        if (hwdec == "auto" || hwdec == "vaapi") {
            if (auto d = tryVaapi(stream, why)) return d;
            note(why);
        }
        if (hwdec == "auto" || hwdec == "v4l2m2m") {
            if (auto d = tryV4l2m2m(stream, why)) return d;
            note(why);
        }
        if (hwdec != "auto" && hwdec != "vaapi" && hwdec != "v4l2m2m") note("unknown hwdec \"" + hwdec + "\"");
    }
    const AVCodec* codec = avcodec_find_decoder(stream->codecpar->codec_id);
    if (!codec) {
        error = core::tr("không có bộ giải mã cho ", "no decoder for ") + avcodec_get_name(stream->codecpar->codec_id);
        return std::nullopt;
    }
    std::string err;
    CodecContextPtr ctx = newContext(codec, stream, err);
    if (!ctx) {
        error = err;
        return std::nullopt;
    }
    // Frame threads overlap frames, slice threads split one. Up to 1080p one thread is
    // enough and cheaper in CPU and memory (see autoDecodeThreads); above, two.
    if (threads < 0) threads = autoDecodeThreads(stream->codecpar->width, stream->codecpar->height);
    ctx->thread_count = threads;
    ctx->thread_type = FF_THREAD_FRAME | FF_THREAD_SLICE;
    const int rc = avcodec_open2(ctx.get(), codec, nullptr);
    if (rc < 0) {
        error = core::tr("không mở được bộ giải mã ", "cannot open the decoder ") + codec->name + " (" + avErrorText(rc) + ")";
        return std::nullopt;
    }
    std::string desc = std::string(codec->name) + " software, " +
                       (threads > 0 ? std::to_string(threads) : std::string("auto")) +
                       (threads == 1 ? " thread" : " threads");
    if (!tried.empty()) desc += " (hwdec " + hwdec + ": " + tried + ")";
    return OpenedDecoder{std::move(ctx), desc, false};
}

std::optional<OpenedDecoder> openAudioDecoder(const AVStream* stream, std::string& error) {
    const AVCodec* codec = avcodec_find_decoder(stream->codecpar->codec_id);
    if (!codec) {
        error = core::tr("không có bộ giải mã cho ", "no decoder for ") + avcodec_get_name(stream->codecpar->codec_id);
        return std::nullopt;
    }
    std::string err;
    CodecContextPtr ctx = newContext(codec, stream, err);
    if (!ctx) {
        error = err;
        return std::nullopt;
    }
    const int rc = avcodec_open2(ctx.get(), codec, nullptr);
    if (rc < 0) {
        error = core::tr("không mở được bộ giải mã ", "cannot open the decoder ") + codec->name + " (" + avErrorText(rc) + ")";
        return std::nullopt;
    }
    return OpenedDecoder{std::move(ctx), codec->name, false};
}

} // namespace signage::media
