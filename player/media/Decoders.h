// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Opening decoders: video with FFmpeg's frame/slice threads and hardware decoding when
// asked for and present (VAAPI, V4L2 M2M), falling back to software with the reason
// logged; audio plain. Internal to media/.
#include <optional>
#include <string>

#include "media/FfmpegHandles.h"

namespace signage::media {

struct OpenedDecoder {
    CodecContextPtr context;
    std::string description; // "h264 software, 2 threads (hwdec auto: vaapi unavailable: ...)"
    bool hardware = false;
};

/// `hwdec`: "auto" (try hardware, else software), "no", "vaapi", "v4l2m2m" (try that one,
/// else software). `threads`: FFmpeg decoder threads (0 = FFmpeg picks).
std::optional<OpenedDecoder> openVideoDecoder(const AVStream* stream, const std::string& hwdec, int threads,
                                              std::string& error);
std::optional<OpenedDecoder> openAudioDecoder(const AVStream* stream, std::string& error);

} // namespace signage::media
