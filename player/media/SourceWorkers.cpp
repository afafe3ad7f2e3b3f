// SPDX-License-Identifier: GPL-3.0-or-later
// The three worker threads of a MediaSource: demux, video decode, audio decode.
// Each owns its FFmpeg context (format, video codec, audio codec) and frees it on exit.
#include <algorithm>
#include <cstdio>

#include "core/Lang.h"
#include "core/Log.h"
#include "media/AudioResampler.h"
#include "media/Decoders.h"
#include "media/FrameConverter.h"
#include "media/SourceShared.h"

namespace signage::media {

using core::tr;

namespace {

// Never destroyed: these workers may be left detached on a stuck read and return after
// main() (MediaSource's destructor); their last log line must not meet a destroyed logger.
const core::Logger& kLog = *new core::Logger("media");
// A few decoding errors are tolerated (a damaged packet is concealed); more mean the file
// is damaged and the item is skipped rather than showing broken pictures.
constexpr int kMaxDecodeErrors = 3;
// The container's duration and the last packet may disagree by a frame or two; a file
// that ends more than this early was cut short (or replaced while playing).
constexpr std::int64_t kTruncationSlackMs = 500;
// Decoder frame dropping: start skipping non-reference frames when the picture is this late,
// stop once it is back within a frame or so (hysteresis, so it does not flap).
constexpr int kSkipAboveMs = 80;
constexpr int kSkipBelowMs = 20;

// Marks a worker as gone when its function returns, however it returns.
struct RunningGuard {
    SourceShared& s;
    ~RunningGuard() {
        {
            std::lock_guard lock(s.mutex);
            --s.running;
        }
        s.changed.notify_all();
    }
};

std::string seconds(std::int64_t ms) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f s", static_cast<double>(ms) / 1000.0);
    return buf;
}

// Waits for the demux thread to open the file; false when it failed or the source stops.
bool waitOpen(SourceShared& s) {
    std::unique_lock lock(s.mutex);
    s.changed.wait(lock, [&] { return s.openDone || s.stopping.load(); });
    return s.opened && !s.stopping.load();
}

// ---------- demux ----------

bool openAndSetUp(SourceShared& s) {
    std::string error;
    s.interrupt.setDeadline(s.options.watchdog * 2);
    auto in = openInput(s.options.file, s.options.use, &s.interrupt, error);
    s.interrupt.clearDeadline();
    if (!in) {
        if (!s.stopping.load()) s.fail(error);
        return false;
    }
    for (const auto& w : in->info.warnings) kLog.warn(fileError(s.options.file, w));
    AVFormatContext* fmt = in->format.get();
    const int v = s.options.use == MediaUse::Audio ? -1 : in->info.videoStream;
    const int a = s.options.audio ? in->info.audioStream : -1;
    OpenedDecoder video, audio;
    if (v >= 0) {
        auto d = openVideoDecoder(fmt->streams[v], s.options.hwdec, s.options.decodeThreads, error);
        if (!d) {
            s.fail(fileError(s.options.file, error));
            return false;
        }
        video = std::move(*d);
    }
    if (a >= 0) {
        if (auto d = openAudioDecoder(fmt->streams[a], error)) {
            audio = std::move(*d);
        } else if (v >= 0) {
            kLog.warn(fileError(s.options.file, tr("phát không có tiếng: ", "playing without sound: ") + error));
        } else {
            s.fail(fileError(s.options.file, error));
            return false;
        }
    }
    // Unused streams (subtitles, cover art, other languages) are skipped by the demuxer.
    for (unsigned i = 0; i < fmt->nb_streams; ++i) {
        const int idx = static_cast<int>(i);
        if (idx != v && !(audio.context && idx == a)) fmt->streams[i]->discard = AVDISCARD_ALL;
    }
    std::lock_guard lock(s.mutex);
    if (s.stopping.load()) return false;
    s.format = std::move(in->format);
    s.info = std::move(in->info);
    s.startMs = fmt->start_time != AV_NOPTS_VALUE ? fmt->start_time / 1000 : 0;
    if (video.context) {
        s.videoIndex = v;
        s.videoTimeBase = fmt->streams[v]->time_base;
        const AVRational fr = fmt->streams[v]->avg_frame_rate;
        if (fr.num > 0 && fr.den > 0) s.defaultFrameMs = std::max<std::int64_t>(1, av_rescale(1000, fr.den, fr.num));
        s.videoCodec = std::move(video.context);
        s.videoDecoder = video.description;
    }
    if (audio.context) {
        s.audioIndex = a;
        s.audioTimeBase = fmt->streams[a]->time_base;
        s.audioCodec = std::move(audio.context);
        s.audioDecoder = audio.description;
    }
    s.opened = true;
    s.openDone = true;
    kLog.info(s.options.file.filename().string() + ": " + describe(s.info) + "; " + tr("giải mã", "decoding") + ": " +
              (s.videoDecoder.empty() ? "-" : s.videoDecoder) + (s.audioDecoder.empty() ? "" : " + " + s.audioDecoder));
    return true;
}

// Sends an end marker to both decoders; false when the source is stopping.
bool pushMarkers(SourceShared& s, PacketItem::Kind kind, std::int64_t cycleMs) {
    bool ok = true;
    if (s.videoIndex >= 0) ok = s.packets.push(Lane::Video, PacketItem{nullptr, kind, cycleMs}) && ok;
    if (s.audioIndex >= 0) ok = s.packets.push(Lane::Audio, PacketItem{nullptr, kind, cycleMs}) && ok;
    return ok;
}

void demuxLoop(SourceShared& s) {
    AVFormatContext* fmt = s.format.get();
    std::int64_t cycleEndMs = 0, packets = 0;
    bool firstCycle = true;
    while (!s.stopping.load()) {
        PacketPtr pkt = makePacket();
        const int rc = av_read_frame(fmt, pkt.get());
        if (rc == AVERROR_EOF) {
            const auto& info = s.info;
            if (firstCycle && info.duration && !info.durationEstimated &&
                cycleEndMs + kTruncationSlackMs < info.duration->count()) {
                s.fail(fileError(s.options.file, tr("tệp kết thúc sớm (bị cắt cụt hoặc bị thay khi đang phát) ở ",
                                                    "the file ends early (cut short, or replaced while playing) at ") +
                                                     seconds(cycleEndMs) + tr(" trên ", " of ") +
                                                     seconds(info.duration->count())));
                return;
            }
            if (!s.options.loop || packets == 0) {
                pushMarkers(s, PacketItem::Kind::EndOfStream, cycleEndMs);
                return;
            }
            if (!pushMarkers(s, PacketItem::Kind::EndOfCycle, cycleEndMs)) return;
            const std::int64_t start = fmt->start_time != AV_NOPTS_VALUE ? fmt->start_time : 0;
            const int seek = avformat_seek_file(fmt, -1, INT64_MIN, start, start, 0);
            if (seek < 0) {
                s.fail(fileError(s.options.file, tr("không lặp lại được (không tua được về đầu: ",
                                                    "cannot loop (seeking to the start failed: ") +
                                                     avErrorText(seek) + ")"));
                return;
            }
            cycleEndMs = 0;
            packets = 0;
            firstCycle = false;
            continue;
        }
        if (rc < 0) {
            if (s.stopping.load()) return;
            s.fail(fileError(s.options.file, (s.interrupt.fired() ? tr("đọc tệp bị treo", "reading the file stalled")
                                                                  : tr("lỗi đọc tệp (hỏng, bị cắt cụt hoặc biến mất): ",
                                                                       "read error (damaged, cut short or vanished): ") +
                                                                        avErrorText(rc))));
            return;
        }
        if (pkt->flags & AV_PKT_FLAG_CORRUPT) {
            s.fail(fileError(s.options.file, tr("dữ liệu hỏng hoặc thiếu (tệp bị cắt cụt?)",
                                                "damaged or missing data (file cut short?)")));
            return;
        }
        const int idx = pkt->stream_index;
        if (idx != s.videoIndex && idx != s.audioIndex) continue;
        const AVRational tb = fmt->streams[idx]->time_base;
        const std::int64_t ts = pkt->pts != AV_NOPTS_VALUE ? pkt->pts : pkt->dts;
        if (ts != AV_NOPTS_VALUE) {
            cycleEndMs = std::max(cycleEndMs, toMs(ts + std::max<std::int64_t>(0, pkt->duration), tb) - s.startMs);
        }
        ++packets;
        if (!s.packets.push(idx == s.videoIndex ? Lane::Video : Lane::Audio, PacketItem{std::move(pkt)})) return;
    }
}

// ---------- video ----------

struct VideoDecoder {
    SourceShared& s;
    AVCodecContext* ctx;
    FrameConverter converter;
    FramePtr frame = makeFrame();
    int errors = 0;
    std::int64_t offsetMs = 0, lastPtsMs = 0, lastDurMs = 0, number = 0;
    bool loggedConversion = false;
    bool skipping = false, skippedSinceLast = false;

