// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/MediaInfo.h"

#include <cstdio>

#include "media/MediaInput.h"

namespace signage::media {

std::optional<MediaInfo> probeMedia(const std::filesystem::path& file, std::string& error, MediaUse use) {
    Interrupt interrupt;
    interrupt.setDeadline(std::chrono::seconds(3));
    auto in = openInput(file, use, &interrupt, error);
    if (!in) return std::nullopt;
    return std::move(in->info);
}

std::string describe(const MediaInfo& info) {
    std::string out;
    char buf[160];
    if (const auto* v = info.video()) {
        std::snprintf(buf, sizeof buf, "%s %dx%d %.4g fps %s", v->codec.c_str(), v->width, v->height, v->fps,
                      v->pixelFormat.c_str());
        out += buf;
    }
    if (const auto* a = info.audio()) {
        std::snprintf(buf, sizeof buf, "%s%s %d Hz %d ch", out.empty() ? "" : " + ", a->codec.c_str(), a->sampleRate,
                      a->channels);
        out += buf;
    }
    if (info.duration) {
        std::snprintf(buf, sizeof buf, ", %.1f s%s", static_cast<double>(info.duration->count()) / 1000.0,
                      info.durationEstimated ? " (estimated)" : "");
        out += buf;
    }
    return out + " (" + info.container + ")";
}

} // namespace signage::media
