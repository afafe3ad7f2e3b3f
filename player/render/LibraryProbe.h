// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The libraries render/ loads (SDL_ttf, SDL_image, fontconfig): versions, and whether
// each can do what the player needs from it (text shaping, PNG/JPEG/SVG decoding).
// For `signage selftest`; any thread, but not while another thread starts SDL_ttf.
#include "core/LibraryInfo.h"

namespace signage::render {

core::LibraryInfos libraryInfo();

} // namespace signage::render
