// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/AudioResampler.h"

extern "C" {
#include <libavutil/channel_layout.h>
#include <libavutil/opt.h>
}

namespace signage::media {

AudioResampler::~AudioResampler() { av_channel_layout_uninit(&_inLayout); }

bool AudioResampler::setup(const AVFrame* in, std::string& error) {
    if (_swr && in->sample_rate == _inRate && in->format == _inFormat &&
        av_channel_layout_compare(&in->ch_layout, &_inLayout) == 0) {
        return true;
    }
    AVChannelLayout outLayout{};
    av_channel_layout_default(&outLayout, _out.channels);
    AVChannelLayout inLayout{};
    if (in->ch_layout.order == AV_CHANNEL_ORDER_UNSPEC || in->ch_layout.nb_channels == 0) {
        av_channel_layout_default(&inLayout, in->ch_layout.nb_channels > 0 ? in->ch_layout.nb_channels : 1);
    } else {
        av_channel_layout_copy(&inLayout, &in->ch_layout);
    }
    SwrContext* raw = nullptr;
    int rc = swr_alloc_set_opts2(&raw, &outLayout, AV_SAMPLE_FMT_FLT, _out.sampleRate, &inLayout,
                                 static_cast<AVSampleFormat>(in->format), in->sample_rate, 0, nullptr);
    SwrPtr swr(raw);
    av_channel_layout_uninit(&outLayout);
    if (rc >= 0) rc = swr_init(swr.get());
    if (rc < 0) {
        av_channel_layout_uninit(&inLayout);
        error = "cannot set up audio resampling (" + avErrorText(rc) + ")";
        return false;
    }
    _swr = std::move(swr);
    av_channel_layout_uninit(&_inLayout);
    _inLayout = inLayout; // takes ownership of the copy
    _inRate = in->sample_rate;
    _inFormat = in->format;
    return true;
}

int AudioResampler::convert(const AVFrame* in, std::vector<float>& out, std::string& error) {
    if (in && !setup(in, error)) return -1;
    if (!_swr) return 0; // flushing before anything was converted
    const int capacity = swr_get_out_samples(_swr.get(), in ? in->nb_samples : 0) + 32;
    out.resize(static_cast<std::size_t>(capacity) * _out.channels);
    auto* dst = reinterpret_cast<std::uint8_t*>(out.data());
    const int n = swr_convert(_swr.get(), &dst, capacity, in ? const_cast<const std::uint8_t**>(in->extended_data) : nullptr,
                              in ? in->nb_samples : 0);
    if (n < 0) {
        error = "audio resampling failed (" + avErrorText(n) + ")";
        return -1;
    }
    out.resize(static_cast<std::size_t>(n) * _out.channels);
    return n;
}

} // namespace signage::media
