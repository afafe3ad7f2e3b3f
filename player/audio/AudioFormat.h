// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one sample layout the audio side speaks: 32-bit float, interleaved, at the output
// device's rate and channel count. media/ resamples decoded audio to it (swresample
// lives there, the only libav* user); audio/ only mixes and plays floats.
namespace signage::audio {

struct AudioFormat {
    int sampleRate = 48000;
    int channels = 2;
    bool operator==(const AudioFormat&) const = default;
};

} // namespace signage::audio
