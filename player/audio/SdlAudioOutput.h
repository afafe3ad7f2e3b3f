// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The sound device through SDL audio (the only SDL include in audio/). Streams are mixed
// in the SDL callback thread; float samples at the rate and channel count SDL granted.
#include <memory>
#include <string>

#include "audio/AudioOutput.h"

namespace signage::audio {

struct SdlAudioOptions {
    AudioFormat wanted{48000, 2};
    int bufferFrames = 1024; // ~21 ms at 48 kHz: small enough for lip sync, big enough for a busy Pi
    std::string device;      // empty: the default device
};

class SdlAudioOutput final : public AudioOutput {
public:
    /// Opens the device (SDL_INIT_AUDIO is initialised and released here). nullptr and
    /// *error when there is no usable device. `clock` must outlive the output.
    static std::unique_ptr<SdlAudioOutput> open(const SdlAudioOptions& options, const core::Clock& clock,
                                                std::string* error);
    ~SdlAudioOutput() override;
    std::string description() const override { return _description; }
    /// Frames queued in the device after the callback returns (the clock subtracts them).
    int latencyFrames() const { return _latencyFrames; }

private:
    SdlAudioOutput(AudioFormat granted, const core::Clock& clock);
    static void callback(void* self, unsigned char* stream, int len);

    struct Slot {
        SdlAudioOutput* self = nullptr; // set before the device is unpaused
    };
    const core::Clock& _clock;
    unsigned _device = 0; // SDL_AudioDeviceID; closed in the destructor (SDL_INIT_AUDIO released with it)
    std::unique_ptr<Slot> _slot; // the callback's userdata
    int _latencyFrames = 0;
    std::string _description;
};

} // namespace signage::audio