    // Follows the render thread's lateness report before each packet.
    void adjustSkipping() {
        const int late = s.videoLateMs.load();
        const bool want = skipping ? late > kSkipBelowMs : late > kSkipAboveMs;
        if (want == skipping) return;
        skipping = want;
        ctx->skip_frame = want ? AVDISCARD_NONREF : AVDISCARD_DEFAULT;
        if (want) skippedSinceLast = true;
        kLog.debug(s.options.file.filename().string() + (want ? ": video late by " + std::to_string(late) +
                                                                    " ms, skipping non-reference frames"
                                                              : ": video caught up"));
    }

    // False when decoding must stop (failed or stopping).
    bool error(int rc) {
        if (++errors < kMaxDecodeErrors) return true;
        s.fail(fileError(s.options.file, tr("dữ liệu hình bị hỏng gần ", "damaged video data near ") + seconds(lastPtsMs) +
                                             " (" + std::to_string(errors) + tr(" lỗi giải mã: ", " decoding errors: ") +
                                             avErrorText(rc) + ")"));
        return false;
    }

    bool deliver() {
        std::int64_t ts = frame->best_effort_timestamp;
        if (ts == AV_NOPTS_VALUE) ts = frame->pts;
        DecodedFrame df;
        df.ptsMs = ts != AV_NOPTS_VALUE ? toMs(ts, s.videoTimeBase) - s.startMs + offsetMs : lastPtsMs + lastDurMs;
        df.durationMs = frame->pkt_duration > 0 ? std::max<std::int64_t>(1, toMs(frame->pkt_duration, s.videoTimeBase))
                                                 : s.defaultFrameMs;
        df.number = number++;
        if (skippedSinceLast && number > 1 && lastDurMs > 0) {
            // Frames the decoder skipped leave a hole in the timestamps.
            const std::int64_t gap = (df.ptsMs - lastPtsMs + lastDurMs / 2) / lastDurMs - 1;
            if (gap > 0) s.skippedFrames.fetch_add(gap);
            skippedSinceLast = skipping;
        }
        lastPtsMs = df.ptsMs;
        lastDurMs = df.durationMs;
        std::string err;
        df.frame = converter.convert(std::move(frame), df.format, err);
        frame = makeFrame();
        if (!df.frame) {
            s.fail(fileError(s.options.file, err));
            return false;
        }
        if (!loggedConversion && !converter.conversion().empty()) {
            loggedConversion = true;
            std::lock_guard lock(s.mutex);
            s.conversion = converter.conversion();
        }
        {
            // Before start() only a couple of frames are decoded: the next item waits with
            // its first picture ready without holding a queue of full frames in memory.
            std::unique_lock lock(s.mutex);
            while (!s.started && !s.stopping.load() && s.frames.size() >= s.options.prerollFrames) {
                s.changed.wait_for(lock, std::chrono::milliseconds(50));
            }
        }
        if (!s.frames.push(std::move(df))) return false;
        s.touchVideo();
        s.changed.notify_all();
        return true;
    }

