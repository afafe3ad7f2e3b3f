// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// State shared between a MediaSource and its three worker threads. Held by shared_ptr:
// a worker detached while stuck in I/O keeps it alive until it returns. Internal.
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

#include "core/BoundedQueue.h"
#include "media/MediaInput.h"
#include "media/MediaSource.h"
#include "media/PacketQueues.h"

namespace signage::media {

struct SourceShared {
    explicit SourceShared(SourceOptions o);

    const SourceOptions options;
    Interrupt interrupt; // aborts FFmpeg I/O when the source closes or fails

    // --- guarded by mutex; changes announced on `changed` ---
    mutable std::mutex mutex;
    mutable std::condition_variable changed;
    bool openDone = false;   // opening finished (successfully or not)
    bool opened = false;     // info, streams and decoders are ready
    std::string failure;     // first failure wins; empty while healthy
    MediaInfo info;
    std::string videoDecoder, audioDecoder, conversion;
    bool videoEof = false;   // the video decoder delivered its last frame
    bool audioEof = false;   // the audio decoder wrote its last sample
    bool started = false;    // preroll limit lifted
    int running = 0;         // worker threads still inside their function
    std::vector<std::thread> threads; // started by the constructor, joined or detached by ~MediaSource

    std::atomic<bool> failedFlag{false};
    std::atomic<bool> stopping{false};
    /// Set when a worker was left stuck: its destruction (when the last stuck worker
    /// returns) takes the file off MediaSource's list of stuck files.
    std::shared_ptr<void> stuckMark;

    // --- demux thread only (after opening) ---
    FormatContextPtr format;
    // --- one decode thread each (set up by the demux thread before `opened`) ---
    CodecContextPtr videoCodec, audioCodec;
    int videoIndex = -1, audioIndex = -1;
    AVRational videoTimeBase{1, 1}, audioTimeBase{1, 1};
    std::int64_t startMs = 0;           // container start time: media time 0
    std::int64_t defaultFrameMs = 40;   // when a frame carries no duration

    // --- each queue has its own lock ---
    PacketQueues packets; // demux thread -> the two decode threads (Lane::Video, Lane::Audio)
    core::BoundedQueue<DecodedFrame> frames;

    /// How far behind the clock the newest shown frame is (render thread writes, video
    /// decode thread reads): above a threshold the decoder skips non-reference frames.
    std::atomic<int> videoLateMs{0};
    /// Frames the decoder skipped to catch up (counted from timestamp gaps while skipping).
    std::atomic<std::int64_t> skippedFrames{0};

    /// Real time (steady_clock ns) of each decoder's last sign of life, for the watchdog.
    std::atomic<std::int64_t> videoProgressNs{0}, audioProgressNs{0};

    /// Records the first failure, logs it and stops every thread.
    void fail(const std::string& reason);
    /// Stops the workers (queues closed, I/O aborted, audio writer woken).
    void stop();
    static std::int64_t nowNs();
    void touchVideo() { videoProgressNs.store(nowNs()); }
    void touchAudio() { audioProgressNs.store(nowNs()); }
};

// Worker bodies (SourceWorkers.cpp). Each decrements `running` when it returns.
void demuxMain(std::shared_ptr<SourceShared> s);
void videoMain(std::shared_ptr<SourceShared> s);
void audioMain(std::shared_ptr<SourceShared> s);

} // namespace signage::media
