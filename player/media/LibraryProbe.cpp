// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/LibraryProbe.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/avutil.h>
}

#include <string>

#include "core/Lang.h"

namespace signage::media {

core::LibraryInfos libraryInfo() {
    core::LibraryInfo info{"FFmpeg", av_version_info()};
    unsigned codec = avcodec_version();
    info.version += " (libavcodec " + std::to_string(codec >> 16) + "." + std::to_string((codec >> 8) & 0xff) + ")";
    std::string missing;
    for (auto [id, name] : {std::pair{AV_CODEC_ID_H264, "H.264"}, {AV_CODEC_ID_AAC, "AAC"}, {AV_CODEC_ID_MP3, "MP3"}})
        if (!avcodec_find_decoder(id)) missing += std::string(" ") + name;
    if (!missing.empty()) {
        info.ok = false;
        info.problem = core::tr("thiếu bộ giải mã:", "decoders missing:") + missing;
    }
    return {info};
}

} // namespace signage::media