    bool receiveAll() {
        for (;;) {
            const int rc = avcodec_receive_frame(ctx, frame.get());
            if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF) return true;
            if (rc < 0) {
                if (!error(rc)) return false;
                continue;
            }
            if (!deliver()) return false;
        }
    }

    void run() {
        while (auto item = s.packets.pop(Lane::Video)) {
            if (item->kind == PacketItem::Kind::Data) {
                adjustSkipping();
                int rc = avcodec_send_packet(ctx, item->packet.get());
                if (rc == AVERROR(EAGAIN)) {
                    if (!receiveAll()) return;
                    rc = avcodec_send_packet(ctx, item->packet.get());
                }
                if (rc < 0 && rc != AVERROR(EAGAIN) && !error(rc)) return;
                if (!receiveAll()) return;
                continue;
            }
            avcodec_send_packet(ctx, nullptr); // drain the frames still inside the decoder
            if (!receiveAll()) return;
            if (item->kind == PacketItem::Kind::EndOfStream) break;
            avcodec_flush_buffers(ctx);
            offsetMs += item->cycleMs;
        }
        {
            std::lock_guard lock(s.mutex);
            s.videoEof = true;
        }
        s.changed.notify_all();
    }
};

// ---------- audio ----------

struct AudioDecoder {
    SourceShared& s;
    AVCodecContext* ctx;
    audio::AudioStream& out;
    AudioResampler resampler{out.format()};
    FramePtr frame = makeFrame();
    std::vector<float> samples;
    int errors = 0;
    std::int64_t written = 0;      // frames written: the stream's frame N is media time N / rate
    std::int64_t offsetFrames = 0; // where the current loop cycle starts
    const int rate = out.format().sampleRate;
    const int channels = out.format().channels;

