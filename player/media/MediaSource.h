// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One open media file being decoded: a demux thread feeding bounded packet queues, a
// video decode thread filling a bounded queue of frames in canvas layouts, and an audio
// decode thread resampling into an audio::AudioStream. The presenters pull from it on
// the render thread. Internal to media/ (exposes FFmpeg frames); app/ uses the presenters.
//
// Threads: the constructor starts them; the destructor stops them. A thread stuck in a
// read the kernel will not interrupt (a hung mount, a FIFO) is detached after a short
// grace period and keeps only the shared state alive, so the render thread never hangs.
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "audio/AudioStream.h"
#include "media/FfmpegHandles.h"
#include "media/MediaInfo.h"
#include "render/Canvas.h"

namespace signage::media {

struct SourceOptions {
    std::filesystem::path file;
    MediaUse use = MediaUse::Video; // Audio: video streams are not decoded at all
    bool loop = false;              // start over at the end, seamlessly (timestamps keep counting)
    std::string hwdec = "auto";     // "auto", "no", "vaapi", "v4l2m2m"
    int decodeThreads = -1;         // FFmpeg threads for video (-1: autoDecodeThreads(), 0: FFmpeg picks)
    /// Where decoded audio goes (resampled to its format); null: audio is not decoded.
    std::shared_ptr<audio::AudioStream> audio;
    std::size_t frameQueue = 3;    // decoded frames kept ahead while playing (100 ms at 30 fps)
    std::size_t prerollFrames = 2; // decoded ahead before start() (the next item, waiting)
    /// A stream that makes no progress this long while the player waits for it fails.
    std::chrono::milliseconds watchdog{1000};
};

/// A decoded picture ready for the canvas.
struct DecodedFrame {
    FramePtr frame;                                       // planes in `format`
    render::FrameFormat format = render::FrameFormat::YUV420P;
    std::int64_t ptsMs = 0;      // media time: 0 at the start of the file, counting on across loops
    std::int64_t durationMs = 0; // how long it stays up
    std::int64_t number = 0;     // 0, 1, 2, ... in presentation order since open
};

struct SourceShared; // state shared with the worker threads (MediaSource.cpp)

class MediaSource {
public:
    explicit MediaSource(SourceOptions options);
    ~MediaSource();
    MediaSource(const MediaSource&) = delete;
    MediaSource& operator=(const MediaSource&) = delete;

    /// Waits (real time) until the file is open and checked, or failed. True when open.
    bool waitOpened(std::chrono::milliseconds timeout) const;
    /// Waits until a frame is queued, the video ended, or it failed. True when a frame is there.
    bool waitFrame(std::chrono::milliseconds timeout) const;
    bool opened() const;
    /// Valid once opened() (the checked file description).
    const MediaInfo& info() const;
    bool hasVideo() const;
    bool hasAudio() const;
    /// "h264 software, 2 threads (hwdec auto: vaapi unavailable (...))" + audio decoder.
    std::string decoderDescription() const;

    /// The item is on screen: decoding may run ahead of the preroll.
    void start();
    /// Render thread: takes the next frame without waiting (nullopt when none is ready).
    std::optional<DecodedFrame> popFrame();
    /// Frames waiting in the queue.
    std::size_t queuedFrames() const;
    /// Render thread: how late (ms) the picture is behind the clock; past ~80 ms the decoder
    /// skips non-reference frames until it has caught up (decoder frame dropping).
    void reportLateness(int lateMs);
    /// Frames the decoder skipped to catch up.
    std::int64_t skippedFrames() const;
    /// Every video frame has been handed out (decoder drained, queue empty).
    bool videoDrained() const;
    /// The audio decoder reached the end (what it wrote may still be playing).
    bool audioDecoded() const;

    /// Render thread, regularly (draw/status): fails the source when the consumer has been
    /// waiting on a stream that made no progress for `watchdog` (real time).
    void checkWatchdog(bool waitingForVideo, bool waitingForAudio);
    bool failed() const;
    std::string failureReason() const;
    /// Fails the source from outside (e.g. an upload the canvas refused).
    void fail(const std::string& reason);

private:
    std::shared_ptr<SourceShared> _shared;
};

} // namespace signage::media
