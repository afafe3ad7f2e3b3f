#pragma once
// Paints a laid-out slide (SlideLayout) into one opaque RGBA32 surface: background, accent
// stripe and rule, bullet dots, text, the image fitted into its box, the footer band.
// Render thread only (uses the shared TextLayout).
#include <filesystem>
#include <string>

#include "content/Model.h"
#include "render/SdlOwners.h"
#include "render/SlideLayout.h"
#include "render/TextLayout.h"

namespace signage::render {

/// Decodes the slide's image at the size of layout.imageBox (SVG rasterised sharp).
/// nullptr and *error when the file is missing or broken.
SurfacePtr loadSlideImage(const std::filesystem::path& image, const SlideLayout& layout, std::string* error);

/// The whole slide at layout.size. `image` may be null (no image, or it failed to load).
SurfacePtr paintSlide(const SlideLayout& layout, const content::Theme& theme, TextLayout& text, SDL_Surface* image);

} // namespace signage::render