    bool error(int rc) {
        if (++errors < kMaxDecodeErrors) return true;
        s.fail(fileError(s.options.file, tr("dữ liệu tiếng bị hỏng gần ", "damaged audio data near ") +
                                             seconds(written * 1000 / rate) + " (" + avErrorText(rc) + ")"));
        return false;
    }

    bool write(const float* data, std::int64_t frames) {
        while (frames > 0) {
            if (s.stopping.load()) return false;
            const auto n = static_cast<std::int64_t>(out.write(data, static_cast<std::size_t>(frames), std::chrono::milliseconds(100)));
            if (n > 0) s.touchAudio();
            data += n * channels;
            frames -= n;
            written += n;
        }
        return true;
    }

    bool silence(std::int64_t frames) {
        static const std::vector<float> zeros(4096 * 8, 0.0f);
        while (frames > 0) {
            const std::int64_t n = std::min<std::int64_t>(frames, static_cast<std::int64_t>(zeros.size()) / channels);
            if (!write(zeros.data(), n)) return false;
            frames -= n;
        }
        return true;
    }

    // Keeps the stream aligned to media time: fills gaps (audio starting late, holes) with
    // silence and drops overlaps (encoder priming), so frame N is always heard at N / rate.
    bool deliver(std::int64_t startFrame, bool known) {
        std::string err;
        const int n = resampler.convert(frame.get(), samples, err);
        if (n < 0) {
            s.fail(fileError(s.options.file, err));
            return false;
        }
        const float* data = samples.data();
        std::int64_t count = n;
        if (known) {
            const std::int64_t tolerance = rate * 30 / 1000;
            const std::int64_t diff = startFrame - written;
            if (diff > tolerance && !silence(diff)) return false;
            if (diff < -tolerance) {
                const std::int64_t drop = std::min(count, -diff);
                data += drop * channels;
                count -= drop;
            }
        }
        return write(data, count);
    }

