#include "audio/NullAudioOutput.h"

#include <algorithm>

namespace signage::audio {

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
    const std::int64_t due = (now - _origin) * format().sampleRate / 1000 - _framesOut;
    if (due <= 0) return;
    const std::size_t frames = static_cast<std::size_t>(due);
    _buffer.resize(frames * format().channels);
    // The chunk covers [now, now + frames): the device model of SdlAudioOutput with no queue.
    _mixer.mix(_buffer.data(), frames, now, 0);
    if (_tap) _tap(now, _buffer.data(), frames);
    _framesOut += due;
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
