// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Mixes every playing AudioStream into the output buffer with item, global and
// quiet-hours volume, and advances each stream's clock. Shared by the SDL and null
// outputs. mix() runs on the output's mixing thread; the rest on any thread.
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "audio/AudioStream.h"

namespace signage::audio {

class AudioMixer {
public:
    explicit AudioMixer(AudioFormat format) : _format(format) {}

    const AudioFormat& format() const { return _format; }
    /// A new stream in the output's format, held weakly: it leaves the mix when its owner drops it.
    std::shared_ptr<AudioStream> createStream(double bufferSeconds);

    void setGlobalVolume(float v) { _global.store(v); }
    float globalVolume() const { return _global.load(); }
    void setQuietVolume(float v) { _quiet.store(v); }
    float quietVolume() const { return _quiet.load(); }

    /// Fills `out` (frames × channels floats) with the mix of playing streams. `now` is when
    /// the first of these frames starts to be heard plus `latencyFrames` (the device's queue).
    void mix(float* out, std::size_t frames, core::SteadyMs now, std::int64_t latencyFrames);
    /// Number of live streams (tests, diagnostics).
    std::size_t streamCount();

private:
    const AudioFormat _format;
    std::atomic<float> _global{1.0f}, _quiet{1.0f};
    std::mutex _mutex; // guards _streams (held briefly by mix() and createStream())
    std::vector<std::weak_ptr<AudioStream>> _streams;
    std::vector<float> _scratch;                     // mixing thread only
    std::vector<std::shared_ptr<AudioStream>> _live; // mixing thread only
};

} // namespace signage::audio
