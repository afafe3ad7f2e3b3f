// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScreenshotChecks.h"

#include <algorithm>
#include <map>

#include "render/PngWriter.h"

namespace signage::test {

std::vector<Shot> readShots(const std::filesystem::path& dir) {
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(dir, ec))
        if (e.path().extension() == ".png") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    std::vector<Shot> shots;
    for (const auto& f : files) {
        Shot s;
        render::Size size;
        std::string error;
        if (render::readPng(f, s.rgba, size, &error)) {
            s.w = size.w;
            s.h = size.h;
            s.file = f;
            shots.push_back(std::move(s));
        }
    }
    return shots;
}

double detailFraction(const Shot& shot) {
    std::map<std::uint32_t, size_t> counts;
    size_t n = shot.rgba.size() / 4;
    for (size_t i = 0; i < n; i += 7) { // sampled: plenty for a judgement, fast on 4K
        const auto* p = &shot.rgba[i * 4];
        ++counts[(std::uint32_t(p[0]) << 16) | (std::uint32_t(p[1]) << 8) | p[2]];
    }
    size_t top = 0, total = 0;
    for (auto& [c, k] : counts) {
        top = std::max(top, k);
        total += k;
    }
    return total ? 1.0 - double(top) / double(total) : 0.0;
}

double blackFraction(const Shot& shot) {
    size_t n = shot.rgba.size() / 4, black = 0;
    for (size_t i = 0; i < n; ++i) {
        const auto* p = &shot.rgba[i * 4];
        if (p[0] < 8 && p[1] < 8 && p[2] < 8) ++black;
    }
    return n ? double(black) / double(n) : 1.0;
}

} // namespace signage::test
