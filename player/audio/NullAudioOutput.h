// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An output that plays nothing but takes samples at the rate of a Clock, so the audio
// clock (and the video that follows it) runs exactly as with a sound card: --headless,
// soak tests, and unit tests (Manual mode: the test calls pump() after moving a ManualClock).
#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include "audio/AudioOutput.h"

namespace signage::audio {

class NullAudioOutput final : public AudioOutput {
public:
    enum class Mode {
        Threaded, // a thread pumps every ~20 ms of clock time
        Manual    // pump() is called by the owner (tests)
    };
    /// `clock` must outlive the output.
    NullAudioOutput(const core::Clock& clock, Mode mode = Mode::Threaded, AudioFormat format = {});
    ~NullAudioOutput() override;

    /// Takes the samples due since the previous pump (the first pump takes none and only
    /// starts the clock). Any thread, but one at a time.
    void pump();
    /// Sees every mixed chunk: the clock time it starts being heard, interleaved samples.
    /// Called on the pumping thread. For tests (A/V sync) and level meters.
    using Tap = std::function<void(core::SteadyMs start, const float* samples, std::size_t frames)>;
    void setTap(Tap tap);
    std::string description() const override;

private:
    void run();

    const core::Clock& _clock;
    std::mutex _pumpMutex; // guards the fields below and serialises pump()
    bool _started = false;
    core::SteadyMs _origin = 0;
    std::int64_t _framesOut = 0; // frames taken since the first pump
    Tap _tap;
    std::vector<float> _buffer;

    std::atomic<bool> _stop{false};
    std::mutex _sleepMutex;
    std::condition_variable _wake; // wakes the pump thread early to stop
    std::thread _thread;           // Threaded mode only
};

} // namespace signage::audio
