// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Decodes image files (PNG, JPEG, WebP, SVG) into RGBA32 surfaces, refusing what would
// hurt a small box: files over 8K (checked from the header, before decoding, so a
// 30000x30000 PNG never allocates gigabytes), unknown formats and broken data.
// Used by SdlCanvas, NullCanvas and the slide painter. Any thread (no renderer involved).
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "content/Model.h"
#include "render/Canvas.h"
#include "render/SdlOwners.h"

namespace signage::render {

/// Largest accepted image: 8K UHD, either orientation.
inline constexpr int kMaxImageSide = 7680;
inline constexpr long long kMaxImagePixels = 7680LL * 4320LL;
/// Largest accepted image file (a high-quality 8K JPEG is ~30 MB).
inline constexpr long long kMaxImageFileBytes = 128LL * 1024 * 1024;

enum class ImageFormat { Unknown, Png, Jpeg, WebP, Svg };

struct ImageProbe {
    ImageFormat format = ImageFormat::Unknown;
    Size size;        // from the header; {0,0} for SVG (scalable) or when not found
};

/// Reads the format and pixel size from the first bytes of `data` (no decoding).
ImageProbe probeImage(const std::string& data);

/// An image read from disk and checked, not yet sized for a screen: a decoded raster
/// (PNG, JPEG, WebP) or an SVG kept as text so it can be rasterised sharp at the size it is
/// shown. load() does the slow part (file I/O, decoding) and is safe on a worker thread
/// (Presenter::prepare); sized() is cheap for rasters and runs on the render thread.
class LoadedImage {
public:
    /// Reads and decodes `file`. `coverHint` (when known) is the output it will be shown on:
    /// a larger raster is scaled down at once, keeping enough pixels to cover it, so an 8K
    /// photo does not stay in memory at 8K. nullptr and *error (naming the file) on failure.
    static std::shared_ptr<LoadedImage> load(const std::filesystem::path& file, std::string* error,
                                             Size coverHint = {});

    const std::filesystem::path& file() const { return _file; }
    bool isSvg() const { return !_svg.empty(); }
    /// Decoded size (raster) or the drawing's own size (SVG).
    Size size() const { return _size; }

    /// An RGBA32 surface for showing the image in a `box` with `fit`: the contained size for
    /// Contain, the covering size for Cover. SVGs are rasterised at exactly that size; a
    /// raster is scaled down to it, and up only when `upscale` (slide icons). A zero box
    /// gives the image at its own size. nullptr and *error on failure.
    SurfacePtr sized(Size box, content::Fit fit, bool upscale, std::string* error) const;
    /// Like sized(), for the last use: hands over its own pixels when they already have the
    /// wanted size (a full-screen picture is then never copied). Empty afterwards.
    SurfacePtr take(Size box, content::Fit fit, bool upscale, std::string* error);

private:
    /// The size sized() produces for `box`.
    Size sizeFor(Size box, content::Fit fit, bool upscale) const;

    std::filesystem::path _file;
    std::string _svg;   // the SVG text, empty for rasters
    SurfacePtr _raster; // RGBA32, rasters only
    Size _size;
};

/// Decodes `file` in one step (load + sized): SVGs are rasterised at their own size, shrunk
/// to fit `maxSize` when larger; larger
/// rasters scaled down to still cover it. nullptr and *error (naming the file) on failure.
SurfacePtr decodeImage(const std::filesystem::path& file, std::string* error, Size maxSize = {});

/// True when every pixel of an RGBA32 surface has alpha 255.
bool surfaceIsOpaque(SDL_Surface* rgba);

/// Scales `src` (any format) to exactly w x h with bilinear filtering; RGBA32 result.
SurfacePtr scaleSurface(SDL_Surface* src, int w, int h);

} // namespace signage::render
