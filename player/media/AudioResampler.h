// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Decoded audio (any layout, rate, sample format) to interleaved float at the output's
// rate and channel count, through swresample. Audio decode thread only.
#include <string>
#include <vector>

#include "audio/AudioFormat.h"
#include "media/FfmpegHandles.h"

namespace signage::media {

class AudioResampler {
public:
    explicit AudioResampler(audio::AudioFormat out) : _out(out) {}
    ~AudioResampler();
    AudioResampler(const AudioResampler&) = delete;
    AudioResampler& operator=(const AudioResampler&) = delete;
    /// Converts `in` (nullptr: flush what swresample holds back) into `out` (resized to
    /// frames × channels). Returns the frames produced, or -1 with `error`.
    int convert(const AVFrame* in, std::vector<float>& out, std::string& error);

private:
    bool setup(const AVFrame* in, std::string& error);

    audio::AudioFormat _out;
    SwrPtr _swr;
    AVChannelLayout _inLayout{};
    int _inRate = 0, _inFormat = -1;
};

} // namespace signage::media
