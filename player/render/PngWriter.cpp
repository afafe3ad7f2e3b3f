// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/PngWriter.h"

#include <SDL_image.h>

#include <algorithm>
#include <cstring>

#include "core/Lang.h"
#include "render/SdlOwners.h"

namespace signage::render {

namespace {

/// Median cut over a 15-bit colour histogram. Slides are mostly flat colours plus the
/// anti-aliased edges between them, which 256 well-chosen colours render faithfully.
class Quantizer {
public:
    explicit Quantizer(const std::vector<std::uint8_t>& rgba) {
        for (size_t i = 0; i + 3 < rgba.size(); i += 4) {
            int k = key(rgba[i], rgba[i + 1], rgba[i + 2]);
            Bin& b = _bins[k];
            ++b.count;
            b.sum[0] += rgba[i];
            b.sum[1] += rgba[i + 1];
            b.sum[2] += rgba[i + 2];
        }
    }

    /// Fills `palette` (up to 256 colours) and `index` (bin -> palette entry).
    int build(SDL_Color palette[256]) {
        std::vector<std::vector<int>> boxes(1);
        for (int k = 0; k < kBins; ++k)
            if (_bins[k].count) boxes[0].push_back(k);
        while (boxes.size() < 256) {
            // Split the box with the most pixels times its widest channel range.
            size_t best = 0;
            long long bestScore = -1;
            int bestAxis = 0;
            for (size_t i = 0; i < boxes.size(); ++i) {
                if (boxes[i].size() < 2) continue;
                int lo[3] = {31, 31, 31}, hi[3] = {0, 0, 0};
                long long n = 0;
                for (int k : boxes[i]) {
                    for (int a = 0; a < 3; ++a) {
                        lo[a] = std::min(lo[a], channel(k, a));
                        hi[a] = std::max(hi[a], channel(k, a));
                    }
                    n += _bins[k].count;
                }
                int axis = 0;
                for (int a = 1; a < 3; ++a)
                    if (hi[a] - lo[a] > hi[axis] - lo[axis]) axis = a;
                long long score = n * (hi[axis] - lo[axis]);
                if (score > bestScore) {
                    bestScore = score;
                    best = i;
                    bestAxis = axis;
                }
            }
            if (bestScore <= 0) break;
            auto& box = boxes[best];
            std::sort(box.begin(), box.end(), [&](int a, int b) { return channel(a, bestAxis) < channel(b, bestAxis); });
            long long total = 0, half = 0;
            for (int k : box) total += _bins[k].count;
            size_t cut = 1;
            for (size_t i = 0; i + 1 < box.size(); ++i) {
                half += _bins[box[i]].count;
                cut = i + 1;
                if (half * 2 >= total) break;
            }
            std::vector<int> upper(box.begin() + static_cast<long>(cut), box.end());
            box.resize(cut);
            boxes.push_back(std::move(upper));
        }
        for (size_t i = 0; i < boxes.size(); ++i) {
            long long n = 0, sum[3] = {0, 0, 0};
            for (int k : boxes[i]) {
                n += _bins[k].count;
                for (int a = 0; a < 3; ++a) sum[a] += _bins[k].sum[a];
                _index[k] = static_cast<std::uint8_t>(i);
            }
            n = std::max(1LL, n);
            palette[i] = SDL_Color{static_cast<Uint8>(sum[0] / n), static_cast<Uint8>(sum[1] / n),
                                   static_cast<Uint8>(sum[2] / n), 255};
        }
        return static_cast<int>(boxes.size());
    }

    std::uint8_t indexOf(std::uint8_t r, std::uint8_t g, std::uint8_t b) const { return _index[key(r, g, b)]; }

private:
    static constexpr int kBins = 1 << 15;
    struct Bin {
        long long count = 0, sum[3] = {0, 0, 0};
    };
    static int key(std::uint8_t r, std::uint8_t g, std::uint8_t b) { return ((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3); }
    static int channel(int k, int axis) { return (k >> (10 - 5 * axis)) & 31; }

    std::vector<Bin> _bins = std::vector<Bin>(kBins);
    std::vector<std::uint8_t> _index = std::vector<std::uint8_t>(kBins, 0);
};

SurfacePtr paletteSurface(const std::vector<std::uint8_t>& rgba, Size size) {
    SurfacePtr s(SDL_CreateRGBSurfaceWithFormat(0, size.w, size.h, 8, SDL_PIXELFORMAT_INDEX8));
    if (!s) return nullptr;
    Quantizer q(rgba);
    SDL_Color colors[256];
    int n = q.build(colors);
    SDL_SetPaletteColors(s->format->palette, colors, 0, n);
    for (int y = 0; y < size.h; ++y) {
        const std::uint8_t* src = rgba.data() + static_cast<size_t>(y) * size.w * 4;
        auto* dst = static_cast<std::uint8_t*>(s->pixels) + static_cast<size_t>(y) * s->pitch;
        for (int x = 0; x < size.w; ++x) dst[x] = q.indexOf(src[x * 4], src[x * 4 + 1], src[x * 4 + 2]);
    }
    return s;
}

} // namespace

bool writePng(const std::filesystem::path& file, const std::vector<std::uint8_t>& rgba, Size size, std::string* error,
              PngOptions options) {
    auto fail = [&](const std::string& why) {
        if (error) *error = file.string() + ": " + core::tr("không ghi được PNG", "cannot write the PNG") + " (" + why + ")";
        return false;
    };
    if (size.w <= 0 || size.h <= 0 || rgba.size() < static_cast<size_t>(size.w) * size.h * 4)
        return fail(core::tr("không có điểm ảnh", "no pixels"));
    std::error_code ec;
    if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), ec);
    if (options.palette) {
        SurfacePtr p = paletteSurface(rgba, size);
        if (!p) return fail(SDL_GetError());
        if (IMG_SavePNG(p.get(), file.c_str()) != 0) return fail(SDL_GetError());
        return true;
    }
    // RGB24 keeps screenshots small and says "opaque" to every viewer.
    SurfacePtr s(SDL_CreateRGBSurfaceWithFormat(0, size.w, size.h, 24, SDL_PIXELFORMAT_RGB24));
    if (!s) return fail(SDL_GetError());
    for (int y = 0; y < size.h; ++y) {
        const std::uint8_t* src = rgba.data() + static_cast<size_t>(y) * size.w * 4;
        auto* dst = static_cast<std::uint8_t*>(s->pixels) + static_cast<size_t>(y) * s->pitch;
        for (int x = 0; x < size.w; ++x) std::memcpy(dst + x * 3, src + x * 4, 3);
    }
    if (IMG_SavePNG(s.get(), file.c_str()) != 0) return fail(SDL_GetError());
    return true;
}

bool readPng(const std::filesystem::path& file, std::vector<std::uint8_t>& rgba, Size& size, std::string* error) {
    SurfacePtr raw(IMG_Load(file.c_str()));
    SurfacePtr s(raw ? SDL_ConvertSurfaceFormat(raw.get(), SDL_PIXELFORMAT_RGBA32, 0) : nullptr);
    if (!s) {
        if (error) *error = file.string() + ": " + SDL_GetError();
        return false;
    }
    size = {s->w, s->h};
    rgba.resize(static_cast<size_t>(s->w) * s->h * 4);
    for (int y = 0; y < s->h; ++y)
        std::memcpy(rgba.data() + static_cast<size_t>(y) * s->w * 4,
                    static_cast<const std::uint8_t*>(s->pixels) + static_cast<size_t>(y) * s->pitch,
                    static_cast<size_t>(s->w) * 4);
    return true;
}

} // namespace signage::render
