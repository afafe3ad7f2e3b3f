#pragma once
// Checks for `signage validate`: does a slide's text fit a screen at a readable size, and
// is it readable against its colours. Need the slide fonts (SDL_ttf), no window.
// Render thread or the validate command's thread (not concurrently with rendering).
#include <string>

#include "content/Model.h"
#include "core/Diagnostic.h"
#include "render/Canvas.h"

namespace signage::render {

/// True when everything on `slide` fits an output of `size` with body text at or above the
/// readable minimum (40 px at 1080p, scaled). Otherwise false and `why` says what to do.
/// Also false (with why) when no Vietnamese-capable font is installed.
bool checkSlideFits(const content::Slide& slide, Size size, std::string& why);

/// The sizes validate checks: 1280x720, 1920x1080, 3840x2160 and portrait 1080x1920.
inline constexpr Size kCheckedSizes[] = {{1280, 720}, {1920, 1080}, {3840, 2160}, {1080, 1920}};

/// True when title and text stand out from the background (WCAG ratio >= 4.5), and the
/// footer text from the accent band. Otherwise false and `why` names the pair.
bool checkSlideContrast(const content::Slide& slide, std::string& why);

/// The slide checks of `signage validate` over a loaded catalog: an error for each slide
/// whose text does not fit one of kCheckedSizes at a readable size (naming the sizes), a
/// warning for low contrast. Reported at the slide file (file:1:1).
void checkCatalogSlides(const content::Catalog& catalog, core::Diagnostics& diags);

/// Registers checkCatalogSlides with content's extra checks ("slide-fit"). Call once at
/// start-up from app/, before validating.
void registerSlideChecks();

} // namespace signage::render
