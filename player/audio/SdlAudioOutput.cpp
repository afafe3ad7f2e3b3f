// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/SdlAudioOutput.h"

#include <SDL.h>

#include "core/Lang.h"
#include "core/Log.h"

namespace signage::audio {

namespace {
const core::Logger kLog("audio");
}

SdlAudioOutput::SdlAudioOutput(AudioFormat granted, const core::Clock& clock) : AudioOutput(granted), _clock(clock) {}

std::unique_ptr<SdlAudioOutput> SdlAudioOutput::open(const SdlAudioOptions& options, const core::Clock& clock,
                                                     std::string* error) {
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
        if (error) *error = core::tr("không khởi động được âm thanh SDL: ", "cannot initialise SDL audio: ") + SDL_GetError();
        return nullptr;
    }
    // The callback needs the output, whose mixer needs the granted format: the device is
    // opened first (it starts paused, so the callback cannot run) with a slot filled below.
    auto slot = std::make_unique<Slot>();
    SDL_AudioSpec want{}, have{};
    want.freq = options.wanted.sampleRate;
    want.format = AUDIO_F32SYS; // SDL converts if the hardware wants S16
    want.channels = static_cast<Uint8>(options.wanted.channels);
    want.samples = static_cast<Uint16>(options.bufferFrames);
    want.callback = &SdlAudioOutput::callback;
    want.userdata = slot.get();
    // Accept the device's own rate and channel count: media/ resamples once, straight to it.
    const SDL_AudioDeviceID dev =
        SDL_OpenAudioDevice(options.device.empty() ? nullptr : options.device.c_str(), 0, &want, &have,
                            SDL_AUDIO_ALLOW_FREQUENCY_CHANGE | SDL_AUDIO_ALLOW_CHANNELS_CHANGE);
    if (dev == 0) {
        if (error) *error = core::tr("không mở được thiết bị âm thanh: ", "cannot open the audio device: ") + SDL_GetError();
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
        return nullptr;
    }
    auto self = std::unique_ptr<SdlAudioOutput>(new SdlAudioOutput({have.freq, have.channels}, clock));
    self->_device = dev;
    self->_slot = std::move(slot);
    self->_slot->self = self.get();
    self->_latencyFrames = have.samples;
    const char* driver = SDL_GetCurrentAudioDriver();
    self->_description = "SDL audio: " + std::string(driver ? driver : "?") + ", " + std::to_string(have.freq) +
                         " Hz, " + std::to_string(have.channels) + " ch, " + std::to_string(have.samples) + " frames";
    kLog.info(self->_description);
    SDL_PauseAudioDevice(dev, 0);
    return self;
}

SdlAudioOutput::~SdlAudioOutput() {
    // Closing waits for a running callback, so the mixer is never used after this.
    if (_device != 0) SDL_CloseAudioDevice(_device);
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
}

void SdlAudioOutput::callback(void* userdata, unsigned char* stream, int len) {
    auto* self = static_cast<Slot*>(userdata)->self;
    const int ch = self->format().channels;
    const auto frames = static_cast<std::size_t>(len) / (sizeof(float) * static_cast<std::size_t>(ch));
    // SDL audio thread: mix what the streams have; the device hears it after what it already holds.
    self->_mixer.mix(reinterpret_cast<float*>(stream), frames, self->_clock.steadyNow(), self->_latencyFrames);
}

} // namespace signage::audio
