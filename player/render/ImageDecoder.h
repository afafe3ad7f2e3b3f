#pragma once
// Decodes image files (PNG, JPEG, WebP, SVG) into RGBA32 surfaces, refusing what would
// hurt a small box: files over 8K (checked from the header, before decoding, so a
// 30000x30000 PNG never allocates gigabytes), unknown formats and broken data.
// Used by SdlCanvas, NullCanvas and the slide painter. Any thread (no renderer involved).
#include <filesystem>
#include <optional>
#include <string>

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

/// Decodes `file`. `maxSize` (when non-zero) is the output the picture will be shown on:
/// SVGs are rasterised to fit it, and larger raster images are scaled down (keeping
/// enough pixels to cover it) to save memory. nullptr and *error (Vietnamese or English,
/// naming the file) on failure.
SurfacePtr decodeImage(const std::filesystem::path& file, std::string* error, Size maxSize = {});

/// True when every pixel of an RGBA32 surface has alpha 255.
bool surfaceIsOpaque(SDL_Surface* rgba);

/// Scales `src` (any format) to exactly w x h with bilinear filtering; RGBA32 result.
SurfacePtr scaleSurface(SDL_Surface* src, int w, int h);

} // namespace signage::render
