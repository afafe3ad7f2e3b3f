// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Checks for `signage validate`: does a slide's text fit a screen at a readable size, and
// is it readable against its colours. Need the slide fonts (SDL_ttf), no window.
// checkSlideFits keeps its own fonts open for the process (SDL_ttf): call it from one
// thread, and not while another thread renders text.
#include <string>

#include "content/Model.h"
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

} // namespace signage::render
