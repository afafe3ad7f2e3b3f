// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One item's audio on its way to the output: a ring of float samples in the output's
// format, a volume, a play/pause state and the clock that says which sample is being
// heard now (the master clock that video follows).
//
// Threads: one producer (the item's audio decode thread) calls write()/markEnd(); one
// consumer (the output's mixing thread: SDL callback or the null pump) calls consume()
// and setAnchor(); the render thread calls play()/pause()/position*(). Shared by
// shared_ptr between the presenter (owner) and the mixer (weak reference).
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>

#include "audio/AudioFormat.h"
#include "audio/RingBuffer.h"
#include "core/Clock.h"

namespace signage::audio {

class AudioStream {
public:
    AudioStream(AudioFormat format, double bufferSeconds);

    const AudioFormat& format() const { return _format; }

    // --- producer (decode thread) ---
    /// Queues interleaved frames, waiting up to `maxWait` for room; returns the frames
    /// taken (fewer when the wait ran out or the stream was closed).
    std::size_t write(const float* interleaved, std::size_t frames, std::chrono::milliseconds maxWait);
    /// No more samples will come; the stream finishes once what is queued has been heard.
    void markEnd();
    /// Wakes a waiting writer and refuses later writes (the item is being torn down).
    void close();
    bool closed() const { return _closed.load(); }

    // --- control (render thread) ---
    /// Starts (or resumes) playing; until the device takes samples the clock stays put.
    void play(core::SteadyMs now);
    void pause(core::SteadyMs now);
    bool playing() const { return _playing.load(); }
    /// Item volume 0..1 (global and quiet-hours volume are applied by the output).
    void setVolume(float v) { _volume.store(v); }
    float volume() const { return _volume.load(); }

    // --- clock (any thread) ---
    /// Frames heard at `now` since the first one written (0 before anything was heard).
    std::int64_t positionFrames(core::SteadyMs now) const;
    /// The same in milliseconds.
    double positionMs(core::SteadyMs now) const;
    /// Frames handed to write() so far.
    std::int64_t writtenFrames() const { return _written.load(); }
    /// Frames waiting in the ring.
    std::size_t bufferedFrames() const { return _ring.available() / _format.channels; }
    bool ended() const { return _ended.load(); }
    /// markEnd() was called and every written frame has been heard by `now`.
    bool finished(core::SteadyMs now) const;
    /// Waits (real time) until `frames` are buffered, the stream ended or closed, or the
    /// timeout passes. For tests that drive a manual clock; never call on the render thread.
    bool waitBuffered(std::size_t frames, std::chrono::milliseconds timeout) const;

    // --- consumer (mixing thread) ---
    /// Reads up to `frames` interleaved frames; returns the frames read.
    std::size_t consume(float* out, std::size_t frames);
    /// Records that at `now` the listener hears frame `heard`, and that the clock may run
    /// on in real time up to frame `limit` (what has been handed to the device).
    void setAnchor(core::SteadyMs now, std::int64_t heard, std::int64_t limit);
    std::int64_t consumedFrames() const { return _consumed.load(); }
    /// Gain the mixer used last (mixing thread only; lets it ramp between chunks).
    float lastGain = -1.0f;

private:
    const AudioFormat _format;
    RingBuffer _ring;
    std::atomic<std::int64_t> _written{0};
    std::atomic<std::int64_t> _consumed{0};
    std::atomic<bool> _ended{false}, _closed{false}, _playing{false};
    std::atomic<float> _volume{1.0f};

    mutable std::mutex _clockMutex; // guards the anchor below (held for a few instructions)
    core::SteadyMs _anchorTime = 0;
    std::int64_t _anchorFrames = 0;
    std::int64_t _limitFrames = 0;

    mutable std::mutex _waitMutex; // only for the condition variable below
    mutable std::condition_variable _changed; // room freed / data added / closed
};

} // namespace signage::audio
