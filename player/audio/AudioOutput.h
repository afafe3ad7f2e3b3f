// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where item audio goes: the sound device (SdlAudioOutput) or nowhere at real rate
// (NullAudioOutput, for --headless and tests, so the audio clock still runs).
// Presenters take a stream each; the output mixes them. The audio clock of a stream is
// the master clock its video follows.
#include <memory>
#include <string>

#include "audio/AudioMixer.h"

namespace signage::audio {

class AudioOutput {
public:
    virtual ~AudioOutput() = default;
    AudioOutput(const AudioOutput&) = delete;
    AudioOutput& operator=(const AudioOutput&) = delete;

    /// The format streams must be written in (media/ resamples to it).
    const AudioFormat& format() const { return _mixer.format(); }
    /// A stream for one item, holding `bufferSeconds` of audio ahead of the device.
    std::shared_ptr<AudioStream> createStream(double bufferSeconds = 0.5) { return _mixer.createStream(bufferSeconds); }

    /// Global volume 0..1 (config `volume`), applied on top of each item's volume.
    void setGlobalVolume(float v) { _mixer.setGlobalVolume(v); }
    float globalVolume() const { return _mixer.globalVolume(); }
    /// Quiet-hours hook: the app sets the factor from config when quiet hours begin and
    /// end (e.g. 0.3 at night, 1 by day). Takes effect within one device buffer, ramped.
    void setQuietHoursVolume(float v) { _mixer.setQuietVolume(v); }
    float quietHoursVolume() const { return _mixer.quietVolume(); }

    /// e.g. "SDL audio: pulseaudio, 48000 Hz, 2 ch, 1024 frames" (for the start-up log).
    virtual std::string description() const = 0;
    std::size_t streamCount() { return _mixer.streamCount(); }

protected:
    explicit AudioOutput(AudioFormat format) : _mixer(format) {}
    AudioMixer _mixer;
};

} // namespace signage::audio
