// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/AudioStream.h"

#include <algorithm>

namespace signage::audio {

AudioStream::AudioStream(AudioFormat format, double bufferSeconds)
    : _format(format),
      _ring(static_cast<std::size_t>(std::max(0.05, bufferSeconds) * format.sampleRate) * format.channels) {}

std::size_t AudioStream::write(const float* interleaved, std::size_t frames, std::chrono::milliseconds maxWait) {
    const std::size_t ch = _format.channels;
    std::size_t done = 0;
    const auto deadline = std::chrono::steady_clock::now() + maxWait;
    while (done < frames && !_closed.load()) {
        const std::size_t n = _ring.write(interleaved + done * ch, (frames - done) * ch) / ch;
        // The ring holds whole frames only: its capacity is a multiple of the channel count
        // and every write and read moves whole frames.
        done += n;
        if (n > 0) {
            _written.fetch_add(static_cast<std::int64_t>(n));
            _changed.notify_all();
        }
        if (done == frames) break;
        std::unique_lock lock(_waitMutex);
        // The consumer notifies after each read; the timed wait also covers a lost wake-up.
        if (_changed.wait_until(lock, std::min(deadline, std::chrono::steady_clock::now() + std::chrono::milliseconds(20)),
                                [&] { return _closed.load() || _ring.freeSpace() >= ch; })) {
            continue;
        }
        if (std::chrono::steady_clock::now() >= deadline) break;
    }
    return done;
}

void AudioStream::markEnd() {
    _ended.store(true);
    _changed.notify_all();
}

void AudioStream::close() {
    _closed.store(true);
    _changed.notify_all();
}

void AudioStream::play(core::SteadyMs now) {
    {
        std::lock_guard lock(_clockMutex);
        // Hold the clock where it is until the device has taken the first chunk.
        const std::int64_t heard = std::min(_anchorFrames, _limitFrames);
        _anchorTime = now;
        _anchorFrames = heard;
        _limitFrames = heard;
    }
    _playing.store(true);
}

void AudioStream::pause(core::SteadyMs now) {
    const std::int64_t heard = positionFrames(now);
    _playing.store(false);
    std::lock_guard lock(_clockMutex);
    _anchorTime = now;
    _anchorFrames = heard;
    _limitFrames = heard;
}

std::int64_t AudioStream::positionFrames(core::SteadyMs now) const {
    std::lock_guard lock(_clockMutex);
    const std::int64_t elapsed = std::max<std::int64_t>(0, now - _anchorTime) * _format.sampleRate / 1000;
    const std::int64_t pos = std::min(_anchorFrames + elapsed, _limitFrames);
    return std::max<std::int64_t>(0, pos);
}

double AudioStream::positionMs(core::SteadyMs now) const {
    return static_cast<double>(positionFrames(now)) * 1000.0 / _format.sampleRate;
}

bool AudioStream::finished(core::SteadyMs now) const {
    return _ended.load() && _ring.available() == 0 && positionFrames(now) >= _written.load();
}

bool AudioStream::waitBuffered(std::size_t frames, std::chrono::milliseconds timeout) const {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    auto ready = [&] { return _ended.load() || _closed.load() || bufferedFrames() >= frames; };
    std::unique_lock lock(_waitMutex);
    // Short slices: the producer notifies without taking _waitMutex, so a wake-up can be missed.
    while (!ready()) {
        if (std::chrono::steady_clock::now() >= deadline) return false;
        _changed.wait_for(lock, std::chrono::milliseconds(5));
    }
    return true;
}

std::size_t AudioStream::consume(float* out, std::size_t frames) {
    const std::size_t n = _ring.read(out, frames * _format.channels) / _format.channels;
    _consumed.fetch_add(static_cast<std::int64_t>(n));
    if (n > 0) _changed.notify_all();
    return n;
}

void AudioStream::setAnchor(core::SteadyMs now, std::int64_t heard, std::int64_t limit) {
    std::lock_guard lock(_clockMutex);
    _anchorTime = now;
    _anchorFrames = heard;
    _limitFrames = limit;
}

} // namespace signage::audio
