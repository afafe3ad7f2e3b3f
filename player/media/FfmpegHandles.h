// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RAII owners for every FFmpeg handle media/ uses (one deleter each, no naked *_free in
// logic). Only media/ includes libav* headers; nothing outside sees this file.
extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/buffer.h>
#include <libavutil/frame.h>
#include <libswresample/swresample.h>
#include <libswscale/swscale.h>
}

#include <memory>
#include <string>

namespace signage::media {

struct FormatContextDeleter {
    void operator()(AVFormatContext* c) const { avformat_close_input(&c); }
};
struct CodecContextDeleter {
    void operator()(AVCodecContext* c) const { avcodec_free_context(&c); }
};
struct FrameDeleter {
    void operator()(AVFrame* f) const { av_frame_free(&f); }
};
struct PacketDeleter {
    void operator()(AVPacket* p) const { av_packet_free(&p); }
};
struct SwrDeleter {
    void operator()(SwrContext* s) const { swr_free(&s); }
};
struct SwsDeleter {
    void operator()(SwsContext* s) const { sws_freeContext(s); }
};
struct BufferRefDeleter {
    void operator()(AVBufferRef* b) const { av_buffer_unref(&b); }
};

using FormatContextPtr = std::unique_ptr<AVFormatContext, FormatContextDeleter>;
using CodecContextPtr = std::unique_ptr<AVCodecContext, CodecContextDeleter>;
using FramePtr = std::unique_ptr<AVFrame, FrameDeleter>;
using PacketPtr = std::unique_ptr<AVPacket, PacketDeleter>;
using SwrPtr = std::unique_ptr<SwrContext, SwrDeleter>;
using SwsPtr = std::unique_ptr<SwsContext, SwsDeleter>;
using BufferRefPtr = std::unique_ptr<AVBufferRef, BufferRefDeleter>;

/// av_frame_alloc / av_packet_alloc wrapped (throw std::bad_alloc when out of memory).
FramePtr makeFrame();
PacketPtr makePacket();

/// FFmpeg's text for an AVERROR code ("Invalid data found when processing input").
std::string avErrorText(int code);

/// Timestamp `ts` in `tb` to milliseconds (AV_NOPTS_VALUE stays AV_NOPTS_VALUE).
std::int64_t toMs(std::int64_t ts, AVRational tb);

/// Quiets FFmpeg's own logging (it would print per-packet warnings to stderr) to errors
/// only, unless SIGNAGE_LOG=debug; called once by everything that opens media.
void initFfmpegLogging();

} // namespace signage::media
