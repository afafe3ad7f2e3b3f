// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/AudioMixer.h"

#include <algorithm>

namespace signage::audio {

std::shared_ptr<AudioStream> AudioMixer::createStream(double bufferSeconds) {
    auto stream = std::make_shared<AudioStream>(_format, bufferSeconds);
    std::lock_guard lock(_mutex);
    _streams.push_back(stream);
    return stream;
}

std::size_t AudioMixer::streamCount() {
    std::lock_guard lock(_mutex);
    return static_cast<std::size_t>(std::count_if(_streams.begin(), _streams.end(),
                                                  [](const auto& w) { return !w.expired(); }));
}

void AudioMixer::mix(float* out, std::size_t frames, core::SteadyMs now, std::int64_t latencyFrames) {
    const std::size_t ch = _format.channels;
    std::fill(out, out + frames * ch, 0.0f);
    auto& live = _live;
    live.clear();
    {
        std::lock_guard lock(_mutex);
        std::erase_if(_streams, [](const auto& w) { return w.expired(); });
        for (auto& w : _streams) {
            if (auto s = w.lock()) live.push_back(std::move(s));
        }
    }
    if (_scratch.size() < frames * ch) _scratch.resize(frames * ch);
    const float master = std::clamp(_global.load(), 0.0f, 1.0f) * std::clamp(_quiet.load(), 0.0f, 1.0f);
    for (auto& s : live) {
        if (!s->playing()) continue;
        const std::int64_t before = s->consumedFrames();
        const std::size_t n = s->consume(_scratch.data(), frames);
        // What is handed over now is heard after the device's queue (latencyFrames) drains;
        // the clock may run on to everything handed over. A dry stream keeps its last
        // anchor: its queued tail is still being heard (re-anchoring at `before - latency`
        // every dry callback held its clock short of the end for ever, issue 18).
        if (n > 0) s->setAnchor(now, before - latencyFrames, before + static_cast<std::int64_t>(n));
        const float target = std::clamp(s->volume(), 0.0f, 1.0f) * master;
        const float from = s->lastGain < 0 ? target : s->lastGain;
        s->lastGain = target;
        // Ramp across the chunk when the gain moved, so volume changes do not click.
        for (std::size_t i = 0; i < n; ++i) {
            const float g = from + (target - from) * static_cast<float>(i + 1) / static_cast<float>(n);
            for (std::size_t c = 0; c < ch; ++c) out[i * ch + c] += _scratch[i * ch + c] * g;
        }
    }
    for (std::size_t i = 0; i < frames * ch; ++i) out[i] = std::clamp(out[i], -1.0f, 1.0f);
    live.clear(); // a stream whose owner let go is freed here, on the mixing thread
}

} // namespace signage::audio
