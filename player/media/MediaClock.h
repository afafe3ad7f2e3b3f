// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The media time a presenter shows at a given moment: the audio stream's clock (what the
// listener hears now) while there is sound, otherwise the player's clock from start().
// When the sound ends before the picture, or the device stops taking samples, the clock
// carries on from where the audio left it. Render thread only.
#include <memory>
#include <optional>

#include "audio/AudioStream.h"
#include "core/Clock.h"

namespace signage::media {

class MediaClock {
public:
    /// The stream that leads (null: video-only, paced by the player's clock).
    void setAudio(std::shared_ptr<audio::AudioStream> stream) { _audio = std::move(stream); }
    void start(core::SteadyMs now);
    bool started() const { return _started; }
    /// Media milliseconds presented at `now` (0 before start). Never goes backwards.
    double at(core::SteadyMs now);
    /// True while the audio clock leads.
    bool audioLeads() const { return _audio != nullptr && !_audioDone; }

private:
    std::shared_ptr<audio::AudioStream> _audio;
    bool _started = false;
    bool _audioDone = false;        // sound ended or stalled: the player's clock leads
    core::SteadyMs _anchorNow = 0;  // at _anchorNow, media time was _anchorMedia
    double _anchorMedia = 0;
    double _lastAudio = -1;         // to notice a device that stopped taking samples
    core::SteadyMs _lastAudioMove = 0;
    double _last = 0;
};

} // namespace signage::media
