// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Splits a picture made of a background plus overlapping tiles into pieces that do not
// overlap: each pixel is covered exactly once, by a tile that has it or by the background.
// A slide fading in is drawn piece by piece at the fade's opacity, which blends each pixel
// exactly once, as one whole picture would, without keeping that whole picture (8 MB at
// 1080p) in memory. Pure geometry; any thread.
#include <SDL_rect.h>

#include <vector>

#include "render/Canvas.h"

namespace signage::render {

struct TilePiece {
    SDL_Rect rect{};  // in picture pixels
    int tile = -1;    // index into the tiles it is copied from; -1: the background
};

/// Pieces covering {0, 0, size} exactly once. Tiles must lie inside the picture; where
/// several cover a pixel, the first one listed supplies it (they are crops of the same
/// picture, so any would do). Neighbouring pieces from the same source are merged.
std::vector<TilePiece> partitionTiles(Size size, const std::vector<SDL_Rect>& tiles);

} // namespace signage::render
