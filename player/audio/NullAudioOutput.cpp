// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/NullAudioOutput.h"

#include <algorithm>

namespace signage::audio {

namespace {
// Mixed per chunk: the buffer never holds more than this (100 ms at 48 kHz).
constexpr std::int64_t kChunkMs = 100;
// Clock time one pump catches up at most; beyond it (a fast virtual clock, a stalled
// thread) the samples are dropped like a device overrun, so neither memory nor the
// time spent mixing grows with the clock's speed.
constexpr std::int64_t kMaxCatchUpMs = 2000;
} // namespace

NullAudioOutput::NullAudioOutput(const core::Clock& clock, Mode mode, AudioFormat format)
    : AudioOutput(format), _clock(clock) {
    if (mode == Mode::Threaded) _thread = std::thread([this] { run(); });
}

NullAudioOutput::~NullAudioOutput() {
    _stop.store(true);
    _wake.notify_all();
    if (_thread.joinable()) _thread.join();
}

std::string NullAudioOutput::description() const {
    return "null audio (" + std::to_string(format().sampleRate) + " Hz, " + std::to_string(format().channels) +
           " ch, paced by the clock)";
}

void NullAudioOutput::setTap(Tap tap) {
    std::lock_guard lock(_pumpMutex);
    _tap = std::move(tap);
}

void NullAudioOutput::pump() {
    std::lock_guard lock(_pumpMutex);
    const core::SteadyMs now = _clock.steadyNow();
    if (!_started) {
        _started = true;
        _origin = now;
    }
    // Frames due by `now`, counted from the first pump so rounding never accumulates.
    const std::int64_t rate = format().sampleRate;
    std::int64_t due = (now - _origin) * rate / 1000 - _framesOut;
    if (due <= 0) return;
    const std::int64_t maxDue = kMaxCatchUpMs * rate / 1000;
    if (due > maxDue) {
        _framesOut += due - maxDue; // overrun: the oldest part is never heard
        due = maxDue;
    }
    const std::int64_t chunk = std::max<std::int64_t>(1, kChunkMs * rate / 1000);
    _buffer.resize(static_cast<std::size_t>(std::min(due, chunk)) * format().channels);
    for (std::int64_t done = 0; due > 0; done += chunk) {
        const std::size_t frames = static_cast<std::size_t>(std::min(due, chunk));
        // The whole pump covers [now, now + due): the device model of SdlAudioOutput with
        // no queue; each chunk starts where the previous one ended.
        const core::SteadyMs at = now + done * 1000 / rate;
        _mixer.mix(_buffer.data(), frames, at, 0);
        if (_tap) _tap(at, _buffer.data(), frames);
        _framesOut += static_cast<std::int64_t>(frames);
        due -= static_cast<std::int64_t>(frames);
    }
}

void NullAudioOutput::run() {
    constexpr std::int64_t kPeriodMs = 20;
    while (!_stop.load()) {
        pump();
        // Sleep one period of clock time (shorter in real time when the clock runs fast).
        const auto realMs = std::max<std::int64_t>(1, _clock.toRealMs(kPeriodMs));
        std::unique_lock lock(_sleepMutex);
        _wake.wait_for(lock, std::chrono::milliseconds(realMs), [this] { return _stop.load(); });
    }
}

} // namespace signage::audio
