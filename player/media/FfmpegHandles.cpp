// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/FfmpegHandles.h"

#include <cstdlib>
#include <mutex>
#include <new>

extern "C" {
#include <libavutil/log.h>
#include <libavutil/mathematics.h>
}

namespace signage::media {

FramePtr makeFrame() {
    FramePtr f(av_frame_alloc());
    if (!f) throw std::bad_alloc();
    return f;
}

PacketPtr makePacket() {
    PacketPtr p(av_packet_alloc());
    if (!p) throw std::bad_alloc();
    return p;
}

std::string avErrorText(int code) {
    char buf[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, buf, sizeof buf);
    return buf;
}

std::int64_t toMs(std::int64_t ts, AVRational tb) {
    if (ts == AV_NOPTS_VALUE) return AV_NOPTS_VALUE;
    return av_rescale_q(ts, tb, AVRational{1, 1000});
}

void initFfmpegLogging() {
    static std::once_flag once;
    std::call_once(once, [] {
        const char* level = std::getenv("SIGNAGE_LOG");
        // Our own messages say what failed and why; FFmpeg's per-packet chatter would
        // flood the journal on a damaged file.
        av_log_set_level(level && std::string(level) == "debug" ? AV_LOG_WARNING : AV_LOG_FATAL);
    });
}

} // namespace signage::media
