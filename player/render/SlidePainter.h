#pragma once
// Paints a laid-out slide (SlideLayout) into one opaque RGBA32 surface: background, accent
// stripe and rule, bullet dots, text, the image fitted into its box, the footer band.
// Render thread only (uses the shared TextLayout).
#include "content/Model.h"
#include "render/SdlOwners.h"
#include "render/SlideLayout.h"
#include "render/TextLayout.h"

namespace signage::render {

/// The whole slide at layout.size. `image` (null: none, or it failed to load) is drawn
/// centred in layout.imageBox; size it with LoadedImage::sized(box, Contain, true).
SurfacePtr paintSlide(const SlideLayout& layout, const content::Theme& theme, TextLayout& text, SDL_Surface* image);

} // namespace signage::render
