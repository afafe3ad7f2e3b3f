// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/GrabFrame.h"

#include <algorithm>

#include "core/Lang.h"
#include "media/Decoders.h"
#include "media/MediaInput.h"

namespace signage::media {

using core::tr;

namespace {

bool toRgba(const AVFrame* f, RgbaImage& out, std::string& error) {
    const AVRational sar = f->sample_aspect_ratio;
    int w = f->width;
    if (sar.num > 0 && sar.den > 0 && sar.num != sar.den) {
        w = static_cast<int>(av_rescale(f->width, sar.num, sar.den));
    }
    const int h = f->height;
    SwsPtr sws(sws_getContext(f->width, f->height, static_cast<AVPixelFormat>(f->format), w, h, AV_PIX_FMT_RGBA,
                              SWS_BICUBIC, nullptr, nullptr, nullptr));
    if (!sws) {
        error = "cannot convert the frame to RGBA";
        return false;
    }
    out.width = w;
    out.height = h;
    out.pixels.assign(static_cast<std::size_t>(w) * h * 4, 0);
    std::uint8_t* dst[4] = {out.pixels.data(), nullptr, nullptr, nullptr};
    int pitch[4] = {w * 4, 0, 0, 0};
    sws_scale(sws.get(), f->data, f->linesize, 0, f->height, dst, pitch);
    return true;
}

} // namespace

std::optional<RgbaImage> grabFrame(const std::filesystem::path& file, double atSeconds, std::string& error) {
    Interrupt interrupt;
    interrupt.setDeadline(std::chrono::seconds(10)); // a whole command: generous, never forever
    auto in = openInput(file, MediaUse::Video, &interrupt, error);
    if (!in) return std::nullopt;
    AVFormatContext* fmt = in->format.get();
    const int vi = in->info.videoStream;
    AVStream* st = fmt->streams[vi];
    for (unsigned i = 0; i < fmt->nb_streams; ++i) {
        if (static_cast<int>(i) != vi) fmt->streams[i]->discard = AVDISCARD_ALL;
    }
    auto dec = openVideoDecoder(st, "no", 1, error);
    if (!dec) {
        error = fileError(file, error);
        return std::nullopt;
    }
    AVCodecContext* ctx = dec->context.get();
    const std::int64_t startMs = fmt->start_time != AV_NOPTS_VALUE ? fmt->start_time / 1000 : 0;
    const std::int64_t targetMs = static_cast<std::int64_t>(std::max(0.0, atSeconds) * 1000.0 + 0.5);
    if (targetMs > 0) {
        // Seek to the key frame before the target, then decode forward to it.
        const std::int64_t ts = av_rescale_q(targetMs + startMs, AVRational{1, 1000}, st->time_base);
        avformat_seek_file(fmt, vi, INT64_MIN, ts, ts, 0);
    }
    PacketPtr pkt = makePacket();
    FramePtr frame = makeFrame(), best;
    std::int64_t bestMs = 0;
    bool draining = false, done = false;
    while (!done) {
        if (!draining) {
            const int rc = av_read_frame(fmt, pkt.get());
            if (rc < 0) {
                draining = true;
                avcodec_send_packet(ctx, nullptr);
            } else {
                if (pkt->stream_index == vi) avcodec_send_packet(ctx, pkt.get());
                av_packet_unref(pkt.get());
            }
        }
        for (;;) {
            const int rc = avcodec_receive_frame(ctx, frame.get());
            if (rc == AVERROR_EOF) {
                done = true;
                break;
            }
            if (rc < 0) {
                if (rc != AVERROR(EAGAIN)) draining = true; // a broken packet: settle for what we have
                if (draining && rc == AVERROR(EAGAIN)) done = true;
                break;
            }
            std::int64_t ts = frame->best_effort_timestamp;
            if (ts == AV_NOPTS_VALUE) ts = frame->pts;
            const std::int64_t ms = ts == AV_NOPTS_VALUE ? bestMs : toMs(ts, st->time_base) - startMs;
            if (best && ms > targetMs) {
                done = true;
                break;
            }
            best = std::move(frame);
            bestMs = ms;
            frame = makeFrame();
        }
        if (interrupt.fired()) {
            error = fileError(file, tr("quá thời gian đọc tệp", "timed out reading the file"));
            return std::nullopt;
        }
    }
    if (!best) {
        error = fileError(file, tr("không có khung hình nào giải mã được", "no decodable video frame"));
        return std::nullopt;
    }
    RgbaImage img;
    img.atSeconds = static_cast<double>(bestMs) / 1000.0;
    if (!toRgba(best.get(), img, error)) {
        error = fileError(file, error);
        return std::nullopt;
    }
    return img;
}

} // namespace signage::media
