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

/// Software decoder threads for a picture size: 1 up to 1920x1088, 2 above. One frame
/// thread decodes 1080p30 H.264 in about 15 % of a core and holds about 14 MB less than
/// two (each frame thread keeps its own picture in flight plus the pool buffers behind it);
/// larger pictures (4K needs half a core) get the second thread for headroom.
int autoDecodeThreads(int width, int height);

/// `hwdec`: "auto" (try hardware, else software), "no", "vaapi", "v4l2m2m" (try that one,
/// else software). `threads`: FFmpeg decoder threads (0 = FFmpeg picks, negative =
/// autoDecodeThreads() for the stream's size).
std::optional<OpenedDecoder> openVideoDecoder(const AVStream* stream, const std::string& hwdec, int threads,
                                              std::string& error);
std::optional<OpenedDecoder> openAudioDecoder(const AVStream* stream, std::string& error);

} // namespace signage::media