    bool receiveAll() {
        for (;;) {
            const int rc = avcodec_receive_frame(ctx, frame.get());
            if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF) return true;
            if (rc < 0) {
                if (!error(rc)) return false;
                continue;
            }
            std::int64_t ts = frame->best_effort_timestamp;
            if (ts == AV_NOPTS_VALUE) ts = frame->pts;
            const bool known = ts != AV_NOPTS_VALUE;
            const std::int64_t start =
                known ? av_rescale_q(ts, s.audioTimeBase, AVRational{1, rate}) - s.startMs * rate / 1000 + offsetFrames : 0;
            const bool ok = deliver(start, known);
            av_frame_unref(frame.get());
            if (!ok) return false;
        }
    }

    bool flushResampler() {
        std::string err;
        const int n = resampler.convert(nullptr, samples, err);
        return n <= 0 || write(samples.data(), n);
    }

    void run() {
        while (auto item = s.packets.pop(Lane::Audio)) {
            if (item->kind == PacketItem::Kind::Data) {
                int rc = avcodec_send_packet(ctx, item->packet.get());
                if (rc == AVERROR(EAGAIN)) {
                    if (!receiveAll()) return;
                    rc = avcodec_send_packet(ctx, item->packet.get());
                }
                if (rc < 0 && rc != AVERROR(EAGAIN) && !error(rc)) return;
                if (!receiveAll()) return;
                continue;
            }
            avcodec_send_packet(ctx, nullptr);
            if (!receiveAll() || !flushResampler()) return;
            if (item->kind == PacketItem::Kind::EndOfStream) break;
            // Loop: pad to the end of the cycle so the next one starts exactly on time.
            const std::int64_t cycleFrames = item->cycleMs * rate / 1000;
            if (written < offsetFrames + cycleFrames && !silence(offsetFrames + cycleFrames - written)) return;
            offsetFrames += cycleFrames;
            avcodec_flush_buffers(ctx);
        }
        out.markEnd();
        {
            std::lock_guard lock(s.mutex);
            s.audioEof = true;
        }
        s.changed.notify_all();
    }
};

template <typename Body>
void guarded(SourceShared& s, const char* what, Body&& body) {
    try {
        body();
    } catch (const std::exception& e) {
        s.fail(fileError(s.options.file, std::string(what) + ": " + e.what()));
    }
}

} // namespace

void demuxMain(std::shared_ptr<SourceShared> sp) {
    SourceShared& s = *sp;
    RunningGuard guard{s};
    guarded(s, "demux", [&] {
        const bool ok = openAndSetUp(s);
        {
            std::lock_guard lock(s.mutex);
            s.openDone = true;
        }
        s.changed.notify_all(); // the decode threads wait for this
        if (ok) demuxLoop(s);
    });
    s.format.reset(); // this thread's context, closed here
}

void videoMain(std::shared_ptr<SourceShared> sp) {
    SourceShared& s = *sp;
    RunningGuard guard{s};
    if (!waitOpen(s)) return;
    if (!s.videoCodec) {
        {
            std::lock_guard lock(s.mutex);
            s.videoEof = true;
        }
        s.changed.notify_all();
        return;
    }
    guarded(s, "video", [&] { VideoDecoder{s, s.videoCodec.get()}.run(); });
    s.videoCodec.reset();
}

void audioMain(std::shared_ptr<SourceShared> sp) {
    SourceShared& s = *sp;
    RunningGuard guard{s};
    if (!waitOpen(s) || !s.audioCodec) {
        s.options.audio->markEnd();
        {
            std::lock_guard lock(s.mutex);
            s.audioEof = true;
        }
        s.changed.notify_all();
        return;
    }
    guarded(s, "audio", [&] { AudioDecoder{s, s.audioCodec.get(), *s.options.audio}.run(); });
    s.audioCodec.reset();
}

} // namespace signage::media
