// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/ImageDecoder.h"

#include <SDL_image.h>

#include <algorithm>
#include <cmath>
#include <fstream>

#include "core/Lang.h"

namespace signage::render {

namespace {

using core::tr;

unsigned be16(const std::string& d, size_t i) {
    return (static_cast<unsigned char>(d[i]) << 8) | static_cast<unsigned char>(d[i + 1]);
}
unsigned le16(const std::string& d, size_t i) {
    return static_cast<unsigned char>(d[i]) | (static_cast<unsigned char>(d[i + 1]) << 8);
}
unsigned long le24(const std::string& d, size_t i) {
    return le16(d, i) | (static_cast<unsigned long>(static_cast<unsigned char>(d[i + 2])) << 16);
}
unsigned long be32(const std::string& d, size_t i) {
    return (static_cast<unsigned long>(be16(d, i)) << 16) | be16(d, i + 2);
}

Size probeJpeg(const std::string& d) {
    // Walk the marker segments up to the first start-of-frame (SOF0..SOF15 minus DHT,
    // JPG and DAC); the frame header holds height then width.
    size_t i = 2;
    while (i + 9 < d.size()) {
        if (static_cast<unsigned char>(d[i]) != 0xFF) return {};
        unsigned char marker = static_cast<unsigned char>(d[i + 1]);
        if (marker == 0xFF) { // fill byte
            ++i;
            continue;
        }
        if (marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
            i += 2;
            continue;
        }
        unsigned len = be16(d, i + 2);
        bool sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (sof) return {static_cast<int>(be16(d, i + 7)), static_cast<int>(be16(d, i + 5))};
        if (len < 2) return {};
        i += 2 + len;
    }
    return {};
}

Size probeWebp(const std::string& d) {
    if (d.size() < 30) return {};
    std::string chunk = d.substr(12, 4);
    if (chunk == "VP8 " && d.size() >= 30)
        return {static_cast<int>(le16(d, 26) & 0x3FFF), static_cast<int>(le16(d, 28) & 0x3FFF)};
    if (chunk == "VP8L" && d.size() >= 25) {
        unsigned long bits = le24(d, 21) | (static_cast<unsigned long>(static_cast<unsigned char>(d[24])) << 24);
        return {static_cast<int>((bits & 0x3FFF) + 1), static_cast<int>(((bits >> 14) & 0x3FFF) + 1)};
    }
    if (chunk == "VP8X" && d.size() >= 30)
        return {static_cast<int>(le24(d, 24) + 1), static_cast<int>(le24(d, 27) + 1)};
    return {};
}

bool looksLikeSvg(const std::string& d) {
    std::string head = d.substr(0, 4096);
    return head.find("<svg") != std::string::npos;
}

std::string fileLabel(const std::filesystem::path& file) { return file.string(); }

bool tooBig(Size s) {
    int longSide = std::max(s.w, s.h), shortSide = std::min(s.w, s.h);
    return longSide > kMaxImageSide || shortSide > 4320 || static_cast<long long>(s.w) * s.h > kMaxImagePixels;
}

std::string tooBigMessage(const std::filesystem::path& file, Size s) {
    std::string dims = std::to_string(s.w) + "x" + std::to_string(s.h);
    return fileLabel(file) + ": " +
           tr("ảnh quá lớn (" + dims + "), tối đa 8K (7680x4320)", "image too large (" + dims + "), at most 8K (7680x4320)");
}

/// Size that still covers `out` after scaling `pic` down (never up).
Size downscaleToCover(Size pic, Size out) {
    if (out.w <= 0 || out.h <= 0) return pic;
    double s = std::max(static_cast<double>(out.w) / pic.w, static_cast<double>(out.h) / pic.h);
    if (s >= 1.0) return pic;
    return {std::max(1, static_cast<int>(std::lround(pic.w * s))), std::max(1, static_cast<int>(std::lround(pic.h * s)))};
}

} // namespace

ImageProbe probeImage(const std::string& d) {
    ImageProbe p;
    if (d.size() >= 24 && d.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0) {
        p.format = ImageFormat::Png;
        if (be32(d, 8) == 13 && d.compare(12, 4, "IHDR") == 0)
            p.size = {static_cast<int>(std::min(be32(d, 16), 0x7FFFFFFFUL)), static_cast<int>(std::min(be32(d, 20), 0x7FFFFFFFUL))};
    } else if (d.size() >= 4 && static_cast<unsigned char>(d[0]) == 0xFF && static_cast<unsigned char>(d[1]) == 0xD8) {
        p.format = ImageFormat::Jpeg;
        p.size = probeJpeg(d);
    } else if (d.size() >= 16 && d.compare(0, 4, "RIFF") == 0 && d.compare(8, 4, "WEBP") == 0) {
        p.format = ImageFormat::WebP;
        p.size = probeWebp(d);
    } else if (looksLikeSvg(d)) {
        p.format = ImageFormat::Svg;
    }
    return p;
}

bool surfaceIsOpaque(SDL_Surface* s) {
    if (!s || s->format->format != SDL_PIXELFORMAT_RGBA32) return false;
    for (int y = 0; y < s->h; ++y) {
        const auto* row = static_cast<const std::uint8_t*>(s->pixels) + static_cast<size_t>(y) * s->pitch;
        for (int x = 0; x < s->w; ++x)
            if (row[x * 4 + 3] != 255) return false;
    }
    return true;
}

SurfacePtr scaleSurface(SDL_Surface* src, int w, int h) {
    SurfacePtr rgba(SDL_ConvertSurfaceFormat(src, SDL_PIXELFORMAT_RGBA32, 0));
    if (!rgba) return nullptr;
    if (rgba->w == w && rgba->h == h) return rgba;
    SurfacePtr out = makeRgbaSurface(w, h);
    if (!out) return nullptr;
    // Linear filtering for downscaled photos; SDL_SoftStretchLinear needs equal 32-bit formats.
    if (SDL_SoftStretchLinear(rgba.get(), nullptr, out.get(), nullptr) != 0) return nullptr;
    return out;
}

std::shared_ptr<LoadedImage> LoadedImage::load(const std::filesystem::path& file, std::string* error, Size coverHint) {
    auto fail = [&](std::string msg) -> std::shared_ptr<LoadedImage> {
        if (error) *error = std::move(msg);
        return nullptr;
    };
    std::error_code ec;
    auto bytes = std::filesystem::file_size(file, ec);
    if (ec) return fail(fileLabel(file) + ": " + tr("không đọc được tệp ảnh (" + ec.message() + ")",
                                                   "cannot read the image file (" + ec.message() + ")"));
    if (static_cast<long long>(bytes) > kMaxImageFileBytes)
        return fail(fileLabel(file) + ": " + tr("tệp ảnh quá lớn (tối đa 128 MB)", "image file too large (at most 128 MB)"));
    std::string data;
    {
        std::ifstream in(file, std::ios::binary);
        data.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        if (!in.good() && !in.eof())
            return fail(fileLabel(file) + ": " + tr("không đọc được tệp ảnh", "cannot read the image file"));
    }
    if (data.empty()) return fail(fileLabel(file) + ": " + tr("tệp ảnh rỗng", "the image file is empty"));

    ImageProbe probe = probeImage(data);
    if (probe.format == ImageFormat::Unknown)
        return fail(fileLabel(file) + ": " + tr("không phải ảnh PNG, JPEG, WebP hay SVG", "not a PNG, JPEG, WebP or SVG image"));
    if (probe.format != ImageFormat::Svg) {
        // A raster whose header does not even give its size is broken; decoders can spend
        // seconds on such files (libpng checksums a bogus 2 GB first chunk).
        if (probe.size.w <= 0 || probe.size.h <= 0)
            return fail(fileLabel(file) + ": " + tr("ảnh hỏng, không đọc được phần đầu tệp", "broken image, unreadable header"));
        if (tooBig(probe.size)) return fail(tooBigMessage(file, probe.size));
    }

    RwPtr rw(SDL_RWFromConstMem(data.data(), static_cast<int>(data.size())));
    if (!rw) return fail(fileLabel(file) + ": " + SDL_GetError());
    SurfacePtr decoded;
    if (probe.format == ImageFormat::Svg) {
        // Rasterised small once, to prove it parses and to learn its shape; never at its
        // declared size, which could be anything.
        decoded.reset(IMG_LoadSizedSVG_RW(rw.get(), 256, 256));
    } else {
        const char* type = probe.format == ImageFormat::Png ? "PNG" : probe.format == ImageFormat::Jpeg ? "JPG" : "WEBP";
        decoded.reset(IMG_LoadTyped_RW(rw.get(), 0, type));
    }
    if (!decoded || decoded->w <= 0 || decoded->h <= 0) {
        std::string why = SDL_GetError();
        return fail(fileLabel(file) + ": " + tr("ảnh hỏng, không giải mã được", "broken image, cannot decode it") +
                    (why.empty() ? "" : " (" + why + ")"));
    }
    auto img = std::shared_ptr<LoadedImage>(new LoadedImage());
    img->_file = file;
    if (probe.format == ImageFormat::Svg) {
        img->_svg = std::move(data);
        img->_size = {decoded->w, decoded->h};
        return img;
    }
    Size got{decoded->w, decoded->h};
    if (tooBig(got)) return fail(tooBigMessage(file, got));
    Size want = downscaleToCover(got, coverHint);
    img->_raster = scaleSurface(decoded.get(), want.w, want.h);
    if (!img->_raster) return fail(fileLabel(file) + ": " + SDL_GetError());
    img->_size = want;
    return img;
}

Size LoadedImage::sizeFor(Size box, content::Fit fit, bool upscale) const {
    Size want = _size;
    if (box.w > 0 && box.h > 0 && _size.w > 0 && _size.h > 0) {
        double sx = static_cast<double>(box.w) / _size.w, sy = static_cast<double>(box.h) / _size.h;
        double k = fit == content::Fit::Contain ? std::min(sx, sy) : std::max(sx, sy);
        if (!isSvg() && !upscale) k = std::min(k, 1.0);
        want = {std::max(1, static_cast<int>(std::lround(_size.w * k))), std::max(1, static_cast<int>(std::lround(_size.h * k)))};
    }
    if (want.w > kMaxImageSide || want.h > kMaxImageSide) {
        double k = std::min(static_cast<double>(kMaxImageSide) / want.w, static_cast<double>(kMaxImageSide) / want.h);
        want = {std::max(1, static_cast<int>(want.w * k)), std::max(1, static_cast<int>(want.h * k))};
    }
    return want;
}

SurfacePtr LoadedImage::sized(Size box, content::Fit fit, bool upscale, std::string* error) const {
    Size want = sizeFor(box, fit, upscale);
    SurfacePtr out;
    if (isSvg()) {
        RwPtr rw(SDL_RWFromConstMem(_svg.data(), static_cast<int>(_svg.size())));
        SurfacePtr raw(rw ? IMG_LoadSizedSVG_RW(rw.get(), want.w, want.h) : nullptr);
        // SDL_image rasterises into RGBA32 already: keep it rather than copy a full screen.
        if (raw && raw->format->format == SDL_PIXELFORMAT_RGBA32) out = std::move(raw);
        else if (raw) out = scaleSurface(raw.get(), raw->w, raw->h); // to RGBA32
    } else {
        out = scaleSurface(_raster.get(), want.w, want.h);
    }
    if (!out && error) *error = fileLabel(_file) + ": " + SDL_GetError();
    return out;
}

SurfacePtr LoadedImage::take(Size box, content::Fit fit, bool upscale, std::string* error) {
    Size want = sizeFor(box, fit, upscale);
    if (!isSvg() && _raster && _raster->w == want.w && _raster->h == want.h) {
        _size = {};
        return std::move(_raster); // already RGBA32 at that size: hand it over, no copy
    }
    SurfacePtr out = sized(box, fit, upscale, error);
    _raster.reset();
    _svg.clear();
    _size = {};
    return out;
}

SurfacePtr decodeImage(const std::filesystem::path& file, std::string* error, Size maxSize) {
    auto img = LoadedImage::load(file, error, maxSize);
    if (!img) return nullptr;
    if (img->isSvg()) {
        // At the drawing's own size (shrunk to fit maxSize): an icon's 256x256 must not
        // become a 4096x4096 raster just because that is the limit.
        Size own = img->size(), box = maxSize;
        if (own.w > 0 && own.h > 0 && (box.w <= 0 || box.h <= 0 || (own.w <= box.w && own.h <= box.h))) box = own;
        return img->take(box, content::Fit::Contain, false, error);
    }
    return img->take(maxSize, content::Fit::Cover, false, error);
}

} // namespace signage::render
